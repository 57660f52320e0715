import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';

let server: BrugServer;
let browser: Browser;
let team: Team;
const PASSPHRASE = 'onze lange kluiszin voor het bureau';
const STATEMENT = 'Leg bij elke identiteitscontrole uit waarom ze gebeurt.';
const NOTES = [
  ['Mijn zoon werd drie keer gecontroleerd zonder uitleg.', 'De klachtenprocedure duurt maanden.'],
  ['Bij een identiteitscontrole wordt nooit uitgelegd waarom.', 'Niemand antwoordt op een klacht.'],
  ['Een controlebon met de reden zou veel verschil maken.', 'Een klacht indienen voelt zinloos.'],
];

type Item = { id: string; pseudonym: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ timeoutMs: 360_000 }), launchBrowser()]);
  team = await createTeam(server);
  const { admin, researcher } = team;
  await admin.session.post('/api/bureau', { name: 'Bureau Luister' });
  await admin.session.post('/api/bureau/members', {
    userId: (await researcher.session.get<{ user: { id: string } }>('/api/auth/me')).user.id,
  });
  // The vault stays open in the researcher's session, which the browser below shares.
  await researcher.session.post('/api/vault', { passphrase: PASSPHRASE });
  const codes = await researcher.session.post<{ items: Item[] }>('/api/codes/starter');
  for (const paragraphs of NOTES) {
    const interview = await researcher.session.post<Item>('/api/interviews', {
      source: 'vertrouwelijk',
      consent: { given: true, method: 'written', recordedAt: new Date().toISOString() },
    });
    await researcher.session.request('PUT', `/api/interviews/${interview.id}/notes`, {
      html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
      baseVersion: 0,
    });
    const { text } = await researcher.session.get<{ text: string }>(
      `/api/analysis/interviews/${interview.id}/text`,
    );
    await researcher.session.post('/api/codings', {
      interviewId: interview.id,
      start: 0,
      end: text.indexOf('\n') > 0 ? text.indexOf('\n') : text.length,
      codeIds: [codes.items[0].id],
    });
  }
  const run = await researcher.session.post<{ id: string }>('/api/analysis/theme-runs', { k: 2 });
  for (let i = 0; i < 100; i++) {
    const r = await researcher.session.get<{ status: string; themes: { index: number }[] | null }>(
      `/api/analysis/theme-runs/${run.id}`,
    );
    if (r.status === 'done' && r.themes) {
      await researcher.session.post(
        `/api/analysis/theme-runs/${run.id}/themes/${r.themes[0].index}/accept`,
        {},
      );
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('[LEARNING] a researcher is refused publication with two sources at k = 3, adds a third and publishes', async () => {
  const desk = await desktopContext(browser, server.url);
  await team.researcher.session.signIn(desk);
  const page = await desk.newPage();
  await page.goto('/findings');
  await expectHeading(page, 'Bevindingen');
  await page.getByLabel('Geanonimiseerde uitspraak').fill(STATEMENT);
  await page.getByLabel('Thema').fill('Controles');
  await page.getByRole('checkbox', { name: 'B-01' }).first().check();
  await page.getByRole('checkbox', { name: 'B-02' }).first().check();
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  const draft = page.getByRole('article');
  await expectVisible(draft.getByText(STATEMENT));
  await draft.getByRole('button', { name: 'Publiceren' }).click();
  await expectVisible(draft.getByRole('alert'));
  await expect(draft.getByRole('alert').textContent()).resolves.toContain('te weinig verschillende bronnen');
  await expectAccessible(page);

  await draft.getByRole('checkbox', { name: 'B-03' }).check();
  await draft.getByRole('button', { name: 'Opslaan' }).click();
  await draft.getByRole('button', { name: 'Publiceren' }).click();
  await expectVisible(draft.getByText('Gepubliceerd.'));
  await desk.close();
});

it('[LEARNING] a coordinator reads the finding on a phone and cannot reach any source, passage or code', async () => {
  const phone = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(phone);
  const page = await phone.newPage();
  await page.goto('/what-we-heard');
  await expectHeading(page, 'Wat we hoorden');
  await expectVisible(page.getByText(STATEMENT));
  await expectAccessible(page);
  await phone.close();
  for (const path of [
    '/api/findings',
    '/api/interviews',
    '/api/codes',
    '/api/codings',
    '/api/analysis/export.qdpx',
  ]) {
    await expect(team.coordinator.session.get(path)).rejects.toThrow(/→ 403/);
  }
});

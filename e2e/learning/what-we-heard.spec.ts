import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible, fitsPhone } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';
import {
  createSealedInterview,
  createVaultViaApi,
  navigateInApp,
  unlockVaultInBrowser,
} from '../support/vault.ts';

let server: BrugServer;
let browser: Browser;
let team: Team;
const PASSPHRASE = 'onze lange kluiszin voor het bureau';
const STATEMENT = 'Leg bij elke identiteitscontrole uit waarom ze gebeurt.';
const NOTES = [
  'Mijn zoon werd drie keer gecontroleerd zonder uitleg.',
  'Bij een identiteitscontrole wordt nooit uitgelegd waarom.',
  'Een controlebon met de reden zou veel verschil maken.',
];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ timeoutMs: 360_000 }), launchBrowser()]);
  team = await createTeam(server);
  const { admin, researcher } = team;
  await admin.session.post('/api/bureau', { name: 'Bureau Luister' });
  await admin.session.post('/api/bureau/members', {
    userId: (await researcher.session.get<{ user: { id: string } }>('/api/auth/me')).user.id,
  });
  const { vault } = await createVaultViaApi(researcher.session, PASSPHRASE);
  // Three conversations as the researcher's browser makes them: B-01 and B-02 held with consent,
  // B-03 only planned (it does not count towards k until it is held).
  for (const [i, notes] of NOTES.entries())
    await createSealedInterview(researcher.session, vault, { notesHtml: `<p>${notes}</p>`, held: i < 2 });
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('[LEARNING] a researcher cannot publish while a source does not count, sees why, and publishes once it is held', async () => {
  const desk = await desktopContext(browser, server.url);
  await team.researcher.session.signIn(desk);
  const page = await desk.newPage();
  await unlockVaultInBrowser(page, PASSPHRASE);
  await navigateInApp(page, '/findings');
  await expectHeading(page, 'Bevindingen');
  await page.getByLabel('Geanonimiseerde uitspraak').fill(STATEMENT);
  await page.getByLabel('Thema').fill('Controles');
  for (const name of ['B-01', 'B-02', 'B-03']) await page.getByRole('checkbox', { name }).first().check();
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  const draft = page.getByRole('article');
  await expectVisible(draft.getByText(STATEMENT));
  // B-03 was never held: it does not count, the list says why and the button says what is missing.
  await expectVisible(draft.getByText('B-03: gesprek nog niet gehouden'));
  await expectVisible(draft.getByText(/Nog 1 bron nodig die telt/));
  await expect(draft.getByRole('button', { name: 'Publiceren' }).isDisabled()).resolves.toBe(true);
  await expectAccessible(page);

  const { items } = await team.researcher.session.get<{ items: { id: string; pseudonym: string }[] }>(
    '/api/findings/sources',
  );
  const third = items.find((s) => s.pseudonym === 'B-03');
  await team.researcher.session.patch(`/api/interviews/${third?.id}`, { status: 'held' });
  // Moving inside the app keeps the vault open; ticking the sources again asks the count again.
  await navigateInApp(page, '/what-we-heard');
  await navigateInApp(page, '/findings');
  const again = page.getByRole('article');
  await again.getByRole('checkbox', { name: 'B-03' }).uncheck();
  await expectVisible(again.getByText('2 van de 3 vereiste bronnen'));
  await again.getByRole('checkbox', { name: 'B-03' }).check();
  await expectVisible(again.getByText('3 van de 3 vereiste bronnen'));
  await again.getByRole('button', { name: 'Publiceren' }).click();
  await expectVisible(again.getByText('Gepubliceerd.'));
  await desk.close();
});

it('[LEARNING] the findings workspace opens in the vault on a 360 px phone, readable at AA', async () => {
  const phone = await phoneContext(browser, server.url);
  await team.researcher.session.signIn(phone);
  const page = await phone.newPage();
  await unlockVaultInBrowser(page, PASSPHRASE);
  await navigateInApp(page, '/findings');
  await expectHeading(page, 'Bevindingen');
  await expectVisible(page.getByRole('article').getByText(STATEMENT));
  await fitsPhone(page);
  await expectAccessible(page);
  await phone.close();
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

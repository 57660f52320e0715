import type { VaultKeyView } from '@brug/domain/vault';
import { unlockVault } from '@brug/vault-crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team } from '../support/api.ts';
import { desktopContext, launchBrowser } from '../support/browser.ts';
import { expectHeading, expectVisible, field } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';
import { createSealedInterview, navigateInApp } from '../support/vault.ts';
import { leaks, recordWire } from '../support/wire.ts';

let server: BrugServer;
let browser: Browser;
let team: Team;
const PASSPHRASE = 'de lange kluiszin van Bureau Luister';
/** Words only the researcher types: none of them may cross the wire, in either direction. */
const PLANTED = ['Kiekendiefstraat', 'Zwaluwplein', 'Roerdompje', 'Grutto'];
const NOTES = [
  'Bij de Kiekendiefstraat kent niemand de wijkagent, zei de Grutto van het jeugdhuis.',
  'Op het Zwaluwplein vragen de jongeren een wijkagent die geregeld langskomt.',
  'Roerdompje vertelde dat een vaste wijkagent als aanspreekpunt vertrouwen zou geven.',
];
const PUBLISHED = 'Partners vragen een vaste wijkagent als aanspreekpunt.';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ timeoutMs: 360_000 }), launchBrowser()]);
  team = await createTeam(server);
  await team.admin.session.post('/api/bureau', { name: 'Bureau Luister' });
  await team.admin.session.post('/api/bureau/members', { userId: team.researcher.session.me.user.id });
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('[LEARNING] a researcher’s whole session sends no planted word, passphrase or recovery key over the wire; only the published text leaves', async () => {
  const context = await desktopContext(browser, server.url);
  await team.researcher.session.signIn(context);
  const wire = recordWire(context, server.url);
  const page = await context.newPage();

  // 1. The vault is created in this browser; the recovery key is shown once, here.
  await page.goto('/vault');
  await expectHeading(page, 'De kluis van het onderzoeksbureau');
  await page.getByLabel('Kluiszin').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Kluis aanmaken' }).click();
  await expectVisible(page.getByText('Je herstelsleutel — wordt maar één keer getoond'), 60_000);
  const recoveryKey = ((await page.locator('code').first().textContent()) ?? '').trim();
  expect(recoveryKey).toMatch(/^([A-Z2-9]{4}-){7}[A-Z2-9]{4}$/);

  // 2. A conversation whose notes are typed in the editor (autosaved, sealed first); two more made
  // as another of the bureau's browsers would, which this page then opens.
  await navigateInApp(page, '/interviews');
  await expectHeading(page, 'Vertrouwelijke gesprekken');
  await page.getByLabel('De bron gaf toestemming').check();
  await page.getByRole('button', { name: 'Gesprek aanmaken' }).click();
  await page.getByRole('textbox', { name: 'Notities' }).click();
  await page.keyboard.type(NOTES[0]);
  await expectVisible(page.getByText(/^Bewaard om/), 60_000);
  const key = await team.researcher.session.get<VaultKeyView>('/api/vault/key');
  const { vault } = await unlockVault(key, PASSPHRASE);
  for (const note of NOTES.slice(1))
    await createSealedInterview(team.researcher.session, vault, { notesHtml: `<p>${note}</p>`, held: false });
  const { items } = await team.researcher.session.get<{ items: { id: string }[] }>('/api/interviews');
  for (const i of items) await team.researcher.session.patch(`/api/interviews/${i.id}`, { status: 'held' });

  // 3. The starter codebook, and a passage coded with the keyboard.
  await navigateInApp(page, '/analysis/codes');
  await page.getByRole('button', { name: 'Begin met het startcodeboek' }).click();
  await expectVisible(page.getByRole('link', { name: 'Verbeterpunt' }));
  await navigateInApp(page, '/analysis');
  await page.getByRole('link', { name: 'B-01 coderen' }).click();
  const text = page.getByRole('textbox', { name: 'Tekst van B-01' });
  await text.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('1');
  await expectVisible(page.getByRole('status').getByText('Gecodeerd als Verbeterpunt.'));

  // 4. Theme suggestions, run in a Web Worker in this page.
  await navigateInApp(page, '/analysis/themes');
  await page.getByLabel('Aantal thema’s').fill('2');
  await page.getByRole('button', { name: 'Thema’s voorstellen' }).click();
  await expectVisible(page.getByRole('article').first(), 60_000);

  // 5. A draft finding on the three sources, then published: its text is all that leaves.
  await navigateInApp(page, '/findings');
  await expectHeading(page, 'Bevindingen');
  await page.getByLabel('Geanonimiseerde uitspraak').fill(PUBLISHED);
  await field(page, 'Thema').fill('Aanspreekpunt');
  for (const s of ['B-01', 'B-02', 'B-03']) await page.getByRole('checkbox', { name: s }).first().check();
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  const draft = page.getByRole('article');
  await expectVisible(draft.getByText(PUBLISHED));
  await draft.getByRole('button', { name: 'Publiceren' }).click();
  await expectVisible(draft.getByText('Gepubliceerd.'));

  const records = (await wire.stop()).filter((r) => r.url.includes('/api/'));
  expect(records.length).toBeGreaterThan(20);
  // The notes really were typed and coded: the planted words are in the page, sealed on the wire.
  expect(records.some((r) => r.url.includes('/notes') && r.method === 'PUT')).toBe(true);
  expect(leaks(records, [...PLANTED, PASSPHRASE, recoveryKey, recoveryKey.replace(/-/g, '')])).toEqual([]);
  // The published statement is the one plain text a researcher sends on purpose.
  expect(records.some((r) => r.requestBody.includes(PUBLISHED))).toBe(true);
  await context.close();
}, 300_000);

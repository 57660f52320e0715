import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, E2E_PASSWORD, invitationLink, login, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible, field } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';
import { unlockVaultInBrowser } from '../support/vault.ts';

/** Waits until a dialog has closed and its fade-out has finished, so that axe checks the page itself. */
async function dialogClosed(page: Page) {
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((a) => a.finished)));
}

let server: BrugServer;
let browser: Browser;
let team: Team;
const PASSPHRASE = 'onze lange kluiszin voor het bureau';
const year = new Date().getUTCFullYear() + 1;

beforeAll(async () => {
  // Start-up takes minutes on a loaded two-core machine.
  [server, browser] = await Promise.all([startServer({ timeoutMs: 360_000 }), launchBrowser()]);
  team = await createTeam(server);
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function fitsPhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

it('[LISTENING] the admin registers the bureau and its researchers on a phone; a researcher publishes and withdraws times and enrols a colleague', async () => {
  // 1. The admin registers the bureau, adds the existing researcher account and invites a second one.
  const adminPhone = await phoneContext(browser, server.url);
  await team.admin.session.signIn(adminPhone);
  const a = await adminPhone.newPage();
  await a.goto('/bureau');
  await expectHeading(a, 'Het onafhankelijke onderzoeksbureau');
  await expectAccessible(a);
  await field(a, 'Naam van het bureau').fill('Bureau Luister');
  await a.getByRole('button', { name: 'Bureau registreren' }).click();
  await expectVisible(a.getByRole('heading', { name: 'Bureau Luister' }));
  await a
    .getByLabel('Onderzoeker', { exact: true })
    .selectOption({ label: 'Robin Onderzoeker (researcher@brug.test)' });
  await a.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expectVisible(a.getByText('Onderzoeker toegevoegd.'));
  await field(a, 'Naam').fill('Sam Tweede');
  await field(a, 'E-mailadres').fill('sam@bureau.test');
  await a.getByRole('button', { name: 'Uitnodigen en toevoegen' }).click();
  await expectVisible(a.getByText('sam@bureau.test is uitgenodigd en toegevoegd aan het bureau.'));
  await expectVisible(a.getByText('Sam Tweede'));
  await expectAccessible(a);
  await fitsPhone(a);
  await adminPhone.close();

  // 2. The researcher creates the vault and publishes two times: at a place and by video.
  const phone = await phoneContext(browser, server.url);
  await team.researcher.session.signIn(phone);
  const r = await phone.newPage();
  await r.goto('/vault');
  await expectHeading(r, 'De kluis van het onderzoeksbureau');
  // A passphrase that is too short is refused on its field, saying why, and no vault is made.
  await r.getByLabel('Kluiszin').fill('te kort');
  await r.getByRole('button', { name: 'Kluis aanmaken' }).click();
  await expectVisible(r.getByText('De kluiszin moet minstens 12 tekens lang zijn.'));
  expect(await r.getByText(/did not open|ging niet open/i).count()).toBe(0);
  expect((await team.researcher.session.get<{ vaultCreated: boolean }>('/api/vault')).vaultCreated).toBe(
    false,
  );
  await r.getByLabel('Kluiszin').fill(PASSPHRASE);
  await r.getByRole('button', { name: 'Kluis aanmaken' }).click();
  await expectVisible(r.getByText('Je herstelsleutel — wordt maar één keer getoond'), 30_000);
  await r.goto('/slots');
  await expectHeading(r, 'Beschikbare momenten voor gesprekken');
  await expectAccessible(r);
  await field(r, 'Begin').fill(`${year}-03-30T10:00`);
  await field(r, 'Adres of plaats').fill('Bureau Luister, Antwerpen');
  await r.getByRole('button', { name: 'Moment publiceren' }).click();
  await expectVisible(r.getByText(`Gepubliceerd: ${year}-03-30 10:00 (Brusselse tijd).`));
  await field(r, 'Begin').fill(`${year}-10-26T10:00`);
  await r.getByRole('radio', { name: 'Videogesprek' }).check();
  await field(r, 'Videolink').fill('http://video.example/luister');
  await r.getByRole('button', { name: 'Moment publiceren' }).click();
  // Only https links are accepted: the field says so and nothing is published.
  await expectVisible(r.getByRole('alert'));
  await field(r, 'Videolink').fill('https://video.example/luister');
  await r.getByRole('button', { name: 'Moment publiceren' }).click();
  await expectVisible(r.getByText(`Gepubliceerd: ${year}-10-26 10:00 (Brusselse tijd).`));
  const list = r.getByRole('list', { name: 'Momenten van het onderzoeksbureau' });
  await expectVisible(list.getByText('Videogesprek: https://video.example/luister'));
  expect(await list.getByRole('listitem').count()).toBe(2);
  await list.getByRole('button', { name: `Intrekken ${year}-10-26 10:00` }).click();
  await r.getByRole('dialog').getByRole('button', { name: 'Intrekken' }).click();
  await expectVisible(list.getByText('ingetrokken'));
  await dialogClosed(r);
  await expectAccessible(r);
  await fitsPhone(r);

  // A contact booked the first time by phone; the researcher moves it to another time, then cancels it.
  const slots = await team.researcher.session.get<{ items: { id: string; localStart: string }[] }>(
    '/api/slots',
  );
  const first = slots.items.find((x) => x.localStart === `${year}-03-30T10:00`)!;
  await team.researcher.session.post(`/api/slots/${first.id}/bookings`, {});
  await team.researcher.session.post('/api/slots', {
    startsAt: `${year}-04-02T14:00`,
    durationMinutes: 60,
    mode: 'place',
    location: 'Bureau Luister, Antwerpen',
  });
  await r.reload();
  await list.getByRole('button', { name: `Verplaatsen ${year}-03-30 10:00` }).click();
  const dialog = r.getByRole('dialog');
  await dialog
    .getByLabel('Naar dit vrije moment (Brusselse tijd)')
    .selectOption({ label: `${year}-04-02 14:00` });
  await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
  await expectVisible(list.getByRole('button', { name: `Gesprek annuleren ${year}-04-02 14:00` }));
  await dialogClosed(r);
  await expectAccessible(r);
  await list.getByRole('button', { name: `Gesprek annuleren ${year}-04-02 14:00` }).click();
  await r.getByRole('dialog').getByRole('button', { name: 'Gesprek annuleren' }).click();
  await expectVisible(list.getByRole('button', { name: `Intrekken ${year}-04-02 14:00` }));
  expect(await list.getByText('geboekt').count()).toBe(0);

  // 3. The reload locked the vault (its key lives in the page only); opened again, the researcher
  // makes an enrolment code for the invited colleague, confirming with the passphrase.
  await unlockVaultInBrowser(r, PASSPHRASE);
  await expectVisible(r.getByRole('button', { name: 'Kluis sluiten' }));
  await r.getByLabel('Collega', { exact: true }).selectOption({ label: 'Sam Tweede' });
  await field(r, 'Je eigen kluiszin (ter bevestiging)').fill(PASSPHRASE);
  await r.getByRole('button', { name: 'Code maken' }).click();
  await expectVisible(r.getByText('Inschrijvingscode — wordt maar één keer getoond'), 30_000);
  // The one-time code, not the digest of the served web app further down the page.
  const code = (await r
    .locator('code')
    .filter({ hasText: /^([A-Z2-9]{4}-){7}[A-Z2-9]{4}$/ })
    .first()
    .textContent())!.trim();
  await expectAccessible(r);
  await phone.close();

  // 4. The colleague accepts the account invitation and enrols with the code and a passphrase of their own.
  const token = new URL(await invitationLink(team.admin.session, 'sam@bureau.test')).searchParams.get(
    'token',
  );
  const accepted = await fetch(`${server.url}/api/invitations/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: E2E_PASSWORD }),
  });
  expect(accepted.status).toBe(200);
  const sam = await login(server, 'sam@bureau.test');
  const samPhone = await phoneContext(browser, server.url);
  await sam.signIn(samPhone);
  const s = await samPhone.newPage();
  await s.goto('/vault');
  await field(s, 'Inschrijvingscode').fill(code);
  await field(s, 'Je eigen kluiszin').fill('de kluiszin van sam, lang genoeg');
  await s.getByRole('button', { name: 'Inschrijven' }).click();
  await expectVisible(s.getByRole('button', { name: /Kluis openen|Kluis sluiten/ }), 30_000);
  await expectAccessible(s);
  await samPhone.close();
}, 300_000);

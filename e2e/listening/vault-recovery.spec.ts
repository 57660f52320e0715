import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { createTeam, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible, field } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';
import { createVaultViaApi } from '../support/vault.ts';

let server: BrugServer;
let browser: Browser;
let team: Team;
let recoveryKey: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ timeoutMs: 360_000 }), launchBrowser()]);
  team = await createTeam(server);
  const { admin, researcher } = team;
  await admin.session.post('/api/bureau', { name: 'Bureau Luister' });
  await admin.session.post('/api/bureau/members', { userId: researcher.session.me.user.id });
  ({ recoveryKey } = await createVaultViaApi(researcher.session, 'de kluiszin die ik vergat'));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('[LISTENING] a researcher who forgot the passphrase sets a new one with the recovery key, on a phone', async () => {
  const context = await phoneContext(browser, server.url);
  await team.researcher.session.signIn(context);
  const page = await context.newPage();
  await page.goto('/vault');
  await expectHeading(page, 'De kluis van het onderzoeksbureau');
  await page.getByRole('button', { name: 'Kluiszin vergeten? Gebruik je herstelsleutel' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe kluiszin met de herstelsleutel' });
  await expectAccessible(page);

  // A wrong key is refused on its field, and the old passphrase still holds.
  await field(form, 'Herstelsleutel').fill('AAAA-BBBB-CCCC-DDDD-EEEE');
  await field(form, 'Nieuwe kluiszin').fill('een nieuwe lange kluiszin');
  await form.getByRole('button', { name: 'Nieuwe kluiszin instellen' }).click();
  await expectVisible(form.getByText('Hiermee gaat de kluis niet open.'), 30_000);

  await field(form, 'Herstelsleutel').fill(recoveryKey);
  await form.getByRole('button', { name: 'Nieuwe kluiszin instellen' }).click();
  await expectVisible(page.getByRole('status').getByText(/De kluis is open/), 30_000);
  await expectAccessible(page);

  // Locked again, the vault opens with the new passphrase only.
  await page.getByRole('button', { name: 'Kluis sluiten' }).click();
  await field(page, 'Kluiszin').fill('de kluiszin die ik vergat');
  await page.getByRole('button', { name: 'Kluis openen' }).click();
  await expectVisible(page.getByText('De kluis ging niet open.'), 30_000);
  await field(page, 'Kluiszin').fill('een nieuwe lange kluiszin');
  await page.getByRole('button', { name: 'Kluis openen' }).click();
  await expectVisible(page.getByRole('status').getByText(/De kluis is open/), 30_000);
  // A reload locks the vault: its key lived in the page only.
  await page.reload();
  await expectVisible(page.getByRole('button', { name: 'Kluis openen' }));
  await context.close();
});

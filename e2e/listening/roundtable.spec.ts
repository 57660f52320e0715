import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible, field } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';

let server: BrugServer;
let browser: Browser;
let team: Team;
const year = new Date().getUTCFullYear() + 1;
const MINUTES = 'Jongeren vragen om uitleg bij een controle. Afspraak: wijkagent komt naar de jeugdraad.';

beforeAll(async () => {
  // Start-up takes minutes on a loaded two-core machine.
  [server, browser] = await Promise.all([startServer({ timeoutMs: 360_000 }), launchBrowser()]);
  team = await createTeam(server);
  const org = await team.coordinator.session.post<{ id: string }>('/api/partners/organisations', {
    name: 'Buurtwerk Dam',
  });
  await team.coordinator.session.post(`/api/partners/organisations/${org.id}/contacts`, {
    name: 'Youssef Amrani',
    email: 'youssef@dam.example',
    preferredLanguage: 'nl',
    consentBasis: 'legitimate_interest',
    consentDate: '2026-01-01',
  });
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('[LISTENING] a coordinator plans a roundtable on a phone, invites a colleague and a partner, records attendance and minutes; the admin reads them', async () => {
  const phone = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(phone);
  const page = await phone.newPage();
  await page.goto('/roundtables');
  await expectHeading(page, 'Rondetafels');
  await expectAccessible(page);
  await field(page, 'Titel').fill('Rondetafel jongeren Noord');
  await field(page, 'Begin').fill(`${year}-05-12T19:00`);
  await field(page, 'Einde').fill(`${year}-05-12T18:00`);
  await field(page, 'Plaats').fill('Wijkcentrum Dam');
  await page.getByLabel('Agenda').fill('1. Kennismaking\n2. Ervaringen met controles');
  await page.getByRole('button', { name: 'Rondetafel aanmaken' }).click();
  // An end before the start is refused on the field; nothing is created.
  await expectVisible(page.getByRole('alert'));
  await field(page, 'Einde').fill(`${year}-05-12T21:00`);
  await page.getByRole('button', { name: 'Rondetafel aanmaken' }).click();
  await expectHeading(page, 'Rondetafel jongeren Noord');

  await page.getByLabel('Collega of medewerker (intern)').selectOption({ label: 'Kim Collega' });
  await page.getByRole('button', { name: 'Intern toevoegen' }).click();
  await expectVisible(page.getByText('Kim Collega is toegevoegd.'));
  await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Buurtwerk Dam' });
  await page.getByLabel('Contactpersoon (extern)').selectOption({ label: 'Youssef Amrani' });
  await page.getByRole('button', { name: 'Extern toevoegen' }).click();
  await expectVisible(page.getByText('Youssef Amrani is toegevoegd.'));
  await page.getByRole('button', { name: 'Uitnodiging mailen' }).click();
  await expectVisible(page.getByText('1 uitnodiging(en) verstuurd'));

  await page.getByLabel('Aanwezigheid: Kim Collega').selectOption({ label: 'aanwezig' });
  await page.getByLabel('Verslag').fill(MINUTES);
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expectVisible(page.getByText('Bewaard.'));
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const url = new URL(page.url()).pathname;
  await phone.close();

  const outbox = await team.admin.session.get<{ items: { to: string; subject: string }[] }>(
    '/api/outbox?pageSize=200',
  );
  expect(outbox.items.find((m) => m.to === 'youssef@dam.example')?.subject).toBe(
    'Uitnodiging voor de rondetafel “Rondetafel jongeren Noord”',
  );

  // The admin (programme team) reads participants, attendance and minutes, and cannot change them.
  const desk = await desktopContext(browser, server.url);
  await team.admin.session.signIn(desk);
  const admin = await desk.newPage();
  await admin.goto(url);
  await expectHeading(admin, 'Rondetafel jongeren Noord');
  await expectVisible(admin.getByText(MINUTES));
  const kim = admin.getByRole('row', { name: /Kim Collega/ });
  await expectVisible(kim.getByText('aanwezig'));
  await expectVisible(admin.getByRole('row', { name: /Youssef Amrani/ }).getByText('Buurtwerk Dam'));
  expect(await admin.getByRole('button', { name: 'Bewaren' }).count()).toBe(0);
  await expectAccessible(admin);
  await desk.close();
}, 300_000);

it('[LISTENING] a roundtable dated in the past warns before its invitations go out, on a phone, and sends only when asked again', async () => {
  const past = await team.coordinator.session.post<{ id: string }>('/api/roundtables', {
    title: 'Rondetafel van vorig jaar',
    startsAt: '2025-05-12T19:00:00+02:00',
    endsAt: '2025-05-12T21:00:00+02:00',
    place: 'Wijkcentrum Dam',
    agenda: '',
  });
  const subject = 'Uitnodiging voor de rondetafel “Rondetafel van vorig jaar”';
  const sentTo = async () =>
    (
      await team.admin.session.get<{ items: { to: string; subject: string }[] }>('/api/outbox?pageSize=200')
    ).items.filter((m) => m.subject === subject).length;
  const phone = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(phone);
  const page = await phone.newPage();
  await page.goto(`/roundtables/${past.id}`);
  await expectHeading(page, 'Rondetafel van vorig jaar');
  // The warning stands above the invitation form before anything is chosen, with the date it had.
  await expectVisible(page.getByText('Deze rondetafel ligt in het verleden'));
  await expectVisible(
    page.getByText(/De rondetafel stond gepland op .*2025.*, dat moment is voorbij/).first(),
  );
  await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Buurtwerk Dam' });
  await page.getByRole('button', { name: 'Uitnodiging mailen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deze rondetafel ligt in het verleden' });
  await expectVisible(dialog.getByText('Wil je de uitnodiging toch versturen?', { exact: false }));
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(await sentTo()).toBe(0);
  await page.getByRole('button', { name: 'Uitnodiging mailen' }).click();
  await dialog.getByRole('button', { name: 'Toch versturen' }).click();
  await expectVisible(page.getByText('1 uitnodiging(en) verstuurd'));
  expect(await sentTo()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await phone.close();
}, 300_000);

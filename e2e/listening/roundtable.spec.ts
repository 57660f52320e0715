import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible, field, fitsPhone } from '../support/page.ts';
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
  // More organisations than the invitation form lists without a name filter.
  for (const name of ['Jeugdraad Noord', 'Moskee Al Fath', 'Sportclub Linkeroever', 'Vrouwenhuis Zuid']) {
    for (const part of ['', ' vzw']) {
      await team.coordinator.session.post('/api/partners/organisations', { name: `${name}${part}` });
    }
  }
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
  // Buurtwerk Dam is in no wave: it is chosen from all organisations of the zone, none chosen to start with.
  await page.getByLabel('Organisaties uit').selectOption({ label: 'Alle organisaties van de zone' });
  await expectVisible(page.getByText('Niemand gekozen die nog een uitnodiging kan krijgen.'));
  // Nine organisations: a name filter narrows the list.
  // The count is a live status; with a filter, "all" means the organisations shown, not the zone.
  await page.getByLabel('Zoek een organisatie op naam').fill('dam');
  await expectVisible(page.getByRole('status').filter({ hasText: '1 van 9 getoond' }));
  expect(await page.getByRole('checkbox', { name: 'Moskee Al Fath' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Alle getoonde kiezen' }).click();
  expect(await page.getByRole('checkbox', { name: 'Buurtwerk Dam' }).isChecked()).toBe(true);
  await expectVisible(page.getByText('Klaar om te versturen: 1 uitnodiging naar 1 organisatie.'));
  await page.getByRole('button', { name: 'Uitnodigingen versturen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Uitnodigingen versturen?' });
  await expectVisible(confirm.getByText('1 uitnodiging versturen naar 1 organisatie?'));
  await confirm.getByRole('button', { name: 'Ja, versturen' }).click();
  await expectVisible(page.getByText('1 uitnodiging verstuurd.'));

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
  await page.getByLabel('Organisaties uit').selectOption({ label: 'Alle organisaties van de zone' });
  await page.getByRole('checkbox', { name: 'Buurtwerk Dam' }).check();
  const send = page.getByRole('button', { name: 'Uitnodigingen versturen' });
  await expectVisible(page.getByText('Klaar om te versturen: 1 uitnodiging naar 1 organisatie.'));
  await send.click();
  // The question before sending is the warning, with the numbers.
  const dialog = page.getByRole('dialog', { name: 'Deze rondetafel ligt in het verleden' });
  await expectVisible(
    dialog.getByText(/dat moment is voorbij\. Wil je toch 1 uitnodiging versturen naar 1 organisatie\?/),
  );
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(await sentTo()).toBe(0);
  await send.click();
  await dialog.getByRole('button', { name: 'Toch versturen' }).click();
  await expectVisible(page.getByText('1 uitnodiging verstuurd.'));
  expect(await sentTo()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await phone.close();
}, 300_000);

it('[LISTENING] roundtable invitations: the coordinator chooses from a wave, reads the mail, confirms, and reads whom the sending skipped, on a phone in Dutch and French', async () => {
  const { coordinator } = team;
  const programme = await coordinator.session.post<{ id: string }>('/api/programmes', {
    name: 'Nachtleven',
    aim: 'Partners uit het nachtleven',
  });
  const wave = await coordinator.session.post<{ id: string }>('/api/partners/waves', {
    programmeId: programme.id,
    name: 'Golf Noord',
  });
  const contact = async (
    organisationId: string,
    name: string,
    email: string | null,
    preferredLanguage: string,
  ) =>
    coordinator.session.post<{ id: string }>(`/api/partners/organisations/${organisationId}/contacts`, {
      name,
      ...(email ? { email } : {}),
      preferredLanguage,
      consentBasis: 'legitimate_interest',
      consentDate: '2026-01-01',
    });
  const jeugd = await coordinator.session.post<{ id: string }>('/api/partners/organisations', {
    name: 'Jeugdhuis Noord',
    waveId: wave.id,
  });
  const maison = await coordinator.session.post<{ id: string }>('/api/partners/organisations', {
    name: 'Maison Nord',
    waveId: wave.id,
  });
  const lotte = await contact(jeugd.id, 'Lotte Claes', 'lotte@noord.example', 'nl');
  await contact(jeugd.id, 'Zonder Mail', null, 'nl');
  await contact(maison.id, 'Camille Dubois', 'camille@nord.example', 'fr');
  const rt = await coordinator.session.post<{ id: string }>('/api/roundtables', {
    title: 'Rondetafel nachtleven',
    startsAt: `${year}-06-02T19:00:00+02:00`,
    endsAt: `${year}-06-02T21:00:00+02:00`,
    place: 'Jeugdhuis Noord',
    agenda: '',
  });
  // Lotte had her invitation already.
  await coordinator.session.post('/api/outreach/invitations', {
    kind: 'roundtable',
    roundtableId: rt.id,
    contactIds: [lotte.id],
  });

  // Dutch, 360 px, with the keyboard: the wave's organisations are all chosen; only Camille gets a mail.
  const phone = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(phone);
  const page = await phone.newPage();
  await page.goto(`/roundtables/${rt.id}`);
  await expectHeading(page, 'Rondetafel nachtleven');
  const source = page.getByLabel('Organisaties uit');
  await source.focus();
  await source.selectOption({ label: 'Golf Noord' });
  await expectVisible(page.getByText('(2 van 2 gekozen)'));
  await expectVisible(page.getByText('Klaar om te versturen: 1 uitnodiging naar 1 organisatie.'));
  await page.getByRole('button', { name: 'Contactpersonen kiezen bij Jeugdhuis Noord' }).focus();
  await page.keyboard.press('Enter');
  expect(await page.getByRole('checkbox', { name: 'Lotte Claes (Nederlands)' }).isDisabled()).toBe(true);
  await expectVisible(page.getByText('Al uitgenodigd'));
  await expectVisible(page.getByText('Geen e-mailadres'));
  // The preview is the roundtable's mail in Camille's language.
  const preview = page.getByRole('region', { name: 'Voorbeeld van de e-mail' });
  await expectVisible(preview.getByText(/Invitation à la table ronde.*Rondetafel nachtleven/));
  await expectVisible(preview.getByText(/token=VOORBEELD-geen-echte-link/));
  await expectAccessible(page);
  await fitsPhone(page);
  await page.getByRole('button', { name: 'Uitnodigingen versturen' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Uitnodigingen versturen?' });
  await expectVisible(dialog.getByText('1 uitnodiging versturen naar 1 organisatie?'));
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Ja, versturen' }).click();
  await expectVisible(
    page.getByText(
      '1 uitnodiging verstuurd; 1 contactpersoon had al een uitnodiging; 1 contactpersoon zonder e-mailadres overgeslagen.',
    ),
  );
  await expectAccessible(page);
  await fitsPhone(page);
  await phone.close();

  // French, 360 px: a new contact at Maison Nord; Lotte and Camille had theirs.
  await contact(maison.id, 'Élise Martin', 'elise@nord.example', 'fr');
  await coordinator.session.patch('/api/me', { language: 'fr' });
  try {
    const frPhone = await phoneContext(browser, server.url);
    await coordinator.session.signIn(frPhone);
    const fr = await frPhone.newPage();
    await fr.goto(`/roundtables/${rt.id}`);
    await expectHeading(fr, 'Rondetafel nachtleven');
    await fr.getByLabel('Organisations de').selectOption({ label: 'Golf Noord' });
    await expectVisible(fr.getByText('(2 sur 2 choisies)'));
    await expectVisible(fr.getByText('Prêt à envoyer : 1 invitation à 1 organisation.'));
    await expectAccessible(fr);
    await fitsPhone(fr);
    await fr.getByRole('button', { name: 'Envoyer les invitations' }).click();
    const frDialog = fr.getByRole('dialog', { name: 'Envoyer les invitations ?' });
    await expectVisible(frDialog.getByText('Envoyer 1 invitation à 1 organisation ?'));
    await frDialog.getByRole('button', { name: 'Oui, envoyer' }).click();
    await expectVisible(
      fr.getByText(
        '1 invitation envoyée ; 2 personnes de contact avaient déjà une invitation ; 1 personne de contact sans adresse e-mail ignorée.',
      ),
    );
    await expectAccessible(fr);
    await fitsPhone(fr);
    await frPhone.close();
  } finally {
    await coordinator.session.patch('/api/me', { language: 'nl' });
  }
  const outbox = await team.admin.session.get<{ items: { to: string; subject: string }[] }>(
    '/api/outbox?pageSize=200',
  );
  const invited = outbox.items.filter((m) => m.subject.includes('nachtleven')).map((m) => m.to);
  expect(invited.sort()).toEqual(['camille@nord.example', 'elise@nord.example', 'lotte@noord.example']);
}, 300_000);

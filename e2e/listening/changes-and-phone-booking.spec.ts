import { interviewContext } from '@brug/domain/conversations';
import { type OpenVault, openWithKey, sealWithKey } from '@brug/vault-crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team, useMailbox } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { type Mailbox, startMailbox } from '../support/mailbox.ts';
import { expectHeading, expectVisible, field } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';
import { createVaultViaApi, navigateInApp, unlockVaultInBrowser } from '../support/vault.ts';

let server: BrugServer;
let browser: Browser;
let mailbox: Mailbox;
let team: Team;
let roundtableId: string;
let vault: OpenVault;
const PASSPHRASE = 'onze lange kluiszin voor het bureau';
const year = new Date().getUTCFullYear() + 1;
type Outbox = { items: { to: string; subject: string; text: string }[] };
const outbox = () => team.admin.session.get<Outbox>('/api/outbox?pageSize=200');

beforeAll(async () => {
  // Start-up takes minutes on a loaded two-core machine.
  // Personal links reach only their recipient: the contact's mailbox, on a real SMTP server.
  mailbox = await startMailbox();
  useMailbox(mailbox);
  [server, browser] = await Promise.all([
    startServer({ timeoutMs: 360_000, env: { SMTP_URL: mailbox.url } }),
    launchBrowser(),
  ]);
  team = await createTeam(server);
  const { admin, researcher, coordinator, colleague } = team;
  const idOf = async (s: Team['admin']['session']) =>
    (await s.get<{ user: { id: string } }>('/api/auth/me')).user.id;
  const contact = async (organisation: string, name: string, email: string, preferredLanguage: string) => {
    const org = await coordinator.session.post<{ id: string }>('/api/partners/organisations', {
      name: organisation,
    });
    const c = await coordinator.session.post<{ id: string }>(
      `/api/partners/organisations/${org.id}/contacts`,
      {
        name,
        email,
        preferredLanguage,
        consentBasis: 'legitimate_interest',
        consentDate: '2026-01-01',
      },
    );
    return { orgId: org.id, contactId: c.id };
  };
  const youssef = await contact('Buurtwerk Dam', 'Youssef Amrani', 'youssef@dam.example', 'nl');
  const amal = await contact('Maison des Cultures', 'Amal Diallo', 'amal@maison.example', 'fr');
  // The research bureau, with the vault created as the researcher's browser would.
  await admin.session.post('/api/bureau', { name: 'Bureau Luister' });
  await admin.session.post('/api/bureau/members', { userId: await idOf(researcher.session) });
  ({ vault } = await createVaultViaApi(researcher.session, PASSPHRASE));
  await researcher.session.post('/api/slots', {
    startsAt: `${year}-03-30T10:00`,
    durationMinutes: 60,
    mode: 'place',
    location: 'Bureau Luister, Antwerpen',
  });
  await coordinator.session.post('/api/outreach/invitations', {
    kind: 'interview',
    organisationIds: [amal.orgId],
  });
  const rt = await coordinator.session.post<{ id: string }>('/api/roundtables', {
    title: 'Rondetafel jongeren Noord',
    startsAt: `${year}-05-12T19:00:00+02:00`,
    endsAt: `${year}-05-12T21:00:00+02:00`,
    place: 'Wijkcentrum Dam',
  });
  roundtableId = rt.id;
  await coordinator.session.post(`/api/roundtables/${rt.id}/participants`, {
    userId: await idOf(colleague.session),
  });
  await coordinator.session.post(`/api/roundtables/${rt.id}/participants`, { contactId: youssef.contactId });
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  useMailbox(undefined);
  await mailbox?.close();
});

it('[LISTENING] a coordinator moves a roundtable on a phone, participants are told, and one is removed and added again', async () => {
  const phone = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(phone);
  const page = await phone.newPage();
  await page.goto(`/roundtables/${roundtableId}`);
  await expectHeading(page, 'Rondetafel jongeren Noord');
  await page.getByRole('button', { name: 'Titel, datum of plaats wijzigen' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Titel, datum en plaats' }));
  await expectVisible(page.getByText('bijgewerkte agenda-uitnodiging', { exact: false }));
  await expectAccessible(page);
  // An empty place is refused on its field; nothing changes.
  await field(page, 'Plaats').fill('');
  await page.getByRole('button', { name: 'Bewaren' }).first().click();
  await expectVisible(page.getByRole('alert').first());
  await field(page, 'Plaats').fill('Bibliotheek Noord');
  await field(page, 'Begin').fill(`${year}-05-19T18:30`);
  await field(page, 'Einde').fill(`${year}-05-19T20:30`);
  await page.getByRole('button', { name: 'Bewaren' }).first().click();
  await expectVisible(page.getByText('Bibliotheek Noord'));
  await expectVisible(page.getByText(/19 mei/));
  const changed = (await outbox()).items.find(
    (m) => m.to === 'youssef@dam.example' && m.subject.startsWith('Gewijzigd'),
  );
  expect(changed?.subject).toBe('Gewijzigd: rondetafel “Rondetafel jongeren Noord”');
  expect(changed?.text).toContain('Bibliotheek Noord');

  // Taking Youssef off the list asks first; he can be added again.
  await page.getByRole('button', { name: 'Verwijderen: Youssef Amrani' }).click();
  await expectVisible(
    page.getByText('Youssef Amrani wordt van de deelnemerslijst gehaald', { exact: false }),
  );
  // Check the dialog once its opening transition has finished, not half faded in.
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((a) => a.finished)));
  await expectAccessible(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expectVisible(page.getByText('Youssef Amrani is verwijderd.'));
  // On a phone the participant table is a list of cards.
  const youssef = page
    .getByRole('list', { name: 'Deelnemers en aanwezigheid' })
    .getByRole('listitem')
    .filter({ hasText: 'Youssef Amrani' });
  expect(await youssef.count()).toBe(0);
  await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Buurtwerk Dam' });
  await page.getByLabel('Contactpersoon (extern)').selectOption({ label: 'Youssef Amrani' });
  await page.getByRole('button', { name: 'Extern toevoegen' }).click();
  await expectVisible(page.getByText('Youssef Amrani is toegevoegd.'));
  await expectVisible(youssef);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await phone.close();
}, 300_000);

it('[LISTENING] a researcher books a time for a contact who phoned; the contact gets the confirmation and their own link', async () => {
  const desk = await desktopContext(browser, server.url);
  await team.researcher.session.signIn(desk);
  const page = await desk.newPage();
  await page.goto('/slots');
  await expectHeading(page, 'Beschikbare momenten voor gesprekken');
  await expectVisible(page.getByRole('heading', { name: 'Een moment boeken voor een genodigde' }));
  await expectAccessible(page);
  await page.getByLabel('Genodigde').selectOption({ label: 'Amal Diallo (Maison des Cultures)' });
  await page.getByLabel('Vrij moment (Brusselse tijd)').selectOption({ label: `${year}-03-30 10:00` });
  await page.getByRole('button', { name: 'Boeken', exact: true }).click();
  await expectVisible(page.getByText(`Geboekt voor Amal Diallo op ${year}-03-30 10:00.`, { exact: false }));
  await expectVisible(page.getByRole('row', { name: /geboekt/ }));
  await desk.close();

  const mail = await mailbox.waitFor(
    'amal@maison.example',
    (m) => m.subject === 'Confirmation : votre entretien confidentiel',
  );
  const link = new URL(/https?:\/\/\S+\/invitations\/booking\?\S+token=[\w-]+/.exec(mail.text)![0]);
  const phone = await phoneContext(browser, server.url);
  const contact = await phone.newPage();
  await contact.goto(`${link.pathname}${link.search}`);
  await expectHeading(contact, 'Votre entretien confidentiel');
  await expectVisible(contact.getByText('Bureau Luister, Antwerpen'));
  await expectAccessible(contact);
  await phone.close();
}, 300_000);

type Stored = {
  id: string;
  pseudonym: string;
  notesVersion: number;
  wrappedSubKey: string;
  sealedNotes: string;
};

/** An interview made as the researcher's browser makes it: sealed with its own sub-key. */
async function createInterview() {
  const id = crypto.randomUUID();
  const { key, wrapped } = await vault.newSubKey(interviewContext.subKey(id));
  const consent = { given: true, method: 'oral', recordedAt: new Date().toISOString() };
  const created = await team.researcher.session.post<{ id: string; pseudonym: string }>('/api/interviews', {
    id,
    wrappedSubKey: wrapped,
    sealedSource: await sealWithKey(key, '', interviewContext.field(id, 'source')),
    sealedConsent: await sealWithKey(key, JSON.stringify(consent), interviewContext.field(id, 'consent')),
    sealedNotes: await sealWithKey(key, '', interviewContext.field(id, 'notes')),
    consentGiven: true,
  });
  return { ...created, key };
}

/** The notes as stored, opened here with the researcher's vault. */
async function storedNotes(id: string, key: CryptoKey) {
  const view = await team.researcher.session.get<Stored>(`/api/interviews/${id}`);
  return { view, html: await openWithKey(key, view.sealedNotes, interviewContext.field(id, 'notes')) };
}

it('[LISTENING] closing the tab right after typing interview notes saves them in the background, without a prompt', async () => {
  const created = await createInterview();
  const desk = await desktopContext(browser, server.url);
  await team.researcher.session.signIn(desk);
  const page = await desk.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  const bodies: string[] = [];
  page.on('request', (req) => bodies.push(req.postData() ?? ''));
  await unlockVaultInBrowser(page, PASSPHRASE);
  await navigateInApp(page, '/interviews');
  await page.getByRole('button', { name: `Openen ${created.pseudonym}` }).click();
  const notes = page.getByRole('textbox', { name: 'Notities' });
  await notes.click();
  await page.keyboard.type('Laatste zin vlak voor het sluiten');
  // Well within the autosave pause: only the background save can keep this.
  await page.close({ runBeforeUnload: true });
  let html = '';
  for (let i = 0; i < 50 && !html.includes('Laatste zin'); i++) {
    await new Promise((r) => setTimeout(r, 200));
    html = (await storedNotes(created.id, created.key)).html;
  }
  expect(html).toContain('Laatste zin vlak voor het sluiten');
  expect(dialogs).toEqual([]);
  // The text left the browser sealed only, and nothing confidential was left in its storage.
  expect(bodies.join('\n')).not.toContain('Laatste zin');
  const storage = await desk.storageState();
  expect(JSON.stringify(storage.origins)).not.toContain('Laatste zin');
  await desk.close();
}, 300_000);

it('[LISTENING] when the notes cannot be saved in the background (a newer version saved elsewhere), closing the tab asks first', async () => {
  const created = await createInterview();
  const desk = await desktopContext(browser, server.url);
  await team.researcher.session.signIn(desk);
  const page = await desk.newPage();
  await unlockVaultInBrowser(page, PASSPHRASE);
  await navigateInApp(page, '/interviews');
  await page.getByRole('button', { name: `Openen ${created.pseudonym}` }).click();
  const notes = page.getByRole('textbox', { name: 'Notities' });
  await expectVisible(notes);
  // Another tab saves a newer version meanwhile: this editor's autosave is refused (409) and says so.
  await team.researcher.session.request('PUT', `/api/interviews/${created.id}/notes`, {
    sealedNotes: await sealWithKey(
      created.key,
      '<p>Uit het andere tabblad</p>',
      interviewContext.field(created.id, 'notes'),
    ),
    baseVersion: 0,
  });
  await notes.click();
  await page.keyboard.type('Niet verloren laten gaan');
  await expectVisible(
    page.getByRole('status').getByText('Iemand anders wijzigde deze notities. Herlaad eerst.'),
  );
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const asked = await dialog;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss();
  // Staying on the page keeps the text in the editor; the other tab's version is not overwritten.
  await expectVisible(notes.getByText('Niet verloren laten gaan'));
  expect((await storedNotes(created.id, created.key)).html).toBe('<p>Uit het andere tabblad</p>');
  await desk.close();
}, 300_000);

it('[LISTENING] an interview whose ciphertext was changed on the way does not open: a clear message, and nothing is saved', async () => {
  const created = await createInterview();
  const desk = await desktopContext(browser, server.url);
  await team.researcher.session.signIn(desk);
  const page = await desk.newPage();
  await unlockVaultInBrowser(page, PASSPHRASE);
  // The server (or whoever changed the database) hands out notes with one character flipped.
  await page.route(`**/api/interviews/${created.id}`, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const res = await route.fetch();
    const view = (await res.json()) as Stored;
    const s = view.sealedNotes;
    view.sealedNotes = s.slice(0, -2) + (s.at(-2) === 'A' ? 'B' : 'A') + s.at(-1);
    await route.fulfill({ response: res, json: view });
  });
  const writes: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes('/api/interviews/') && req.method() !== 'GET') writes.push(req.method());
  });
  await navigateInApp(page, '/interviews');
  await page.getByRole('button', { name: `Openen ${created.pseudonym}` }).click();
  await expectVisible(page.getByRole('alert').getByText('Dit gesprek gaat niet open'));
  await expectVisible(page.getByText('Er is niets opgeslagen of veranderd.', { exact: false }));
  await expect(page.getByRole('textbox', { name: 'Notities' }).count()).resolves.toBe(0);
  await expectAccessible(page);
  expect(writes).toEqual([]);
  const stored = await storedNotes(created.id, created.key);
  expect(stored).toMatchObject({ html: '', view: { notesVersion: 0 } });
  await desk.close();
}, 300_000);

it('[LISTENING] a contact added on a phone with English as their language gets the invitation in English; its page shows one language picker, the header’s, which turns it into French', async () => {
  const org = await team.coordinator.session.post<{ id: string }>('/api/partners/organisations', {
    name: 'Jeugdhuis Kiel',
  });
  const phone = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(phone);
  const page = await phone.newPage();
  await page.goto(`/partners/${org.id}`);
  await expectHeading(page, 'Jeugdhuis Kiel');
  const form = page.getByRole('form', { name: 'Contactpersoon toevoegen' });
  await form.getByLabel('Naam', { exact: true }).fill('Grace Mensah');
  await form.getByLabel('E-mail', { exact: true }).fill('grace@kiel.example');
  await form.getByLabel('Taal', { exact: true }).selectOption('en');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expectVisible(
    page.getByRole('listitem').filter({ hasText: 'Grace Mensah' }).filter({ hasText: 'Engels' }),
  );
  await phone.close();

  await team.coordinator.session.post('/api/outreach/invitations', {
    kind: 'interview',
    organisationIds: [org.id],
  });
  const mail = await mailbox.waitFor('grace@kiel.example', (m) =>
    m.subject.includes('Invitation to a confidential conversation'),
  );
  expect(mail.text).not.toMatch(/vertrouwelijk gesprek|entretien confidentiel/);
  const link = new URL(/https?:\/\/\S+\/invitations\/answer\?\S*token=[\w-]+/.exec(mail.text)![0]);
  expect(link.searchParams.get('lang')).toBe('en');

  const visitor = await phoneContext(browser, server.url);
  const invitation = await visitor.newPage();
  await invitation.goto(`${link.pathname}${link.search}`);
  await expectHeading(invitation, 'Invitation to a confidential conversation');
  const pickers = invitation.getByRole('combobox', { name: /^(Taal|Langue|Language)$/ });
  await expect.poll(() => pickers.count()).toBe(1);
  await invitation.getByTestId('language-switcher').selectOption('fr');
  await expectHeading(invitation, 'Invitation à un entretien confidentiel');
  await expectVisible(invitation.getByText('Qui entend quoi ?'));
  await expect.poll(() => pickers.count()).toBe(1);
  await expectAccessible(invitation);
  await visitor.close();
}, 300_000);

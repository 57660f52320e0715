import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team, useMailbox } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { type Mailbox, startMailbox } from '../support/mailbox.ts';
import { expectHeading, expectVisible, fitsPhone } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';
import { createVaultViaApi, navigateInApp, unlockVaultInBrowser } from '../support/vault.ts';

let server: BrugServer;
let browser: Browser;
let mailbox: Mailbox;
let team: Team;
const PASSPHRASE = 'onze lange kluiszin voor het bureau';
const NOTES = 'De jongeren van het Kiel voelen zich bij controles niet gehoord';
const year = new Date().getUTCFullYear() + 1;

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
  const { admin, researcher, coordinator } = team;
  await admin.session.post('/api/bureau', { name: 'Bureau Luister' });
  await admin.session.post('/api/bureau/members', {
    userId: (await researcher.session.get<{ user: { id: string } }>('/api/auth/me')).user.id,
  });
  await createVaultViaApi(researcher.session, PASSPHRASE);
  await researcher.session.post('/api/slots', {
    startsAt: `${year}-03-30T10:00`,
    durationMinutes: 60,
    mode: 'place',
    location: 'Bureau Luister, Antwerpen',
  });
  const programme = await coordinator.session.post<{ id: string }>('/api/programmes', {
    name: 'Iedereen anders',
    aim: 'Vertrouwen',
  });
  const wave = await coordinator.session.post<{ id: string }>('/api/partners/waves', {
    programmeId: programme.id,
    name: 'Golf 1',
  });
  const org = await coordinator.session.post<{ id: string }>('/api/partners/organisations', {
    name: 'Maison des Cultures',
    waveId: wave.id,
  });
  await coordinator.session.post(`/api/partners/organisations/${org.id}/contacts`, {
    name: 'Amal Diallo',
    email: 'amal@maison.example',
    preferredLanguage: 'fr',
    consentBasis: 'legitimate_interest',
    consentDate: '2026-01-01',
  });
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  useMailbox(undefined);
  await mailbox?.close();
});

it('[LISTENING] coordinator invites, a contact accepts in French on a phone, the researcher writes notes, the coordinator sees only "accepted"', async () => {
  // 1. The coordinator sends the invitations of wave 1.
  const desk = await desktopContext(browser, server.url);
  await team.coordinator.session.signIn(desk);
  const page = await desk.newPage();
  await page.goto('/outreach');
  await expectHeading(page, 'Uitnodigingen voor gesprekken');
  await page.getByLabel('Golf').selectOption({ label: 'Golf 1' });
  await page.getByRole('button', { name: 'Uitnodigingen versturen' }).click();
  // Nothing goes out before the coordinator confirms the numbers.
  const confirm = page.getByRole('dialog', { name: 'Uitnodigingen versturen?' });
  await expectVisible(confirm.getByText('1 uitnodiging versturen naar 1 organisatie?'));
  await confirm.getByRole('button', { name: 'Ja, versturen' }).click();
  await expectVisible(page.getByText('1 uitnodiging verstuurd'));
  await expectAccessible(page);

  // 2. The contact opens the link from the French e-mail on a 360 px phone and books the slot.
  const mail = await mailbox.waitFor('amal@maison.example', (m) => m.text.includes('token='));
  expect(mail.subject).toBe('Invitation à un entretien confidentiel');
  const link = new URL(/https?:\/\/\S+token=[\w-]+/.exec(mail.text)![0]);
  const phone = await phoneContext(browser, server.url);
  const answer = await phone.newPage();
  // What the contact's browser sends: the answer and a sealed box, never the consent in the clear.
  const answerBodies: string[] = [];
  answer.on('request', (req) => {
    if (req.url().includes('/api/public/invitation/answer')) answerBodies.push(req.postData() ?? '');
  });
  await answer.goto(`${link.pathname}${link.search}`);
  await expectHeading(answer, 'Invitation à un entretien confidentiel');
  await expectVisible(answer.getByText('Seuls les chercheurs du bureau'));
  await expectAccessible(answer);
  await answer.getByRole('radio', { name: /30 mars/ }).check();
  await answer.getByRole('checkbox', { name: 'J’ai lu ce qui précède et j’accepte de participer' }).check();
  await answer.getByRole('button', { name: 'Envoyer la réponse' }).click();
  await expectVisible(answer.getByText('Merci ! Votre entretien est réservé.'));
  // The confirmation page offers the booked time as a calendar file, in the contact's language
  // (10:00 in Brussels on 30 March is 08:00 UTC, summer time).
  const calendar = answer.getByRole('link', { name: 'Ajouter l’entretien à votre agenda (.ics)' });
  const ics = decodeURIComponent(
    (await calendar.getAttribute('href'))!.replace(/^data:text\/calendar;charset=utf-8,/, ''),
  );
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain(`DTSTART:${year}0330T080000Z`);
  expect(ics).toContain('SUMMARY:Entretien confidentiel');
  expect(ics).toContain('LOCATION:Bureau Luister\\, Antwerpen');
  const download = answer.waitForEvent('download');
  await calendar.click();
  expect((await download).suggestedFilename()).toBe('entretien.ics');
  expect(answerBodies).toHaveLength(1);
  const sent = JSON.parse(answerBodies[0]);
  // Besides the sealed consent, only the answer, the chosen time and the page's language (for the
  // confirmation mail) travel in clear.
  expect(Object.keys(sent).sort()).toEqual(['answer', 'language', 'sealedAnswer', 'slotId', 'token']);
  expect(sent.language).toBe('fr');
  expect(sent.sealedAnswer).toMatch(/^box\./);
  const width = await answer.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await answer.reload();
  await expectVisible(answer.getByText('Une réponse a déjà été donnée avec ce lien.'));
  await phone.close();

  // 3. The researcher opens the vault and writes notes (autosaved).
  const bureau = await desktopContext(browser, server.url);
  await team.researcher.session.signIn(bureau);
  const r = await bureau.newPage();
  // Every body that crosses the wire while the researcher works: the notes must never be among them.
  const wire: string[] = [];
  r.on('request', (req) => wire.push(req.postData() ?? ''));
  r.on('response', async (res) => {
    if (res.url().includes('/api/')) wire.push(await res.text().catch(() => ''));
  });
  await unlockVaultInBrowser(r, PASSPHRASE);
  // The sealed answer (consent given) opens in this browser, now that the vault is open.
  await navigateInApp(r, '/answers');
  await expectHeading(r, 'Antwoorden op de uitnodigingen');
  await expectVisible(r.getByText('Amal Diallo'));
  await expectVisible(r.getByText('gegeven'));
  await expectAccessible(r);
  await navigateInApp(r, '/interviews');
  await expectHeading(r, 'Vertrouwelijke gesprekken');
  await r.getByLabel('De bron gaf toestemming').check();
  await r.getByRole('button', { name: 'Gesprek aanmaken' }).click();
  // Rich text: a heading from the toolbar, then a paragraph; autosave shows when it is kept.
  const notes = r.getByRole('textbox', { name: 'Notities' });
  await notes.click();
  await r.getByRole('button', { name: 'Kop', exact: true }).click();
  await r.keyboard.type('Controles');
  await r.keyboard.press('Enter');
  await r.keyboard.type(NOTES);
  await expectVisible(r.getByText(/^Bewaard om/));
  await expectAccessible(r);
  // Typing and leaving at once (before the autosave pause) loses nothing.
  await notes.click();
  await r.keyboard.press('End');
  await r.keyboard.type(' — ook op school');
  const saved = r.waitForResponse((res) => res.url().endsWith('/notes') && res.request().method() === 'PUT');
  await r.getByRole('link', { name: 'Kluis' }).click();
  await expectHeading(r, 'De kluis van het onderzoeksbureau');
  expect((await saved).status()).toBe(200);
  await r.getByRole('link', { name: 'Gesprekken' }).click();
  await r.getByRole('button', { name: 'Openen B-01' }).click();
  const reopened = r.getByRole('textbox', { name: 'Notities' });
  await expectVisible(reopened.getByRole('heading', { name: 'Controles' }));
  await expectVisible(reopened.getByText(`${NOTES} — ook op school`));
  expect(wire.length).toBeGreaterThan(5);
  for (const body of wire) {
    expect(body).not.toContain('Kiel');
    expect(body).not.toContain('Controles');
    expect(body).not.toContain(PASSPHRASE);
  }
  // A reload locks the vault: the interviews ask for the passphrase again.
  await r.reload();
  await expectVisible(r.getByRole('button', { name: 'Kluis openen' }));
  await bureau.close();

  // The interviews and the editor work on a 360 px phone too (a new page: the vault is opened there).
  const researcherPhone = await phoneContext(browser, server.url);
  await team.researcher.session.signIn(researcherPhone);
  const p = await researcherPhone.newPage();
  await unlockVaultInBrowser(p, PASSPHRASE);
  await navigateInApp(p, '/interviews');
  await p.getByRole('button', { name: 'Openen B-01' }).click();
  await expectVisible(p.getByRole('textbox', { name: 'Notities' }).getByText(`${NOTES} — ook op school`));
  expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(p);
  await researcherPhone.close();

  // 4. The coordinator sees "accepted" for the organisation, and nothing of what was said.
  await page.reload();
  const row = page.getByRole('row', { name: /Maison des Cultures/ });
  await expectVisible(row);
  expect(await row.getByRole('cell').nth(2).textContent()).toBe('1');
  const body = await page.content();
  expect(body).not.toContain('Kiel');
  expect(body).not.toContain('B-01');
  await desk.close();
}, 300_000);

it('[OUTREACH] the coordinator chooses organisations and contacts of a wave, reads the mail as each will get it and confirms before sending, on a phone in Dutch and French', async () => {
  const { coordinator } = team;
  const programme = await coordinator.session.post<{ id: string }>('/api/programmes', {
    name: 'Iedereen anders, verbreed',
    aim: 'Meer partners',
  });
  const wave = await coordinator.session.post<{ id: string }>('/api/partners/waves', {
    programmeId: programme.id,
    name: 'Golf 2',
  });
  const people: [string, [string, string, string][]][] = [
    [
      'Jeugdhuis Kiel',
      [
        ['Fatima El Idrissi', 'fatima@kiel.example', 'nl'],
        ['Jan Peeters', 'jan@kiel.example', 'nl'],
      ],
    ],
    ['Association Horizon', [['Chloé Martin', 'chloe@horizon.example', 'fr']]],
    ['Sportclub Noord', [['Kobe Janssens', 'kobe@noord.example', 'nl']]],
  ];
  for (const [name, contacts] of people) {
    const org = await coordinator.session.post<{ id: string }>('/api/partners/organisations', {
      name,
      waveId: wave.id,
    });
    for (const [contact, email, preferredLanguage] of contacts) {
      await coordinator.session.post(`/api/partners/organisations/${org.id}/contacts`, {
        name: contact,
        email,
        preferredLanguage,
        consentBasis: 'legitimate_interest',
        consentDate: '2026-01-01',
      });
    }
  }

  // Dutch, 360 px: every organisation and contact is chosen to start with.
  const phone = await phoneContext(browser, server.url);
  await coordinator.session.signIn(phone);
  const page = await phone.newPage();
  await page.goto('/outreach');
  await expectHeading(page, 'Uitnodigingen voor gesprekken');
  await page.getByLabel('Golf').selectOption({ label: 'Golf 2' });
  await expectVisible(page.getByText('(3 van 3 gekozen)'));
  await expectVisible(page.getByText('Klaar om te versturen: 4 uitnodigingen naar 3 organisaties.'));
  const send = page.getByRole('button', { name: 'Uitnodigingen versturen' });
  await page.getByRole('button', { name: 'Niets selecteren' }).click();
  await expectVisible(page.getByText('Niemand gekozen die nog een uitnodiging kan krijgen.'));
  expect(await send.isDisabled()).toBe(true);
  await page.getByRole('button', { name: 'Alles selecteren' }).click();
  // With the keyboard: Sportclub Noord out, and Jan out of Jeugdhuis Kiel.
  const noord = page.getByRole('checkbox', { name: 'Sportclub Noord' });
  await noord.focus();
  await page.keyboard.press('Space');
  expect(await noord.isChecked()).toBe(false);
  await page.getByRole('button', { name: 'Contactpersonen kiezen bij Jeugdhuis Kiel' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('checkbox', { name: 'Jan Peeters (Nederlands)' }).focus();
  await page.keyboard.press('Space');
  await expectVisible(page.getByText('Klaar om te versturen: 2 uitnodigingen naar 2 organisaties.'));
  // The preview shows the first recipient's mail in her language (French), then Fatima's in Dutch.
  const preview = page.getByRole('region', { name: 'Voorbeeld van de e-mail' });
  await expectVisible(preview.getByText('Invitation à un entretien confidentiel'));
  await expectVisible(preview.getByText(/Bonjour Chloé Martin/));
  await page
    .getByLabel('Voorbeeld voor')
    .selectOption({ label: 'Fatima El Idrissi — Jeugdhuis Kiel (Nederlands)' });
  await expectVisible(preview.getByText('Uitnodiging voor een vertrouwelijk gesprek'));
  await expectVisible(preview.getByText(/Beste Fatima El Idrissi/));
  await expectVisible(preview.getByText(/token=VOORBEELD-geen-echte-link/));
  await expectAccessible(page);
  await fitsPhone(page);

  // Cancelling sends nothing; confirming sends to the two chosen.
  await send.click();
  const dialog = page.getByRole('dialog', { name: 'Uitnodigingen versturen?' });
  await expectVisible(dialog.getByText('2 uitnodigingen versturen naar 2 organisaties?'));
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await send.click();
  await dialog.getByRole('button', { name: 'Ja, versturen' }).click();
  await expectVisible(page.getByText('2 uitnodigingen verstuurd'));
  const chloe = await mailbox.waitFor('chloe@horizon.example', (m) => m.text.includes('token='));
  expect(chloe.subject).toBe('Invitation à un entretien confidentiel');
  expect(chloe.text).not.toContain('VOORBEELD');
  await mailbox.waitFor('fatima@kiel.example', (m) => m.text.includes('token='));
  expect(mailbox.received.filter((m) => /jan@kiel|kobe@noord/.test(m.to))).toEqual([]);
  await phone.close();

  // French, 360 px: Chloé and Fatima were invited already; Jan and Kobe remain.
  await coordinator.session.patch('/api/me', { language: 'fr' });
  const frPhone = await phoneContext(browser, server.url);
  await coordinator.session.signIn(frPhone);
  const fr = await frPhone.newPage();
  await fr.goto('/outreach');
  await expectHeading(fr, 'Invitations aux entretiens');
  await fr.getByLabel('Vague').selectOption({ label: 'Golf 2' });
  await expectVisible(fr.getByText('(3 sur 3 choisies)'));
  await expectVisible(fr.getByText('Prêt à envoyer : 2 invitations à 2 organisations.'));
  await fr.getByRole('button', { name: 'Choisir les personnes de contact de Association Horizon' }).click();
  const invited = fr.getByRole('checkbox', { name: 'Chloé Martin (français)' });
  expect(await invited.isDisabled()).toBe(true);
  await expectVisible(fr.getByText('Invitation déjà envoyée'));
  const frPreview = fr.getByRole('region', { name: 'Aperçu de l’e-mail' });
  await expectVisible(frPreview.getByText(/Beste Jan Peeters/));
  await expectAccessible(fr);
  await fitsPhone(fr);
  await fr.getByRole('button', { name: 'Envoyer les invitations' }).click();
  const frDialog = fr.getByRole('dialog', { name: 'Envoyer les invitations ?' });
  await expectVisible(frDialog.getByText('Envoyer 2 invitations à 2 organisations ?'));
  await frDialog.getByRole('button', { name: 'Oui, envoyer' }).click();
  // Chloé and Fatima of the chosen organisations are counted as already invited.
  await expectVisible(
    fr.getByText('2 invitations envoyées ; 2 personnes de contact avaient déjà une invitation.'),
  );
  await mailbox.waitFor('kobe@noord.example', (m) => m.text.includes('token='));
  await coordinator.session.patch('/api/me', { language: 'nl' });
  await frPhone.close();
}, 300_000);

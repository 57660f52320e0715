import { sealForBureau } from '@brug/vault-crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team, useMailbox } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { launchBrowser, phoneContext } from '../support/browser.ts';
import { type Mailbox, startMailbox } from '../support/mailbox.ts';
import { expectHeading, expectVisible } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';
import { createVaultViaApi } from '../support/vault.ts';

let server: BrugServer;
let browser: Browser;
let mailbox: Mailbox;
let team: Team;
const EMAIL = 'amal@maison.example';
const year = new Date().getUTCFullYear() + 1;

/** Amal's mailbox: the mails carry her personal links, which the admin's outbox hides. */
const mailsToAmal = async () => mailbox.received.filter((m) => m.to === EMAIL);

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
  await createVaultViaApi(researcher.session, 'onze lange kluiszin voor het bureau');
  const first = await researcher.session.post<{ id: string }>('/api/slots', {
    startsAt: `${year}-03-30T10:00`,
    durationMinutes: 60,
    mode: 'place',
    location: 'Bureau Luister, Antwerpen',
  });
  await researcher.session.post('/api/slots', {
    startsAt: `${year}-04-02T14:00`,
    durationMinutes: 60,
    mode: 'place',
    location: 'Maison des Cultures, Bruxelles',
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
    email: EMAIL,
    preferredLanguage: 'fr',
    consentBasis: 'legitimate_interest',
    consentDate: '2026-01-01',
  });
  await coordinator.session.post('/api/outreach/invitations', {
    kind: 'interview',
    organisationIds: [org.id],
  });
  // The contact accepts the first time through the public answer API (the answer page has its own
  // spec), sealing consent for the bureau as the page does.
  const invitation = await mailbox.waitFor(EMAIL, (m) => m.text.includes('token='));
  const token = /token=([\w-]+)/.exec(invitation.text)![1];
  const view = (await (await fetch(`${server.url}/api/public/invitation?token=${token}`)).json()) as {
    sealTo: { bureauId: string; publicKey: string; context: string };
  };
  const content = { consent: true, answer: 'accept', proposal: null, at: new Date().toISOString() };
  const { bureauId, publicKey, context } = view.sealTo;
  const res = await fetch(`${server.url}/api/public/invitation/answer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token,
      answer: 'accept',
      slotId: first.id,
      sealedAnswer: await sealForBureau(bureauId, publicKey, JSON.stringify(content), context),
    }),
  });
  expect(res.status).toBe(200);
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  useMailbox(undefined);
  await mailbox?.close();
});

it('[LISTENING] a contact opens the link of the French confirmation on a phone, moves the conversation, then cancels it', async () => {
  const confirmation = await mailbox.waitFor(EMAIL, (m) => m.text.includes('/invitations/booking?'));
  expect(confirmation).toBeDefined();
  const link = new URL(/https?:\/\/\S+\/invitations\/booking\?\S*token=[\w-]+/.exec(confirmation!.text)![0]);
  expect(link.searchParams.get('lang')).toBe('fr');

  const phone = await phoneContext(browser, server.url);
  const page = await phone.newPage();
  await page.goto(`${link.pathname}${link.search}`);
  await expectHeading(page, 'Votre entretien confidentiel');
  await expectVisible(page.getByText(/30 mars/));
  await expectVisible(page.getByText('Lieu : Bureau Luister, Antwerpen', { exact: false }));
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Move: choosing nothing names the missing choice; then the other offered time.
  await page.getByRole('button', { name: 'Déplacer l’entretien' }).click();
  await expectVisible(page.getByText('Choisissez un moment'));
  await page.getByRole('radio', { name: /2 avril/ }).check();
  await page.getByRole('button', { name: 'Déplacer l’entretien' }).click();
  await expectVisible(page.getByText(/Votre entretien est déplacé au .*2 avril/));
  await expectAccessible(page);
  // The notice of the move reaches the contact's mailbox (SMTP delivery takes a moment).
  await mailbox.waitFor(EMAIL, () => mailbox.received.filter((m) => m.to === EMAIL).length >= 3);
  expect((await mailsToAmal()).length).toBeGreaterThanOrEqual(3);

  // The same link still works and shows the new time; cancelling asks for confirmation first.
  await page.reload();
  await expectHeading(page, 'Votre entretien confidentiel');
  await expectVisible(page.getByText('Lieu : Maison des Cultures, Bruxelles', { exact: false }).first());
  await page.getByRole('button', { name: 'Annuler l’entretien' }).click();
  await expectVisible(page.getByText('Voulez-vous vraiment annuler cet entretien ?', { exact: false }));
  await page.getByRole('button', { name: 'Non, garder' }).click();
  await page.getByRole('button', { name: 'Annuler l’entretien' }).click();
  await page.getByRole('button', { name: 'Oui, annuler' }).click();
  await expectVisible(page.getByText('Votre entretien est annulé.', { exact: false }));
  await expectAccessible(page);

  // A used link says so in French.
  await page.reload();
  await expectHeading(page, 'Ce lien ne fonctionne pas (plus)');
  await expectVisible(page.getByText('Cet entretien a déjà été annulé.', { exact: false }));
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await phone.close();
}, 300_000);

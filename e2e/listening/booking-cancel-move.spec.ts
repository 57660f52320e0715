import { sealForBureau } from '@brug/vault-crypto';
import type { Browser, Locator } from 'playwright-core';
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
let waveId: string;

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
  waveId = wave.id;
  await bookConversation('Maison des Cultures', 'Amal Diallo', EMAIL, 'fr', first.id);
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  useMailbox(undefined);
  await mailbox?.close();
});

/**
 * An organisation's contact is invited and accepts a time through the public answer API (the answer
 * page has its own spec), sealing consent for the bureau as the page does.
 */
async function bookConversation(
  organisation: string,
  name: string,
  email: string,
  preferredLanguage: 'nl' | 'fr',
  slotId: string,
) {
  const { coordinator } = team;
  const org = await coordinator.session.post<{ id: string }>('/api/partners/organisations', {
    name: organisation,
    waveId,
  });
  await coordinator.session.post(`/api/partners/organisations/${org.id}/contacts`, {
    name,
    email,
    preferredLanguage,
    consentBasis: 'legitimate_interest',
    consentDate: '2026-01-01',
  });
  await coordinator.session.post('/api/outreach/invitations', {
    kind: 'interview',
    organisationIds: [org.id],
  });
  const invitation = await mailbox.waitFor(email, (m) => m.text.includes('token='));
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
      slotId,
      sealedAnswer: await sealForBureau(bureauId, publicKey, JSON.stringify(content), context),
    }),
  });
  expect(res.status).toBe(200);
}

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

/** The calendar file behind the page's link, and the name it is saved under. */
async function calendarOf(link: Locator) {
  await expectVisible(link);
  const href = (await link.getAttribute('href')) ?? '';
  expect(href.startsWith('data:text/calendar;charset=utf-8,')).toBe(true);
  return {
    ics: decodeURIComponent(href.split(',').slice(1).join(',')),
    file: await link.getAttribute('download'),
  };
}

it('[LISTENING] a contact downloads the calendar file from the booking page, in Dutch and in French, also after a move', async () => {
  const email = 'bram@buurthuis.example';
  const { researcher } = team;
  const slot = async (startsAt: string, location: string) =>
    (
      await researcher.session.post<{ id: string }>('/api/slots', {
        startsAt,
        durationMinutes: 60,
        mode: 'place',
        location,
      })
    ).id;
  const may5 = await slot(`${year}-05-05T09:00`, 'Buurthuis Noord, Antwerpen');
  await slot(`${year}-05-06T15:00`, 'Bureau Luister, Antwerpen');
  await bookConversation('Buurthuis Noord', 'Bram Peeters', email, 'nl', may5);
  const confirmation = await mailbox.waitFor(email, (m) => m.text.includes('/invitations/booking?'));
  const link = new URL(/https?:\/\/\S+\/invitations\/booking\?\S*token=[\w-]+/.exec(confirmation.text)![0]);
  expect(link.searchParams.get('lang')).toBe('nl');

  const phone = await phoneContext(browser, server.url);
  const page = await phone.newPage();
  await page.goto(`${link.pathname}${link.search}`);
  await expectHeading(page, 'Je vertrouwelijk gesprek');
  const dutch = page.getByRole('link', { name: 'Zet het gesprek in je agenda (.ics)' });
  const booked = await calendarOf(dutch);
  expect(booked.file).toBe('gesprek.ics');
  // 09:00 in Brussels in May is 07:00 UTC; an event never moved has no SEQUENCE yet.
  expect(booked.ics).toContain(`DTSTART:${year}0505T070000Z`);
  expect(booked.ics).toContain('SUMMARY:Vertrouwelijk gesprek');
  expect(booked.ics).toContain('LOCATION:Buurthuis Noord\\, Antwerpen');
  expect(booked.ics).not.toContain('SEQUENCE');
  const uid = /UID:(\S+)/.exec(booked.ics)![1];
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // After a move the file has the new time, the same UID and a raised SEQUENCE: calendars replace it.
  await page.getByRole('radio', { name: /6 mei/ }).check();
  await page.getByRole('button', { name: 'Gesprek verplaatsen' }).click();
  await expectVisible(page.getByText(/Je gesprek is verplaatst naar .*6 mei/));
  const moved = await calendarOf(page.getByRole('link', { name: 'Zet het gesprek in je agenda (.ics)' }));
  expect(moved.ics).toContain(`DTSTART:${year}0506T130000Z`);
  expect(moved.ics).toContain(`UID:${uid}`);
  expect(moved.ics).toContain('SEQUENCE:1');
  await expectAccessible(page);

  // The same link in French: the link's text, the file's name and its contents follow the page.
  link.searchParams.set('lang', 'fr');
  await page.goto(`${link.pathname}${link.search}`);
  await expectHeading(page, 'Votre entretien confidentiel');
  const french = await calendarOf(
    page.getByRole('link', { name: 'Ajouter l’entretien à votre agenda (.ics)' }),
  );
  expect(french.file).toBe('entretien.ics');
  expect(french.ics).toContain('SUMMARY:Entretien confidentiel');
  expect(french.ics).toContain(`DTSTART:${year}0506T130000Z`);
  expect(french.ics).toContain('SEQUENCE:1');
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await phone.close();
}, 300_000);

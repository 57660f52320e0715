import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, createTeam, createUser, type Team, useMailbox } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { type Mailbox, startMailbox } from '../support/mailbox.ts';
import { expectHeading, expectVisible, field } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';

let server: BrugServer;
let browser: Browser;
let mailbox: Mailbox;
let team: Team;
let samira: ApiSession;
let julie: ApiSession;

beforeAll(async () => {
  // Personal links reach only their recipient: the colleagues' mailboxes, on a real SMTP server.
  mailbox = await startMailbox();
  useMailbox(mailbox);
  [server, browser] = await Promise.all([startServer({ env: { SMTP_URL: mailbox.url } }), launchBrowser()]);
  team = await createTeam(server);
  samira = await createUser(team.admin.session, {
    email: 'samira@brug.test',
    displayName: 'Samira El Idrissi',
    role: 'colleague',
  });
  julie = await createUser(team.admin.session, {
    email: 'julie@brug.test',
    displayName: 'Julie Lambert',
    role: 'colleague',
    language: 'fr',
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  useMailbox(undefined);
  await mailbox?.close();
});

/** A Saturday two to three weeks ahead, as YYYY-MM-DD. */
function nextSaturday(): string {
  const d = new Date(Date.now() + 14 * 86_400_000);
  d.setUTCDate(d.getUTCDate() + ((6 - d.getUTCDay() + 7) % 7));
  return d.toISOString().slice(0, 10);
}

/** The page's h1; generous wait, the machine running the suite can be busy. */
const heading = (page: Page, text: string) => expectHeading(page, text, 45_000);

async function openAs(session: ApiSession, phone = false): Promise<Page> {
  const context = phone ? await phoneContext(browser, server.url) : await desktopContext(browser, server.url);
  await session.signIn(context);
  return context.newPage();
}

describe('[VOLUNTEERS] recruiting colleagues and matching them to a workshop', () => {
  it('[VOLUNTEERS] a call, two applications (one in French), selection, an Arabic speaker matched for Saturday who accepts from the e-mail and sees it in her calendar', async () => {
    // The coordinator publishes a call and e-mails it to the zone's colleagues.
    const coordinator = await openAs(team.coordinator.session);
    await coordinator.goto('/volunteers/calls');
    await heading(coordinator, "Oproepen voor collega's");
    await field(coordinator, 'Titel').fill("Collega's gezocht voor workshops");
    await field(coordinator, 'Tekst van de oproep').fill('Bouw mee aan vertrouwen tussen politie en buurt.');
    await field(coordinator, 'Wat we vragen').fill('Workshops in scholen en verenigingen');
    await field(coordinator, 'Tijdsinvestering').fill('Vier uur per maand');
    await coordinator.getByRole('button', { name: 'Oproep bewaren' }).click();
    await coordinator.getByRole('button', { name: 'Publiceren' }).click();
    await expectVisible(coordinator.getByText('Gepubliceerd'));
    await expectAccessible(coordinator);
    const outbox = await team.admin.session.get<{ items: { to: string; subject: string; text: string }[] }>(
      '/api/outbox?pageSize=200',
    );
    expect(outbox.items.some((m) => m.to === 'julie@brug.test' && m.subject.startsWith('Appel'))).toBe(true);

    // Samira applies from her phone, in Dutch: she speaks Arabic and is free on weekends.
    const phone = await openAs(samira, true);
    await phone.goto('/volunteers/calls');
    await phone.getByRole('link', { name: 'Stel je kandidaat' }).click();
    await heading(phone, 'Kandidaat stellen als vrijwilliger');
    await expectAccessible(phone);
    await field(phone, 'Motivatie').fill('Ik wil jongeren in Borgerhout tonen wat de politie doet.');
    await field(phone, 'Dienst of eenheid').fill('Wijkwerking Noord');
    await field(phone, 'District').selectOption('Borgerhout');
    await phone.getByRole('button', { name: 'Taal toevoegen' }).click();
    await phone.getByLabel('Taal 2', { exact: true }).selectOption({ label: 'Arabisch' });
    await phone.getByLabel('Niveau taal 2').selectOption({ label: 'moedertaal' });
    await phone.getByLabel('Weekends').check();
    await field(phone, 'Maximum uren per maand (0 tot 200)').fill('10');
    await phone.getByRole('button', { name: 'Kandidatuur versturen' }).click();
    await heading(phone, 'Mijn engagement');
    await expectVisible(phone.getByText('Status: Kandidaat'));

    // Julie applies in French.
    const french = await openAs(julie);
    await french.goto('/volunteers/apply');
    await heading(french, 'Poser sa candidature comme volontaire');
    await field(french, 'Motivation').fill('Je veux rapprocher la police des jeunes du quartier.');
    await field(french, 'Service ou unité').fill('Intervention');
    await field(french, 'District').selectOption('Borgerhout');
    await french.getByLabel('Week-ends').check();
    await field(french, "Maximum d'heures par mois (0 à 200)").fill('8');
    await french.getByRole('button', { name: 'Envoyer ma candidature' }).click();
    await heading(french, 'Mon engagement');

    // The coordinator accepts both and makes them active.
    await coordinator.goto('/volunteers');
    await heading(coordinator, 'Vrijwilligers');
    for (const name of ['Samira El Idrissi', 'Julie Lambert']) {
      await coordinator.getByRole('button', { name: `Aanvaarden: ${name}`, exact: true }).click();
      await coordinator.getByRole('button', { name: `Activeren: ${name}`, exact: true }).click();
      await expectVisible(coordinator.getByRole('button', { name: `Op inactief zetten: ${name}` }));
    }
    await expectAccessible(coordinator);

    // A workshop on Saturday needs an Arabic speaker: Samira comes first, and the page says why.
    await coordinator.goto('/volunteers/matching');
    await heading(coordinator, "Collega's zoeken voor een activiteit");
    await field(coordinator, 'Activiteit').fill('Workshop Werken bij de politie');
    await field(coordinator, 'Datum').fill(nextSaturday());
    await field(coordinator, 'Taal nodig').selectOption({ label: 'Arabisch' });
    await field(coordinator, 'District').selectOption('Borgerhout');
    await coordinator.getByRole('button', { name: 'Zoeken' }).click();
    const ranked = coordinator.getByTestId('ranked');
    await expectVisible(ranked.first());
    expect(await ranked.first().getAttribute('aria-label')).toBe('Samira El Idrissi');
    expect((await ranked.first().textContent()) ?? '').toContain('spreekt Arabisch (moedertaal)');
    expect((await ranked.first().textContent()) ?? '').toContain('Beschikbaar: weekends');
    expect((await ranked.nth(1).textContent()) ?? '').toContain('spreekt geen Arabisch');
    // No topic was asked: the score says so instead of "0 van 0".
    expect((await ranked.first().textContent()) ?? '').toContain(
      'Onderwerpen 40/40: geen onderwerp gevraagd',
    );
    await expectAccessible(coordinator);
    await coordinator.getByRole('button', { name: "Geselecteerde collega's uitnodigen (1)" }).click();
    await expectVisible(coordinator.getByText('Uitnodigingen verstuurd: 1'));

    // Samira accepts with one click from the e-mail (in her mailbox), twice without harm.
    const invitation = await mailbox.waitFor('samira@brug.test', (m) => m.text.includes('answer=accept'));
    const link = /(https?:\/\/\S+\/volunteers\/respond\?token=[\w-]+&answer=accept)/.exec(
      invitation!.text,
    )![1];
    const url = new URL(link);
    await phone.goto(url.pathname + url.search);
    await heading(phone, 'Antwoord op een vraag');
    await expectVisible(phone.getByText('Bedankt! Je doet mee.'));
    await expectAccessible(phone);
    await phone.goto(url.pathname + url.search);
    await expectVisible(phone.getByText('Bedankt! Je doet mee.'));

    // She subscribes to her calendar feed: the workshop is in it.
    await phone.goto('/volunteers/me');
    await expectVisible(phone.getByText('Workshop Werken bij de politie'));
    await phone.getByRole('button', { name: 'Agendalink maken' }).click();
    const feedUrl = (await phone.getByLabel('Je persoonlijke agendalink').inputValue()).trim();
    const ics = await (await fetch(new URL(new URL(feedUrl).pathname, server.url))).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Workshop Werken bij de politie');
    expect(ics).toContain('STATUS:CONFIRMED');
    await expectAccessible(phone);
  }, 480_000);
});

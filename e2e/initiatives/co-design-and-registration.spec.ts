import { findingContext } from '@brug/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, createTeam, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible, field } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';
import { createSealedInterview, createVaultViaApi } from '../support/vault.ts';

let server: BrugServer;
let browser: Browser;
let team: Team;
const FINDINGS = [
  'Jongeren kennen hun rechten bij een identiteitscontrole niet.',
  'Ouders willen weten hoe ze de wijkagent kunnen bereiken.',
];
/** The bureau translated the first finding; the second is only in Dutch. */
const TRANSLATIONS: Record<string, Record<string, string>> = {
  [FINDINGS[0]]: {
    fr: 'Les jeunes ne connaissent pas leurs droits lors d’un contrôle d’identité.',
    en: 'Young people do not know their rights during an identity check.',
  },
};

/** Two published findings, through the research bureau's own path (vault, interviews, publication gate). */
async function publishFindings(admin: ApiSession, researcher: ApiSession) {
  await admin.post('/api/bureau', { name: 'Bureau Luister' });
  await admin.post('/api/bureau/members', { userId: researcher.me.user.id });
  const { vault } = await createVaultViaApi(researcher, 'lange kluiszin van de onderzoeker');
  const sources: string[] = [];
  for (let i = 1; i <= 3; i++)
    sources.push((await createSealedInterview(researcher, vault, { source: `Organisatie ${i}` })).id);
  for (const statement of FINDINGS) {
    const id = crypto.randomUUID();
    const draft = {
      statement,
      translations: {},
      theme: '',
      sourceIds: sources,
      codeIds: [],
      breakdown: null,
    };
    await researcher.post('/api/findings', {
      id,
      kind: 'need',
      sealedDraft: await vault.seal(JSON.stringify(draft), findingContext.draft(id)),
    });
    await researcher.post(`/api/findings/${id}/publish`, {
      statement,
      translations: TRANSLATIONS[statement] ?? {},
      theme: '',
      sourceIds: sources,
      breakdown: null,
    });
  }
}

// On a busy shared machine the server can take minutes to start.
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ timeoutMs: 420_000 }), launchBrowser()]);
  team = await createTeam(server);
  await publishFindings(team.admin.session, team.researcher.session);
  const org = await team.coordinator.session.post<{ id: string }>('/api/partners/organisations', {
    name: 'Jeugdhuis De Brug',
    focusAreas: ['youth'],
    districts: ['Borgerhout'],
    postcode: '2140',
    city: 'Borgerhout',
  });
  await team.coordinator.session.post(`/api/partners/organisations/${org.id}/contacts`, {
    name: 'Contactpersoon jeugdhuis',
    consentBasis: 'consent',
    consentDate: '2026-01-01',
    userId: team.partner.session.me.user.id,
  });
  // Kim, a colleague in the volunteer pool, available on weekdays, evenings and weekends.
  const kim = await team.colleague.session.post<{ id: string }>('/api/volunteers/applications', {
    motivation: 'Ik wil jongeren in Borgerhout tonen wat de politie doet.',
    unit: 'Wijkwerking Noord',
    district: 'Borgerhout',
    languages: [{ code: 'nl', level: 'native' }],
    availability: { patterns: ['weekdays', 'evenings', 'weekends'], dates: [] },
    maxHoursPerMonth: 20,
  });
  for (const status of ['accepted', 'active'])
    await team.coordinator.session.post(`/api/volunteers/${kim.id}/status`, { status });
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openAs(session: ApiSession | null, phone = false): Promise<Page> {
  const context = phone ? await phoneContext(browser, server.url) : await desktopContext(browser, server.url);
  if (session) await session.signIn(context);
  return context.newPage();
}

let attempt = 0;

const localInput = (daysAhead: number, hour: number) => {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  d.setHours(hour, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:00`;
};

describe('[INITIATIVES] from an idea to a co-designed workshop with public registration', () => {
  it('[INITIATIVES] a partner submits an idea, the coordinator turns it into a workshop answering two findings, the partner confirms, people register from a phone (one in Arabic), a cancellation moves the waiting list up, a colleague is matched and invited for a session, a session is moved and cancelled, attendance is checked in from a phone, and the coverage view shows both findings answered', async () => {
    // A retry starts from the first attempt's data: its own title keeps the two apart.
    attempt += 1;
    const title = `Workshop: je rechten bij een controle${attempt > 1 ? ` (${attempt})` : ''}`;

    // A partner contact submits an idea from a phone, without their name.
    const partner = await openAs(team.partner.session, true);
    await partner.goto('/ideas');
    await expectHeading(partner, 'Ideeënbus');
    await field(partner, 'Titel').fill(title);
    await field(partner, 'Beschrijving').fill('Jongeren en agenten praten samen over wat mag en moet.');
    await partner.getByLabel('Mijn naam tonen').uncheck();
    await partner.getByRole('button', { name: 'Idee indienen' }).click();
    await expectVisible(partner.getByRole('heading', { name: title }));
    await expectAccessible(partner);

    // The coordinator sees it without the name and turns it into a workshop.
    const coordinator = await openAs(team.coordinator.session);
    await coordinator.goto('/ideas');
    await expectVisible(coordinator.getByRole('heading', { name: title }));
    await expectVisible(coordinator.getByText('Zonder naam'));
    // The coordinator comments on the idea; the partner reads it under their idea.
    const ideaCard = coordinator.getByRole('article', { name: title, exact: true });
    await ideaCard.getByRole('button', { name: 'Reacties tonen' }).click();
    await expectVisible(ideaCard.getByText('Nog geen reacties.'));
    await field(ideaCard, 'Jouw reactie').fill('Mooi idee: kan het ook in het jeugdhuis?');
    await ideaCard.getByRole('button', { name: 'Reageren' }).click();
    // In the list of comments: the text box still holds the words as text until the comment is saved.
    await expectVisible(ideaCard.getByRole('listitem').getByText('Mooi idee: kan het ook in het jeugdhuis?'));
    await expectAccessible(coordinator);
    await partner.reload();
    const ownIdea = partner.getByRole('article', { name: title, exact: true });
    await expectVisible(ownIdea.getByText('Jouw idee'));
    await ownIdea.getByRole('button', { name: 'Reacties tonen' }).click();
    await expectVisible(ownIdea.getByText('Mooi idee: kan het ook in het jeugdhuis?'));
    await ideaCard.getByRole('button', { name: 'Omzetten in initiatief' }).click();
    await coordinator.getByRole('link', { name: 'Naar het initiatief' }).click();
    await expectHeading(coordinator, title);

    // … linked to the two published findings and co-owned by the partner's organisation.
    await field(coordinator, 'Gepubliceerde bevindingen en noden die het beantwoordt').first().click();
    for (const f of FINDINGS) await coordinator.getByRole('option', { name: f }).click();
    await coordinator.keyboard.press('Escape');
    await field(coordinator, 'Mede-eigenaars (partnerorganisaties)').first().click();
    await coordinator.getByRole('option', { name: 'Jeugdhuis De Brug' }).click();
    await coordinator.keyboard.press('Escape');
    await coordinator.getByRole('button', { name: 'Bewaren' }).click();
    await expectVisible(coordinator.getByText('Beantwoordt 2 gepubliceerde bevinding(en)'));
    await coordinator.getByRole('button', { name: 'Naar co-creatie' }).click();
    await expectVisible(coordinator.getByText('Co-creatie', { exact: true }));
    await expectAccessible(coordinator);

    // Planning waits for the partner's confirmation.
    await coordinator.getByRole('button', { name: 'Plannen' }).click();
    await expectVisible(coordinator.getByRole('alert'));
    const initiativeId = coordinator.url().split('/').at(-1)!;
    await partner.goto(`/initiatives/${initiativeId}`);
    await expectHeading(partner, title);
    await partner.getByRole('button', { name: 'Afgestemd op onze noden' }).click();
    // The badge beside the organisation now reads the same as the button.
    await expect.poll(() => partner.getByText('Afgestemd op onze noden', { exact: true }).count()).toBe(2);
    // A material change to the proposal asks the partner to confirm again.
    await coordinator.reload();
    await expectHeading(coordinator, title);
    await expectVisible(coordinator.getByText('vraagt de partners opnieuw te bevestigen', { exact: false }));
    await field(coordinator, 'Beschrijving').fill(
      'Jongeren, meisjes en agenten praten samen over wat mag en moet.',
    );
    await field(coordinator, 'Doelen (één per regel)').fill('Rechten kennen\nElkaar leren kennen');
    await field(coordinator, 'Budget (euro)').fill('250');
    await coordinator.getByRole('button', { name: 'Bewaren' }).click();
    await expectVisible(coordinator.getByText('Nog niet bevestigd', { exact: true }));
    await expectVisible(coordinator.getByRole('row', { name: /Budget \(euro\).*250/ }));
    await expectVisible(coordinator.getByRole('listitem').filter({ hasText: 'Elkaar leren kennen' }));
    await coordinator.getByRole('button', { name: 'Plannen' }).click();
    await expectVisible(coordinator.getByRole('alert'));
    await partner.reload();
    await expectHeading(partner, title);
    await partner.getByRole('button', { name: 'Afgestemd op onze noden' }).click();
    await expect.poll(() => partner.getByText('Afgestemd op onze noden', { exact: true }).count()).toBe(2);
    await coordinator.reload();
    await expectHeading(coordinator, title);
    await coordinator.getByRole('button', { name: 'Plannen' }).click();
    await expectVisible(coordinator.getByText('Gepland', { exact: true }));

    // Two sessions; the first has two places and asks for a colleague.
    for (const [index, [days, capacity]] of (
      [
        [10, '2'],
        [17, '20'],
      ] as const
    ).entries()) {
      await field(coordinator, 'Begin').fill(localInput(days, 18));
      await field(coordinator, 'Einde').fill(localInput(days, 20));
      await field(coordinator, 'Plaats').fill('Jeugdhuis De Brug, Borgerhout');
      await field(coordinator, 'Capaciteit').fill(capacity);
      await field(coordinator, 'Benodigde collega’s').fill('1');
      await coordinator.getByRole('button', { name: 'Sessie toevoegen' }).click();
      // The form empties once the session is saved; only then is it ready for the next one.
      await expect
        .poll(() => coordinator.getByTestId('activity').count(), { timeout: 15_000 })
        .toBe(index + 1);
    }
    const activities = await team.coordinator.session.get<{ id: string; capacity: number }[]>(
      `/api/activities?initiativeId=${initiativeId}`,
    );
    const session = activities.find((a) => a.capacity === 2)!;

    // People register from a phone, without an account; one in Arabic, right to left.
    const register = async (name: string, arabic = false) => {
      const page = await openAs(null, true);
      await page.goto(`/activities/${session.id}/register`);
      await expectHeading(page, title);
      if (arabic) {
        await page.getByLabel('Taal', { exact: true }).last().selectOption('ar');
        await expectVisible(page.locator('[dir="rtl"][lang="ar"]'));
        await field(page, 'الاسم أو اللقب').fill(name);
        await page.getByRole('button', { name: 'سجّل' }).click();
        await expectVisible(page.getByText('تم تأكيد تسجيلك'));
        await expectAccessible(page);
      } else {
        await field(page, 'Naam of bijnaam').fill(name);
        await page.getByRole('button', { name: /Inschrijven|Op de wachtlijst zetten/ }).click();
      }
      return page;
    };
    const sam = await register('Sam');
    await expectVisible(sam.getByText('Je inschrijving is bevestigd'));
    await register('Yasmina', true);
    const dirk = await register('Dirk');
    await expectVisible(dirk.getByText('Je staat op de wachtlijst (plaats 1)'));
    await expectAccessible(dirk);
    await dirk.getByRole('link', { name: 'Mijn inschrijving bekijken of annuleren' }).click();
    await expectHeading(dirk, 'Mijn inschrijving');
    const dirkLink = dirk.url();

    // Sam cancels through his own link; Dirk, first on the waiting list, moves up.
    await sam.getByRole('link', { name: 'Mijn inschrijving bekijken of annuleren' }).click();
    await sam.getByRole('button', { name: 'Inschrijving annuleren' }).click();
    await expectVisible(sam.getByText('Je inschrijving is geannuleerd.'));
    await dirk.goto(dirkLink);
    await expectVisible(dirk.getByTestId('registration-status').getByText('Je inschrijving is bevestigd'));
    // His page shows what he registered for, as it stands now.
    await expectVisible(dirk.getByText('Jeugdhuis De Brug, Borgerhout'));
    await expectAccessible(dirk);

    const after = await team.coordinator.session.get<{ confirmedPeople: number; waitingPeople: number }>(
      `/api/activities/${session.id}`,
    );
    expect(after).toMatchObject({ confirmedPeople: 2, waitingPeople: 0 });

    // The coordinator finds a colleague for the first session through its matching page and invites Kim.
    await coordinator.goto(`/initiatives/${initiativeId}`);
    await expectHeading(coordinator, title);
    const first = coordinator.getByTestId('activity').filter({ hasText: 'van 2 plaatsen' });
    await first.getByRole('link', { name: "Collega's zoeken (matching)" }).click();
    await expectHeading(coordinator, `Collega’s voor deze sessie: ${title}`);
    await expectVisible(coordinator.getByText('Nog niemand gevraagd.'));
    await coordinator.getByRole('button', { name: 'Collega’s zoeken' }).click();
    const kim = coordinator.getByRole('checkbox', { name: /Kim Collega/ });
    await expectVisible(kim);
    expect(await kim.isChecked()).toBe(true);
    await expectAccessible(coordinator);
    await coordinator.getByRole('button', { name: 'Geselecteerde collega’s uitnodigen (1)' }).click();
    await expectVisible(coordinator.getByText('Uitnodigingen verstuurd: 1'));
    await expectVisible(
      coordinator.getByRole('listitem').filter({ hasText: 'Kim Collega' }).getByText('Uitgenodigd'),
    );
    const staffing = await team.coordinator.session.get<{ assignments: { status: string }[] }>(
      `/api/volunteer-activities/${session.id}`,
    );
    expect(staffing.assignments).toMatchObject([{ status: 'invited' }]);

    // The second session moves to another place, then is cancelled.
    await coordinator.goto(`/initiatives/${initiativeId}`);
    await expectHeading(coordinator, title);
    const second = coordinator.getByTestId('activity').filter({ hasText: 'van 20 plaatsen' });
    await second.getByRole('button', { name: 'Sessie wijzigen' }).click();
    await field(second, 'Plaats').fill('Buurthuis Noord, Borgerhout');
    await second.getByRole('button', { name: 'Bewaren' }).click();
    await expectVisible(second.getByText('Buurthuis Noord, Borgerhout'));
    await expectAccessible(coordinator);
    await second.getByRole('button', { name: 'Sessie annuleren' }).click();
    await coordinator.getByRole('dialog').getByRole('button', { name: 'Sessie annuleren' }).click();
    await expectVisible(second.getByText('Geannuleerd'));
    const cancelledSession = activities.find((a) => a.capacity === 20)!;
    const visitor = await openAs(null, true);
    await visitor.goto(`/activities/${cancelledSession.id}/register`);
    await expectHeading(visitor, title);
    await expectVisible(visitor.getByText('Deze activiteit is geannuleerd.'));

    // A session starting within the hour: attendance is recorded at the door from a phone.
    const soon = new Date(Date.now() + 30 * 60_000);
    const door = await team.coordinator.session.post<{ id: string }>(
      `/api/initiatives/${initiativeId}/activities`,
      {
        startsAt: soon.toISOString(),
        endsAt: new Date(soon.getTime() + 90 * 60_000).toISOString(),
        place: 'Jeugdhuis De Brug, Borgerhout',
        capacity: 10,
      },
    );
    for (const [name, people] of [
      ['Nadia', 2],
      ['Tom', 1],
    ] as const)
      await fetch(`${server.url}/api/public/activities/${door.id}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, people }),
      });
    const phone = await openAs(team.coordinator.session, true);
    await phone.goto(`/activities/${door.id}/check-in`);
    await expectHeading(phone, `Check-in: ${title}`);
    await phone.getByRole('checkbox', { name: 'Nadia (2 personen)' }).check();
    await expectVisible(phone.getByText('bewaard: 2'));
    await field(phone, 'Zonder inschrijving gekomen').fill('3');
    await phone.getByRole('button', { name: 'Bewaren' }).click();
    await expectVisible(phone.getByText('Aanwezig: 5 (capaciteit 10) · bewaard: 5'));
    await expectAccessible(phone);
    const recorded = await team.coordinator.session.get<{ attendance: number }>(`/api/activities/${door.id}`);
    expect(recorded.attendance).toBe(5);
    const registrations = await team.coordinator.session.get<{ name: string; checkedIn: boolean }[]>(
      `/api/activities/${door.id}/registrations`,
    );
    expect(registrations.map((r) => `${r.name}:${r.checkedIn}`)).toEqual(['Nadia:true', 'Tom:false']);

    // The coverage view shows both findings answered by the workshop.
    await coordinator.goto('/initiatives/coverage');
    await expectHeading(coordinator, 'Antwoord op bevindingen');
    for (const f of FINDINGS) {
      const row = coordinator.getByRole('row', { name: new RegExp(f.slice(0, 30)) });
      await expectVisible(row.getByRole('link', { name: title }));
    }
    await expectAccessible(coordinator);
  }, 480_000);
  it('[INITIATIVES] the findings picker names each published finding in the reader’s language, else as written', async () => {
    const initiative = await team.coordinator.session.post<{ id: string }>('/api/initiatives', {
      type: 'workshop',
      title: 'Infoavond voor ouders',
    });
    const page = await openAs(team.coordinator.session, true);
    await page.goto(`/initiatives/${initiative.id}`);
    await expectHeading(page, 'Infoavond voor ouders');
    // A new initiative says what it does not have yet, instead of showing empty boxes.
    await expectVisible(page.getByText('Nog geen partnerorganisaties gekoppeld.'));
    await expectVisible(page.getByText('Nog geen activiteiten gepland.'));
    await field(page, 'Gepubliceerde bevindingen en noden die het beantwoordt').first().click();
    for (const f of FINDINGS) await expectVisible(page.getByRole('option', { name: f }));
    await page.keyboard.press('Escape');
    // The header's picker: the same picker in French, without a reload.
    await page.getByTestId('language-switcher').selectOption('fr');
    await expectVisible(page.getByText('Aucune activité prévue pour l’instant.'));
    await field(page, 'Constats publiés et besoins auxquels elle répond').first().click();
    await expectVisible(page.getByRole('option', { name: TRANSLATIONS[FINDINGS[0]].fr }));
    // Not translated: the statement as the bureau wrote it.
    await expectVisible(page.getByRole('option', { name: FINDINGS[1] }));
    expect(await page.getByRole('option', { name: FINDINGS[0] }).count()).toBe(0);
    await page.getByRole('option', { name: TRANSLATIONS[FINDINGS[0]].fr }).click();
    await page.keyboard.press('Escape');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect
      .poll(
        async () =>
          (await team.coordinator.session.get<{ findingIds: string[] }>(`/api/initiatives/${initiative.id}`))
            .findingIds.length,
      )
      .toBe(1);
    await team.coordinator.session.patch('/api/me', { language: 'nl' });
    await page.context().close();
  }, 240_000);
});

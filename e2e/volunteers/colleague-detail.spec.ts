import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { launchBrowser, phoneContext } from '../support/browser.ts';
import { expectVisible, field } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';

let server: BrugServer;
let browser: Browser;
let team: Team;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  team = await createTeam(server);
  await team.colleague.session.post('/api/volunteers/applications', {
    motivation: 'Ik wil het vertrouwen in mijn wijk versterken.',
    unit: 'Wijkwerking Noord',
    district: 'Borgerhout',
    languages: [{ code: 'nl', level: 'native' }],
    topicIds: [],
    availability: { patterns: ['weekdays', 'evenings', 'weekends'], dates: [] },
    maxHoursPerMonth: 8,
  });
  // Selected, active and asked for an activity three weeks ahead.
  const [v] = (await team.coordinator.session.get<{ items: { id: string }[] }>('/api/volunteers')).items;
  for (const status of ['accepted', 'active'])
    await team.coordinator.session.post(`/api/volunteers/${v.id}/status`, { status });
  const day = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  const activity = await team.coordinator.session.post<{ activityId: string }>('/api/volunteer-activities', {
    title: 'Infosessie in de bib',
    startsAt: `${day}T10:00:00Z`,
    endsAt: `${day}T12:00:00Z`,
    needed: 1,
  });
  await team.coordinator.session.post(`/api/volunteer-activities/${activity.activityId}/invitations`, {
    volunteerIds: [v.id],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('[VOLUNTEERS] on a phone the coordinator opens a colleague from the pool and adds an internal note and a training, then cancels an assignment', async () => {
  const context = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(context);
  const page = await context.newPage();
  const name = team.colleague.user.displayName;

  await page.goto('/volunteers');
  await page.getByRole('link', { name }).click();
  await expectVisible(page.getByRole('heading', { level: 1, name }), 45_000);
  await expectVisible(page.getByText('Intern: deze notities ziet de collega nooit.'));

  // An empty note is refused on its field.
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expectVisible(page.getByText('Vul dit veld in.'));

  await field(page, 'Nieuwe interne notitie').fill('Kennismaking was warm; wil vooral in scholen werken.');
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expectVisible(
    page.getByText('Kennismaking was warm; wil vooral in scholen werken.', { exact: false }),
  );

  await field(page, 'Opleiding').fill('Gespreksvaardigheden');
  await field(page, 'Gevolgd op').fill('2026-10-15');
  await page.getByRole('button', { name: 'Opleiding toevoegen' }).click();
  await expectVisible(page.getByText('Gespreksvaardigheden — 2026-10-15'));

  // The colleague's own view never shows the internal note.
  const own = await team.colleague.session.get<Record<string, unknown>>('/api/volunteers/me');
  expect(JSON.stringify(own)).not.toContain('Kennismaking');

  // Cancelling the assignment asks first, with an optional reason for the colleague.
  await page.getByRole('button', { name: 'Inzet annuleren: Infosessie in de bib' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inzet annuleren' });
  await field(dialog, 'Reden voor de collega (optioneel)').fill('De bib is die dag gesloten.');
  // Asking the next colleague is on by default; the coordinator will pick someone herself.
  const next = dialog.getByLabel('Meteen de volgende collega in de rangschikking vragen');
  expect(await next.isChecked()).toBe(true);
  await next.uncheck();
  // Check the dialog once its opening transition has finished, not half faded in.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Annuleren en collega verwittigen' }).click();
  await expectVisible(page.getByRole('cell', { name: 'Geannuleerd' }));
  // Check the page once the dialog has faded out, not while it still dims the page.
  await dialog.waitFor({ state: 'hidden' });
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  expect(await page.getByRole('button', { name: 'Inzet annuleren: Infosessie in de bib' }).count()).toBe(0);

  await expectAccessible(page);
  await context.close();
});

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
    availability: { patterns: ['weekends'], dates: [] },
    maxHoursPerMonth: 8,
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('[VOLUNTEERS] on a phone the coordinator opens a colleague from the pool and adds an internal note and a training', async () => {
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

  await expectAccessible(page);
  await context.close();
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible, fitsPhone } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';

let server: BrugServer;
let browser: Browser;
let team: Team;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  team = await createTeam(server);
  const coordinator = team.coordinator.session;
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await coordinator.post('/api/partners/tasks', {
    title: 'Jeugdhuis terugbellen',
    dueOn: yesterday,
    assigneeId: coordinator.me.user.id,
  });
  await team.colleague.session.post('/api/ideas', {
    title: 'Voetbal in het park',
    description: 'Samen sporten',
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('[FOUNDATION] the coordinator’s home on a phone says what waits and leads there', async () => {
  const context = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(context);
  const page = await context.newPage();
  await page.goto('/');
  await expectHeading(page, /Welkom/);
  const now = page.getByRole('region', { name: 'Wat nu op je wacht' });
  await expectVisible(now.getByRole('link', { name: '1 taak over tijd' }));
  await expectVisible(now.getByRole('link', { name: '1 nieuw idee' }));
  await expectAccessible(page);
  await fitsPhone(page);
  await now.getByRole('link', { name: '1 taak over tijd' }).click();
  await page.waitForURL('**/partners/tasks');
  await context.close();
});

it('[FOUNDATION] the admin’s home on a desktop, in French, lists the set-up still to do', async () => {
  await team.admin.session.patch('/api/me', { language: 'fr' });
  const context = await desktopContext(browser, server.url);
  await team.admin.session.signIn(context);
  const page = await context.newPage();
  await page.goto('/');
  await expectHeading(page, /Bienvenue/);
  const now = page.getByRole('region', { name: 'Ce qui vous attend' });
  await expectVisible(now.getByRole('link', { name: 'Aucun bureau de recherche enregistré' }));
  expect(await page.getByText('Welkom').count()).toBe(0);
  await expectAccessible(page);
  await team.admin.session.patch('/api/me', { language: 'nl' });
  await context.close();
});

it('[FOUNDATION] a colleague with nothing waiting is told so, in French on a phone', async () => {
  await team.colleague.session.patch('/api/me', { language: 'fr' });
  const context = await phoneContext(browser, server.url);
  await team.colleague.session.signIn(context);
  const page = await context.newPage();
  await page.goto('/');
  await expectVisible(page.getByText('Rien ne vous attend pour l’instant.', { exact: false }));
  await expectAccessible(page);
  await fitsPhone(page);
  await team.colleague.session.patch('/api/me', { language: 'nl' });
  await context.close();
});

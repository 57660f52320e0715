import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible, field } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';

let server: BrugServer;
let browser: Browser;
let team: Team;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  team = await createTeam(server);
  // Stays in the list: once it shows, the list has loaded.
  await createSurvey(control);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const control = 'Vaste bevraging';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const builtIn = [
  { code: 'nl', name: 'Nederlands', rtl: false },
  { code: 'fr', name: 'Français', rtl: false },
  { code: 'en', name: 'English', rtl: false },
];
const createSurvey = (title: string) =>
  team.coordinator.session.post<{ id: string; publicId: string }>('/api/surveys', {
    title: { nl: title },
    kind: 'pulse',
    opensOn: day(-1),
    closesOn: day(30),
    definition: {
      languages: builtIn,
      questions: [
        { kind: 'item', id: 'ess_trust_police', itemId: 'ess_trust_police' },
        { kind: 'item', id: 'ess_d15_respect', itemId: 'ess_d15_respect' },
      ],
    },
  });
const status = async (path: string) =>
  (await fetch(`${server.url}${path}`, { headers: { cookie: team.coordinator.session.cookie } })).status;
/** Waits until the dialog's fade-in or fade-out has ended (axe reads colours mid-fade otherwise). */
const settled = (page: import('playwright-core').Page) =>
  expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
/** Titles unique per attempt: a retried test never meets the survey of the attempt before. */
const unique = (title: string) => `${title} ${randomBytes(2).toString('hex')}`;
const answer = (publicId: string) =>
  fetch(`${server.url}/api/public/surveys/${publicId}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      language: 'nl',
      deviceToken: randomBytes(16).toString('hex'),
      answers: { ess_trust_police: 6 },
    }),
  });

it('[SURVEYS] a coordinator edits a survey nobody answered on a phone, then deletes it after confirming', async () => {
  const title = unique('Wijkpeiling najaar');
  const survey = await createSurvey('Wijkpeiling voorjaar');
  const context = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(context);
  const page = await context.newPage();
  await page.goto(`/surveys/${survey.id}`);
  await expectHeading(page, 'Wijkpeiling voorjaar');
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await expectHeading(page, 'Bevraging bewerken');
  await field(page, 'Titel (Nederlands)').fill(title);
  // An end before the start is refused in Dutch, on the field and in the alert that names it.
  await field(page, 'Open tot en met').fill(day(-5));
  await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await expectVisible(page.getByRole('alert').getByText('Open tot en met: Het einde ligt vóór het begin.'));
  expect(await page.getByRole('alert').textContent()).not.toMatch(/opensOn|closesOn|must not/);
  expect(
    (await team.coordinator.session.get<{ closesOn: string }>(`/api/surveys/${survey.id}`)).closesOn,
  ).not.toBe(day(-5));
  await field(page, 'Open tot en met').fill(day(45));
  await page.getByRole('checkbox', { name: /Hoe vaak zou u zeggen dat de politie mensen/ }).uncheck();
  await page.getByRole('checkbox', { name: /Hoe succesvol vindt u de politie/ }).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await page.waitForURL(new RegExp(`/surveys/${survey.id}$`));
  await expectHeading(page, title);
  await expectVisible(page.getByText(`${day(-1)} – ${day(45)}`));
  const saved = await team.coordinator.session.get<{ definition: { questions: { itemId: string }[] } }>(
    `/api/surveys/${survey.id}`,
  );
  expect(saved.definition.questions.map((q) => q.itemId)).toEqual([
    'ess_trust_police',
    'ess_d12_prevent_violence',
  ]);

  await page.getByRole('button', { name: 'Verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verwijderen' });
  await expectVisible(dialog.getByText(/definitief verwijderd/));
  await settled(page);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await status(`/api/surveys/${survey.id}`)).toBe(200);

  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await page.waitForURL(/\/surveys$/);
  await expectHeading(page, 'Bevragingen');
  await expectVisible(page.getByRole('link', { name: control }));
  expect(await page.getByRole('link', { name: title }).count()).toBe(0);
  expect(await status(`/api/surveys/${survey.id}`)).toBe(404);
  await context.close();
});

it('[SURVEYS] a coordinator closes an answered survey early with the keyboard only, then archives it', async () => {
  const title = unique('Peiling jeugdwerking');
  const survey = await createSurvey(title);
  for (let i = 0; i < 5; i++) expect((await answer(survey.publicId)).status).toBe(201);
  const context = await desktopContext(browser, server.url);
  await team.coordinator.session.signIn(context);
  const page = await context.newPage();
  await page.goto(`/surveys/${survey.id}`);
  await expectHeading(page, title);
  // Answered: it can be archived, not deleted.
  expect(await page.getByRole('button', { name: 'Verwijderen' }).count()).toBe(0);

  await page.getByRole('button', { name: 'Nu afsluiten' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Nu afsluiten' });
  await expectVisible(dialog.getByText(/elk nieuw antwoord geweigerd/));
  // Focus starts on "Annuleren"; the next stop is the confirmation.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog.count()).toBe(0);
  await expectVisible(page.getByText(`Afgesloten · ${day(-1)} – ${day(-1)}`));
  expect((await answer(survey.publicId)).status).toBe(410);
  await settled(page);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Archiveren' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectVisible(page.getByText(/· gearchiveerd ·/));
  await page.goto('/surveys');
  await expectHeading(page, 'Bevragingen');
  await expectVisible(page.getByRole('link', { name: control }));
  expect(await page.getByRole('link', { name: title }).count()).toBe(0);
  await page.getByText('Gearchiveerd', { exact: true }).click();
  await expectVisible(page.getByRole('link', { name: title }));
  await expectAccessible(page);
  await context.close();
});

it('[SURVEYS] a public survey shows one language picker, the header’s, and it turns the questions into French on a phone', async () => {
  const survey = await createSurvey(unique('Buurtpeiling'));
  const context = await phoneContext(browser, server.url);
  const page = await context.newPage();
  await page.goto(`/s/${survey.publicId}?lang=nl`);
  await expectVisible(page.getByText(/Hoeveel vertrouwen heeft u persoonlijk in de politie/));
  // One picker on the page: the header's (nl, fr, en are the app's languages, so the survey has none of its own).
  const pickers = page.getByRole('combobox', { name: /^(Taal|Langue|Language)$/ });
  await expect.poll(() => pickers.count()).toBe(1);
  await page.getByTestId('language-switcher').selectOption('fr');
  await expectVisible(page.getByText(/quelle confiance accordez-vous personnellement à la police/));
  await expectVisible(page.getByRole('button', { name: 'Envoyer' }));
  expect(await page.getByText(/Hoeveel vertrouwen heeft u/).count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  await expect.poll(() => pickers.count()).toBe(1);
  await expectAccessible(page);
  await context.close();
});

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
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

let surveyId = '';
let publicId = '';

it('[SURVEYS] a coordinator builds a before/after survey from standard items, with Arabic, and prints the QR poster', async () => {
  const context = await desktopContext(browser, server.url);
  await team.coordinator.session.signIn(context);
  const page = await context.newPage();
  await page.goto('/surveys/new');
  await expectHeading(page, 'Nieuwe bevraging');
  await field(page, 'Titel (Nederlands)').fill('Buurtvoetbal: voor en na');
  await field(page, 'Titel (Frans)').fill('Football de quartier : avant et après');
  await field(page, 'Taalcode (bv. ar, tr)').fill('ar');
  await field(page, 'Naam in die taal (bv. العربية)').fill('العربية');
  await page.getByLabel('Van rechts naar links').check();
  await page.getByRole('button', { name: 'Taal toevoegen' }).click();
  // Beside each translation the scale's own labels stand in the order its lines follow, with their values.
  const originals = page.getByRole('list', { name: 'Oorspronkelijke antwoordlabels, in deze volgorde' });
  expect(await originals.nth(0).getByRole('listitem').allTextContents()).toEqual([
    'Helemaal geen vertrouwen (waarde 0)',
    'Volledig vertrouwen (waarde 10)',
  ]);
  expect(await originals.nth(1).getByRole('listitem').allTextContents()).toEqual([
    'Helemaal niet vaak (waarde 1)',
    'Niet zo vaak (waarde 2)',
    'Vaak (waarde 3)',
    'Heel vaak (waarde 4)',
  ]);
  await page.getByLabel('Vraag in العربية').nth(0).fill('إلى أي مدى تثق بالشرطة؟');
  await page
    .getByLabel(/Antwoordlabels in العربية/)
    .nth(0)
    .fill('لا ثقة على الإطلاق\nثقة تامة');
  await page.getByLabel('Vraag in العربية').nth(1).fill('كم مرة تعامل الشرطة الناس باحترام؟');
  await page
    .getByLabel(/Antwoordlabels in العربية/)
    .nth(1)
    .fill('أبدًا\nنادرًا\nغالبًا\nدائمًا');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Bevraging aanmaken' }).click();
  await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
  surveyId = page.url().split('/').pop()!;
  await expectHeading(page, 'Buurtvoetbal: voor en na');
  await expectVisible(page.getByRole('img', { name: /QR-code naar de bevraging \(Voor\)/ }));
  const poster = page.getByRole('link', { name: 'A4-affiche (PDF)' }).first();
  expect(await poster.getAttribute('href')).toContain('/poster.pdf?phase=before');
  const pdf = await fetch(`${server.url}/api/surveys/${surveyId}/poster.pdf?phase=before`, {
    headers: { cookie: team.coordinator.session.cookie },
  });
  expect(pdf.headers.get('content-type')).toBe('application/pdf');
  const link = await page.getByRole('link', { name: /\/s\// }).first().textContent();
  publicId = /\/s\/([\w-]+)/.exec(link ?? '')![1];
  await expectAccessible(page);
  await context.close();
});

it('[SURVEYS] 30 respondents answer on a phone, some in French and some in Arabic (right to left)', async () => {
  // Six answer through the page, each on their own phone; the others through the same public API.
  const langs = ['fr', 'ar', 'nl', 'fr', 'ar', 'nl'];
  for (const [i, lang] of langs.entries()) {
    const context = await phoneContext(browser, server.url);
    const page = await context.newPage();
    const phase = i % 2 ? 'after' : 'before';
    await page.goto(`/s/${publicId}?p=${phase}&lang=${lang}`);
    await expectVisible(page.getByRole('heading', { level: 1 }));
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    if (i === 1) await expectAccessible(page);
    await page
      .getByRole('radio', { name: new RegExp(`^${phase === 'before' ? 4 : 8}( |$)`) })
      .first()
      .check();
    await page.getByRole('radio').nth(13).check();
    const send = { nl: 'Versturen', fr: 'Envoyer', ar: 'إرسال' }[lang]!;
    await page.getByRole('button', { name: send }).click();
    await expectVisible(
      page.getByRole('status').filter({ hasText: { nl: 'Dank u', fr: 'Merci', ar: 'شكرًا' }[lang]! }),
    );
    await context.close();
  }
  const districts = ['Borgerhout', 'Deurne', 'Hoboken', 'Merksem'];
  for (let i = 0; i < 24; i++) {
    const phase = i % 2 ? 'after' : 'before';
    const res = await fetch(`${server.url}/api/public/surveys/${publicId}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        language: ['fr', 'ar', 'nl'][i % 3],
        phase,
        deviceToken: randomBytes(16).toString('hex'),
        district: i < 2 ? 'Merksem' : districts[i % 3],
        answers: {
          ess_trust_police: phase === 'before' ? 3 + (i % 4) : 6 + (i % 4),
          ess_d15_respect: 2 + (i % 3),
        },
      }),
    });
    expect(res.status).toBe(201);
  }
});

it('[SURVEYS] the results show the before/after difference with its interval, and a district breakdown hides cells under 5', async () => {
  const context = await desktopContext(browser, server.url);
  await team.coordinator.session.signIn(context);
  const page = await context.newPage();
  await page.goto(`/surveys/${surveyId}`);
  await expectVisible(page.getByRole('rowheader', { name: 'Verschil na − voor' }));
  await page.getByLabel('Uitsplitsen naar').selectOption('district');
  await expectVisible(page.getByRole('columnheader', { name: 'Merksem' }));
  await expectVisible(page.getByRole('cell', { name: 'verborgen' }));
  await expectAccessible(page);
  const results = await team.coordinator.session.get<{
    questions: { rows: { cells: (number | null)[] }[] }[];
  }>(`/api/surveys/${surveyId}/results?breakdown=district`);
  for (const q of results.questions)
    for (const row of q.rows) for (const c of row.cells) if (c !== null) expect(c).toBeGreaterThanOrEqual(5);
  await context.close();
});

it('[SURVEYS] the dashboard and the PDF report show the programme as a whole', async () => {
  const context = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(context);
  const page = await context.newPage();
  await page.goto('/insights');
  await expectHeading(page, 'Dashboard van het programma');
  await expectVisible(page.getByRole('region', { name: 'Vertrouwensindex per kwartaal' }));
  await expectAccessible(page);
  const pdf = await fetch(`${server.url}/api/insights/report.pdf?lang=fr`, {
    headers: { cookie: team.coordinator.session.cookie },
  });
  expect(pdf.status).toBe(200);
  expect(pdf.headers.get('content-type')).toBe('application/pdf');
  await context.close();
});

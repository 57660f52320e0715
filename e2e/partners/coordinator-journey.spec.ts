import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';

let server: BrugServer;
let browser: Browser;
let team: Team;

// A cold start can take minutes on a loaded two-core machine.
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ timeoutMs: 420_000 }), launchBrowser()]);
  team = await createTeam(server);
  await team.coordinator.session.post('/api/programmes', {
    name: 'Iedereen anders',
    aim: 'Vertrouwen opbouwen',
  });
}, 540_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Thirteen organisations, twelve working on youth; row 3 has a postcode that needs fixing. */
function spreadsheet(prefix: string): string {
  const rows = ['Naam;Postcode;Gemeente;Thema;Contactpersoon;E-mail;Telefoon'];
  for (let i = 1; i <= 13; i++) {
    const postcode = i === 3 ? '20x0' : String(2000 + i * 10);
    const theme = i === 13 ? 'poverty' : 'youth';
    rows.push(
      `${prefix} ${i};${postcode};Antwerpen;${theme};Contact ${prefix} ${i};${prefix.toLowerCase()}${i}@vzw.example.be;03 2${String(i).padStart(2, '0')} 45 67`,
    );
  }
  const file = path.join(tmpdir(), `${prefix}-${Date.now()}.csv`);
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

/** The page's h1; generous, since a lazily loaded page can take long on a loaded machine. */
const heading = (page: Page, name: string) => expectHeading(page, name, 60_000);

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(context);
  return { context, page: await context.newPage() };
}

type Texts = {
  list: string;
  search: string;
  importTitle: string;
  preview: string;
  recheck: string;
  invalid: string;
  fixLabel: string;
  /** What is wrong with the row's postcode, in the page's language. */
  fixHelp: string;
  /** The field the file's "E-mail" column maps to, named in the page's language. */
  emailField: string;
  importButton: string;
  done: RegExp;
  waves: string;
  waveName: string;
  createWave: string;
  focus: string;
  youth: string;
  wave: string;
  addToWave: string;
  added: string;
  newStatus: string;
  contacted: string;
  changeStatus: string;
  summary: string;
  save: string;
  taskTitle: string;
  referred: string;
  exportCsv: string;
  coverage: string;
  referral: (from: string, to: string) => string;
};

const NL: Texts = {
  list: 'Partnerorganisaties',
  search: 'Zoeken in naam, beschrijving en notities, of op contactpersoon',
  importTitle: 'Organisaties importeren',
  preview: 'Voorbeeld bekijken',
  recheck: 'Opnieuw controleren',
  invalid: 'Niet in orde',
  fixLabel: 'Postcode in rij 3',
  fixHelp: 'Een Belgische postcode: vier cijfers, van 1000 tot 9999.',
  emailField: 'E-mailadres van de contactpersoon',
  importButton: 'Importeren',
  done: /Klaar: 13 nieuw/,
  waves: 'Golven',
  waveName: 'Naam van de golf',
  createWave: 'Golf aanmaken',
  focus: 'Aandachtsgebieden',
  youth: 'Jeugd',
  wave: 'Golf',
  addToWave: 'Gefilterde organisaties aan golf toevoegen',
  added: '12 organisaties toegevoegd',
  newStatus: 'Nieuwe status',
  contacted: 'Gecontacteerd',
  changeStatus: 'Status wijzigen',
  summary: 'Samenvatting (niet vertrouwelijk)',
  save: 'Opslaan',
  taskTitle: 'Taak',
  referred: 'Aanbevolen organisatie',
  exportCsv: 'Exporteren (CSV)',
  coverage: 'Bereik per aandachtsgebied en district',
  referral: (from, to) => `${from} beval ${to} aan`,
};

const FR: Texts = {
  list: 'Organisations partenaires',
  search: 'Rechercher dans le nom, la description et les notes, ou par personne de contact',
  importTitle: 'Importer des organisations',
  preview: 'Aperçu',
  recheck: 'Vérifier à nouveau',
  invalid: 'Non valide',
  fixLabel: 'Code postal à la ligne 3',
  fixHelp: 'Un code postal belge : quatre chiffres, de 1000 à 9999.',
  emailField: 'Adresse e-mail de la personne de contact',
  importButton: 'Importer',
  done: /Terminé : 13 nouvelles/,
  waves: 'Vagues',
  waveName: 'Nom de la vague',
  createWave: 'Créer la vague',
  focus: 'Domaines d’action',
  youth: 'Jeunesse',
  wave: 'Vague',
  addToWave: 'Ajouter les organisations filtrées à une vague',
  added: '12 organisations ajoutées',
  newStatus: 'Nouveau statut',
  contacted: 'Contacté',
  changeStatus: 'Changer le statut',
  summary: 'Résumé (non confidentiel)',
  save: 'Enregistrer',
  taskTitle: 'Tâche',
  referred: 'Organisation recommandée',
  exportCsv: 'Exporter (CSV)',
  coverage: 'Couverture par domaine et district',
  referral: (from, to) => `${from} a recommandé ${to}`,
};

async function journey(x: Texts, prefix: string) {
  const { context, page } = await phone();
  // Import: preview flags row 3, the coordinator fixes it, then imports everything at once.
  await page.goto('/partners/import');
  await heading(page, x.importTitle);
  await page.locator('input[type=file]').setInputFiles(spreadsheet(prefix));
  await page.getByRole('button', { name: x.preview }).click();
  await expectVisible(page.getByText(x.invalid).first(), 60_000);
  await expectAccessible(page);
  // The column mapping names Brug's fields in the page's language, not by their keys (contactEmail).
  const emailColumn = page.getByLabel('E-mail', { exact: true });
  expect(await emailColumn.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe(x.emailField);
  expect(await emailColumn.locator('option').allTextContents()).not.toContain('contactEmail');
  expect(await page.getByRole('button', { name: x.importButton, exact: true }).isDisabled()).toBe(true);
  // What is wrong is said in the page's language, not in the server's English.
  await expectVisible(page.getByText(x.fixHelp, { exact: true }));
  await page.getByLabel(x.fixLabel).fill('2030');
  await page.getByRole('button', { name: x.recheck }).click();
  await expect
    .poll(() => page.getByRole('button', { name: x.importButton, exact: true }).isDisabled())
    .toBe(false);
  await page.getByRole('button', { name: x.importButton, exact: true }).click();
  await expectVisible(page.getByText(x.done), 60_000);

  // Wave 1: create it, filter the list on youth, add the twelve.
  const waveName = `${x.wave} ${prefix}`;
  await page.goto('/partners/waves');
  await heading(page, x.waves);
  await page.getByLabel(x.waveName).fill(waveName);
  await page.getByRole('button', { name: x.createWave }).click();
  await expectVisible(page.getByText(waveName, { exact: true }), 30_000);
  await expectAccessible(page);

  await page.goto('/partners');
  await heading(page, x.list);
  await page.getByLabel(x.focus, { exact: true }).selectOption('youth');
  // The search is debounced: wait for the filtered list, or "add to wave" would take the earlier run's rows too.
  const filtered = page.waitForResponse(
    (r) => r.url().includes('/api/partners/organisations?') && r.url().includes(prefix),
  );
  await page.getByLabel(x.search).fill(prefix);
  await filtered;
  // The coordinator's search also finds an organisation by its contact person's name.
  const byContact = page.waitForResponse(
    (r) => r.url().includes('/api/partners/organisations?') && r.url().includes('Contact'),
  );
  await page.getByLabel(x.search).fill(`Contact ${prefix} 7`);
  await byContact;
  await expectVisible(page.getByRole('link', { name: `${prefix} 7`, exact: true }));
  expect(await page.getByRole('link', { name: `${prefix} 6`, exact: true }).count()).toBe(0);
  const again = page.waitForResponse(
    (r) =>
      r.url().includes('/api/partners/organisations?') &&
      r.url().includes(prefix) &&
      !r.url().includes('Contact'),
  );
  await page.getByLabel(x.search).fill(prefix);
  await again;
  await page.getByLabel(x.wave, { exact: true }).selectOption({ label: waveName });
  await page.getByRole('button', { name: x.addToWave }).click();
  await expectVisible(page.getByText(x.added), 30_000);
  await expectAccessible(page);

  // Export the list view.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: x.exportCsv }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);

  // One organisation: status, a call, a follow-up task, a referral.
  await page.getByRole('link', { name: `${prefix} 1`, exact: true }).click();
  await heading(page, `${prefix} 1`);
  await page.getByLabel(x.newStatus).selectOption('contacted');
  await page.getByRole('button', { name: x.changeStatus }).click();
  await expectVisible(page.getByTestId('current-status').getByText(x.contacted));
  await page.getByLabel(x.summary).fill('Telefoon met de voorzitter');
  await page.getByRole('button', { name: x.save }).first().click();
  // The form empties once the contact is saved; until then its text box holds the words as text too.
  await expect.poll(() => page.getByLabel(x.summary).inputValue(), { timeout: 30_000 }).toBe('');
  await expectVisible(page.getByText('Telefoon met de voorzitter'));
  await page.getByLabel(x.taskTitle, { exact: true }).fill('Uitnodiging rondetafel sturen');
  await page.getByRole('button', { name: x.save }).nth(1).click();
  await expectVisible(page.getByText('Uitnodiging rondetafel sturen'));
  await page.getByLabel(x.referred).selectOption({ label: `${prefix} 2` });
  await page.getByRole('button', { name: x.save }).nth(2).click();
  await expectVisible(page.getByText(x.referral(`${prefix} 1`, `${prefix} 2`)));
  await expectAccessible(page);

  // Coverage.
  await page.goto('/partners/coverage');
  await heading(page, x.coverage);
  await expectVisible(page.getByRole('rowheader', { name: x.youth }));
  await expectAccessible(page);
  await context.close();
}

describe('[PARTNERS] coordinator journey', () => {
  it('[PARTNERS] imports, fixes a row, fills wave 1, moves one through the statuses, logs a call, exports and reads coverage, in Dutch on a phone', async () => {
    await journey(NL, 'Jeugdhuis');
  }, 300_000);

  it('[PARTNERS] does the same in French on a phone', async () => {
    await team.coordinator.session.patch('/api/me', { language: 'fr' });
    try {
      await journey(FR, 'Maison');
    } finally {
      await team.coordinator.session.patch('/api/me', { language: 'nl' });
    }
  }, 300_000);
});

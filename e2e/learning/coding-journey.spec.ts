import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WORD_VECTORS_FILE } from '../../packages/domain/src/analysis/vectors-node.ts';
import { createTeam, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible, field } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';
import {
  createSealedInterview,
  createVaultViaApi,
  navigateInApp,
  unlockVaultInBrowser,
} from '../support/vault.ts';

let server: BrugServer;
let browser: Browser;
let team: Team;
const PASSPHRASE = 'de kluiszin van het onderzoeksbureau';
const STATEMENT = 'Partners vragen een vast aanspreekpunt bij de wijkpolitie.';
const NOTES = [
  [
    'Wij kennen onze wijkagent niet en weten niet wie we moeten bellen.',
    'Een vaste wijkagent die langskomt op onze activiteiten zou helpen.',
  ],
  [
    'Niemand van de politie kent de jongeren in onze buurt bij naam.',
    'Een wijkagent die op de jeugdwerking langskomt zou vertrouwen geven.',
  ],
  [
    'Bij problemen weten ouders niet bij welke wijkagent ze terechtkunnen.',
    'Een vast aanspreekpunt bij de politie zou veel oplossen.',
  ],
];

type Item = { id: string; pseudonym: string };
const sources: Item[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ timeoutMs: 360_000 }), launchBrowser()]);
  team = await createTeam(server);
  const { admin, researcher } = team;
  await admin.session.post('/api/bureau', { name: 'Bureau Luister' });
  await admin.session.post('/api/bureau/members', {
    userId: (await researcher.session.get<{ user: { id: string } }>('/api/auth/me')).user.id,
  });
  // The vault is made and the conversations sealed as the researcher's browser does; the browser
  // below opens the vault with the passphrase.
  const { vault } = await createVaultViaApi(researcher.session, PASSPHRASE);
  for (const paragraphs of NOTES)
    sources.push(
      await createSealedInterview(researcher.session, vault, {
        notesHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
      }),
    );
  const year = new Date().getUTCFullYear() + 1;
  const roundtable = await team.coordinator.session.post<{ id: string }>('/api/roundtables', {
    title: 'Rondetafel jeugdwerk',
    startsAt: `${year}-03-10T19:00:00+01:00`,
    endsAt: `${year}-03-10T21:00:00+01:00`,
    place: 'Wijkcentrum',
  });
  await team.coordinator.session.patch(`/api/roundtables/${roundtable.id}`, {
    minutes: 'De jeugdwerkers vragen een wijkagent die geregeld langskomt.',
  });
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Selects the first line of the source's text with the keyboard only: to the start, then Shift+End. */
async function selectFirstLine(page: Page, pseudonym: string) {
  const text = page.getByRole('textbox', { name: `Tekst van ${pseudonym}` });
  await text.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+End');
  await expectVisible(page.getByText(/^Selectie \(\d+ tekens\)/));
}

it('[LEARNING] a researcher starts the codebook and codes passages with the keyboard, on desktop and on a phone', async () => {
  const desk = await desktopContext(browser, server.url);
  await team.researcher.session.signIn(desk);
  const page = await desk.newPage();
  await unlockVaultInBrowser(page, PASSPHRASE);
  await navigateInApp(page, '/analysis/codes');
  await expectHeading(page, 'Codeboek');
  // A code without a name is refused, with the reason in Dutch beside the field.
  await page.getByRole('button', { name: 'Code toevoegen' }).click();
  await expectVisible(page.getByText('Vul dit veld in.'));
  await page.getByRole('button', { name: 'Begin met het startcodeboek' }).click();
  await expectVisible(page.getByRole('link', { name: 'Verbeterpunt' }));
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Analyse' }).getByRole('link', { name: 'Bronnen' }).click();
  await expectHeading(page, 'Bronnen');
  // Roundtable minutes become a source when the bureau chooses them.
  await page.getByRole('button', { name: 'Verslag van Rondetafel jeugdwerk mee analyseren' }).click();
  await expectVisible(page.getByRole('link', { name: 'R-01 coderen' }));
  await expectAccessible(page);
  await page.getByRole('link', { name: 'B-01 coderen' }).click();
  await expectHeading(page, 'Bron B-01');
  // Number key 1 applies the first code of the codebook to the selection.
  await selectFirstLine(page, 'B-01');
  await page.keyboard.press('1');
  await expectVisible(page.getByRole('status').getByText('Gecodeerd als Verbeterpunt.'));
  // Two codes at once through the list, with a memo.
  await selectFirstLine(page, 'B-01');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.getByRole('checkbox', { name: /Behoefte/ }).check();
  await page.getByRole('checkbox', { name: /Idee voor een initiatief/ }).check();
  await page.getByLabel('Memo bij de passage (optioneel)').fill('komt in elk gesprek terug');
  await page.getByRole('button', { name: 'Codeer selectie' }).click();
  await expectVisible(page.getByRole('heading', { name: '2 gecodeerde passages' }));
  await expectVisible(page.getByText('“Een vaste wijkagent die langskomt op onze activiteiten zou helpen.”'));
  await expectAccessible(page);
  await desk.close();

  const phone = await phoneContext(browser, server.url);
  await team.researcher.session.signIn(phone);
  const small = await phone.newPage();
  await unlockVaultInBrowser(small, PASSPHRASE);
  await navigateInApp(small, `/analysis/interviews/${sources[1].id}`);
  await expectHeading(small, 'Bron B-02');
  await selectFirstLine(small, 'B-02');
  await small.keyboard.press('1');
  await expectVisible(small.getByRole('heading', { name: '1 gecodeerde passage' }));
  await expect(small.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
  await expectAccessible(small);
  await navigateInApp(small, `/analysis/interviews/${sources[2].id}`);
  await expectHeading(small, 'Bron B-03');
  await selectFirstLine(small, 'B-03');
  await small.keyboard.press('1');
  await expectVisible(small.getByRole('heading', { name: '1 gecodeerde passage' }));

  await navigateInApp(small, '/analysis/codes');
  await expectHeading(small, 'Codeboek');
  const improvement = small
    .getByRole('listitem')
    .filter({ has: small.getByRole('link', { name: 'Verbeterpunt' }) });
  await expectVisible(improvement.getByText('3 passages · 3 bronnen'));
  await expectVisible(small.getByRole('region', { name: 'Codes die samen voorkomen' }).getByText('Behoefte'));
  await expectAccessible(small);
  // Rename and move a code, then merge one into another: no coded passage is lost.
  await small.getByRole('button', { name: 'Verhaal of ervaring bewerken' }).click();
  await field(small, 'Naam').last().fill('Ervaring');
  await small.getByLabel('Verplaatsen onder').selectOption({ label: 'Behoefte' });
  await small.getByRole('button', { name: 'Bewaren' }).click();
  await expectVisible(small.getByRole('link', { name: 'Ervaring', exact: true }));
  await small.getByRole('button', { name: 'Verbeterpunt samenvoegen' }).click();
  await small.getByLabel('Samenvoegen met').selectOption({ label: 'Behoefte' });
  await small.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
  const need = small.getByRole('listitem').filter({ has: small.getByRole('link', { name: 'Behoefte' }) });
  await expectVisible(need.getByText('4 passages · 3 bronnen'));
  await expect(small.getByRole('link', { name: 'Verbeterpunt' }).count()).resolves.toBe(0);
  await small.getByRole('link', { name: 'Ervaring', exact: true }).click();
  await expectHeading(small, 'Code Ervaring');
  await expectVisible(small.getByText('Behoefte › Ervaring'));

  // Deleting a code asks first: how many passages lose it, and that its child moves up a level.
  await navigateInApp(small, '/analysis/codes');
  await expectHeading(small, 'Codeboek');
  await small.getByRole('button', { name: 'Behoefte verwijderen' }).click();
  await expectVisible(
    small.getByText('4 passages verliezen deze code; de passages zelf blijven bewaard.', { exact: false }),
  );
  await expectVisible(
    small.getByText('De 1 code eronder schuift een niveau op, naar (bovenste niveau).', { exact: false }),
  );
  await expectAccessible(small);
  await small.getByRole('button', { name: 'Behoefte definitief verwijderen' }).click();
  await expect
    .poll(() => small.getByRole('link', { name: 'Behoefte', exact: true }).count(), { timeout: 10_000 })
    .toBe(0);
  await expectVisible(small.getByRole('link', { name: 'Ervaring', exact: true }));
  await expect(small.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
  await phone.close();
});

it('[LEARNING] a researcher renames and accepts a suggested theme, is refused publication with two sources and publishes with three', async () => {
  const desk = await desktopContext(browser, server.url);
  await team.researcher.session.signIn(desk);
  const page = await desk.newPage();
  // The theme worker reads the word vectors Brug serves, and its integrity check lets them through.
  const vectors: number[] = [];
  desk.on('response', (res) => {
    if (/\/assets\/word-vectors-[\w-]+\.bin$/.test(res.url())) vectors.push(res.status());
  });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await unlockVaultInBrowser(page, PASSPHRASE);
  await navigateInApp(page, '/analysis/themes');
  await expectHeading(page, 'Themavoorstellen');
  await page.getByLabel('Aantal thema’s').fill('2');
  await page.getByRole('button', { name: 'Thema’s voorstellen' }).click();
  const theme = page.getByRole('article').first();
  await expectVisible(theme, 60_000);
  await expectVisible(theme.getByText('Kernwoorden'));
  await expect.poll(() => vectors, { timeout: 30_000 }).toEqual([200]);
  expect(warnings.filter((w) => w.includes('word vectors'))).toEqual([]);
  await expectAccessible(page);
  // Renamed first without accepting: it stays a suggestion, under its new name, after a reload too.
  await theme.getByLabel('Naam van de code').fill('Vast aanspreekpunt');
  await theme.getByRole('button', { name: 'Naam bewaren' }).click();
  await expectVisible(theme.getByRole('heading', { name: 'Vast aanspreekpunt' }));
  // A reload locks the vault: opened again, the run is read back from its sealed copy.
  await unlockVaultInBrowser(page, PASSPHRASE);
  await navigateInApp(page, '/analysis/themes');
  await expectVisible(theme.getByRole('heading', { name: 'Vast aanspreekpunt' }));
  await expectVisible(theme.getByText('Voorstel', { exact: true }));
  await expect(theme.getByLabel('Naam van de code').inputValue()).resolves.toBe('Vast aanspreekpunt');
  await expectAccessible(page);
  await theme.getByRole('button', { name: 'Aanvaarden als code' }).click();
  await expectVisible(theme.getByText(/passages? gecodeerd\./));
  await theme.getByRole('link', { name: 'Naar de code' }).click();
  await expectHeading(page, 'Code Vast aanspreekpunt');
  await expectVisible(page.getByRole('listitem').first());

  await navigateInApp(page, '/findings');
  await expectHeading(page, 'Bevindingen');
  await page.getByLabel('Geanonimiseerde uitspraak').fill(STATEMENT);
  await field(page, 'Thema').fill('Aanspreekpunt');
  for (const s of ['B-01', 'B-02']) await page.getByRole('checkbox', { name: s }).first().check();
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  const draft = page.getByRole('article');
  await expectVisible(draft.getByText(STATEMENT));
  // Two sources at k = 3: the button says what is missing and cannot publish.
  await expectVisible(draft.getByText(/Nog 1 bron nodig die telt/));
  await expect(draft.getByRole('button', { name: 'Publiceren' }).isDisabled()).resolves.toBe(true);
  // The third source is the roundtable the bureau analyses: one roundtable, one source.
  await draft.getByRole('checkbox', { name: 'R-01' }).check();
  await draft.getByRole('button', { name: 'Opslaan' }).click();
  await draft.getByRole('button', { name: 'Publiceren' }).click();
  await expectVisible(draft.getByText('Gepubliceerd.'));
  await desk.close();

  // The theme suggestions, the sources and the findings with their sources fit a phone too.
  const phone = await phoneContext(browser, server.url);
  await team.researcher.session.signIn(phone);
  const small = await phone.newPage();
  await unlockVaultInBrowser(small, PASSPHRASE);
  for (const [path, heading] of [
    ['/analysis/themes', 'Themavoorstellen'],
    ['/analysis', 'Bronnen'],
    ['/findings', 'Bevindingen'],
  ]) {
    await navigateInApp(small, path);
    await expectHeading(small, heading);
    await expectVisible(small.getByText(/Aanvaard|B-01 coderen|een rondetafel telt als één bron/).first());
    await expect(small.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      360,
    );
    await expectAccessible(small);
  }
  await phone.close();

  const coordinator = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(coordinator);
  const heard = await coordinator.newPage();
  await heard.goto('/what-we-heard');
  await expectVisible(heard.getByText(STATEMENT));
  const shown = (await heard.locator('main').textContent()) ?? '';
  for (const secret of ['R-01', 'B-01', 'Rondetafel jeugdwerk']) expect(shown).not.toContain(secret);
  await coordinator.close();
  for (const path of [
    '/api/codes',
    '/api/codings',
    '/api/analysis/theme-runs/latest',
    '/api/findings/sources',
  ]) {
    await expect(team.coordinator.session.get(path)).rejects.toThrow(/→ 403/);
  }
});

it('[LEARNING] an accepted theme reads in the reader’s language: in French it shows its original name, marked, and a translation added on a phone is kept sealed', async () => {
  // Starts in Dutch, also when a first attempt stopped while the page was in French.
  await team.researcher.session.patch('/api/me', { language: 'nl' });
  const phone = await phoneContext(browser, server.url);
  await team.researcher.session.signIn(phone);
  const page = await phone.newPage();
  await unlockVaultInBrowser(page, PASSPHRASE);
  await navigateInApp(page, '/analysis/themes');
  await expectHeading(page, 'Themavoorstellen');
  // Accepted in Dutch: a Dutch reader sees it as theirs, with no field to translate it.
  const accepted = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: 'Vast aanspreekpunt' }) });
  await expectVisible(accepted.getByText('Aanvaard', { exact: true }));
  expect(await accepted.getByLabel('Naam in het Nederlands').count()).toBe(0);

  // The header's picker, in the app: the vault stays open, the name falls back to the original.
  await page.getByTestId('language-switcher').selectOption('fr');
  await expectHeading(page, 'Thèmes proposés');
  const theme = page.getByRole('article').filter({ hasText: 'Accepté' });
  await expectVisible(theme.getByRole('heading', { name: 'Vast aanspreekpunt' }));
  await expectVisible(theme.getByText('Nom d’origine : pas encore traduit en français.'));
  // An empty translation is refused on its field.
  await theme.getByRole('button', { name: 'Enregistrer la traduction' }).click();
  await expect.poll(() => theme.getByLabel('Nom en français').getAttribute('aria-invalid')).toBe('true');
  await theme.getByLabel('Nom en français').fill('Point de contact fixe');
  await expectAccessible(page);
  await theme.getByRole('button', { name: 'Enregistrer la traduction' }).click();
  await expectVisible(theme.getByRole('heading', { name: 'Point de contact fixe' }));
  await expect.poll(() => theme.getByLabel('Nom en français').count()).toBe(0);
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
  await expectAccessible(page);
  // The codebook reads it in French too; the server only ever held ciphertext.
  await navigateInApp(page, '/analysis/codes');
  // The code's link in the list (its name is also an option of the hidden "merge into" choice).
  await expectVisible(page.getByRole('link', { name: 'Point de contact fixe' }));
  const codes = JSON.stringify(await team.researcher.session.get('/api/codes'));
  expect(codes).toContain('sealedTranslations');
  expect(codes).not.toMatch(/Point de contact|aanspreekpunt/i);

  // Back in Dutch: the original name again.
  await page.getByTestId('language-switcher').selectOption('nl');
  await navigateInApp(page, '/analysis/themes');
  await expectVisible(page.getByRole('heading', { name: 'Vast aanspreekpunt' }));
  await phone.close();
});

it('[LEARNING] when the word vectors arrive changed on the way, the worker refuses them, suggests themes from the words alone and the page says so, in French on a phone', async () => {
  const phone = await phoneContext(browser, server.url);
  // Whatever stands between the server and the browser changes one byte of a vector: the file still
  // reads as word vectors, only its hash tells.
  const changed = readFileSync(WORD_VECTORS_FILE);
  changed[changed.length >> 1] ^= 0x01;
  await phone.route(/\/assets\/word-vectors-[\w-]+\.bin$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: changed }),
  );
  await team.researcher.session.signIn(phone);
  const page = await phone.newPage();
  await unlockVaultInBrowser(page, PASSPHRASE);
  await page.getByTestId('language-switcher').selectOption('fr');
  await navigateInApp(page, '/analysis/themes');
  await expectHeading(page, 'Thèmes proposés');
  await page.getByLabel('Nombre de thèmes').fill('2');
  await page.getByRole('button', { name: 'Proposer des thèmes' }).click();
  await expectVisible(page.getByText('Brug n’a pas pu charger le sens des mots', { exact: false }), 60_000);
  await expectVisible(page.getByRole('article').first().getByText('Mots clés'));
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
  await expectAccessible(page);
  await page.getByTestId('language-switcher').selectOption('nl');
  await phone.close();
  await team.researcher.session.patch('/api/me', { language: 'nl' });
});

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
type Org = { id: string; name: string };
const orgs: Org[] = [];
let second: { id: string };

// A cold start can take minutes on a loaded two-core machine.
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ timeoutMs: 420_000 }), launchBrowser()]);
  team = await createTeam(server);
  const c = team.coordinator.session;
  await c.post('/api/programmes', { name: 'Iedereen anders' });
  second = await c.post<{ id: string }>('/api/programmes', { name: 'Tweede traject' });
  for (const name of ['Buurthuis Noord', 'Moskee Al Nour', 'Jeugdwerk Zuid'])
    orgs.push(
      await c.post<Org>('/api/partners/organisations', { name, postcode: '2060', focusAreas: ['youth'] }),
    );
  await c.post('/api/partners/referrals', { fromOrganisationId: orgs[0].id, toOrganisationId: orgs[1].id });
  await c.post('/api/partners/referrals', { fromOrganisationId: orgs[1].id, toOrganisationId: orgs[2].id });
  await c.post(`/api/partners/organisations/${orgs[2].id}/status`, {
    programmeId: second.id,
    status: 'partner',
  });
}, 540_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The page's title is exactly `name`: "Buurthuis Noord" is not found on "Buurthuis Noord bewerken". */
const heading = (page: Page, name: string | RegExp) => expectHeading(page, name, 60_000);

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser, server.url);
  await team.coordinator.session.signIn(context);
  return { context, page: await context.newPage() };
}

describe('[PARTNERS] organisation edit, referral network and import progress', () => {
  it('[PARTNERS] a coordinator edits an organisation on a phone: a wrong postcode is named on its field, nothing changes until it is fixed', async () => {
    // Each attempt starts from the organisation as it was made, also after an attempt that saved.
    await team.coordinator.session.patch(`/api/partners/organisations/${orgs[0].id}`, {
      postcode: '2060',
      description: '',
      kind: 'external',
      ownerId: null,
    });
    const { context, page } = await phone();
    await page.goto(`/partners/${orgs[0].id}`);
    await heading(page, 'Buurthuis Noord');
    await page.getByRole('link', { name: 'Gegevens bewerken' }).click();
    await heading(page, 'Buurthuis Noord bewerken');
    await expectAccessible(page);

    const postcode = page.getByLabel('Postcode', { exact: true });
    await postcode.fill('20600');
    await page.getByLabel('Beschrijving').fill('Ontmoetingsplek voor de hele wijk');
    await page.getByLabel('Soort').selectOption('internal');
    await page.getByLabel('Opvolger (coördinator)').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expectVisible(page.getByText(/Een Belgische postcode: vier cijfers/), 30_000);
    await expect.poll(() => postcode.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    const unchanged = await team.coordinator.session.get<{
      organisation: { postcode: string; description: string };
    }>(`/api/partners/organisations/${orgs[0].id}`);
    expect(unchanged.organisation).toMatchObject({ postcode: '2060', description: '' });

    await postcode.fill('2100');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // Saved once the detail page is back. The description alone would not tell: the form's text box
    // holds it as text too.
    await page.waitForURL((url) => url.pathname === `/partners/${orgs[0].id}`, { timeout: 60_000 });
    await heading(page, 'Buurthuis Noord');
    await expectVisible(page.getByText('Ontmoetingsplek voor de hele wijk'), 30_000);
    const saved = await team.coordinator.session.get<{
      organisation: { postcode: string; kind: string; ownerId: string | null };
    }>(`/api/partners/organisations/${orgs[0].id}`);
    expect(saved.organisation).toMatchObject({ postcode: '2100', kind: 'internal' });
    expect(saved.organisation.ownerId).not.toBeNull();
    await context.close();
  }, 240_000);

  it('[PARTNERS] reads the referral network on a phone, as a drawing and a table, picks the programme, and opens an organisation with the keyboard', async () => {
    const { context, page } = await phone();
    await page.goto('/partners/network');
    await heading(page, 'Netwerk van doorverwijzingen');
    const table = page.getByLabel('Doorverwijzingen tussen organisaties');
    await expectVisible(table.getByRole('link', { name: 'Moskee Al Nour' }).first(), 30_000);
    await expectVisible(page.getByText('Netwerk van 3 organisaties en 2 doorverwijzingen'));
    await expectAccessible(page);

    // The status shown is that of the programme picked.
    await page.getByLabel('Traject', { exact: true }).selectOption({ label: 'Tweede traject' });
    await expectVisible(table.getByText('Partner', { exact: true }), 30_000);
    expect(page.url()).toContain(`programme=${second.id}`);

    const node = page.getByRole('link', { name: 'Jeugdwerk Zuid, Partner' });
    await node.focus();
    await page.keyboard.press('Enter');
    await heading(page, 'Jeugdwerk Zuid');
    await expectVisible(page.getByTestId('current-status').getByText('Partner'));
    await context.close();
  }, 240_000);

  it('[PARTNERS] links a partner account to its organisation on a phone: the partner then reads it as theirs', async () => {
    const c = team.coordinator.session;
    await c.post(`/api/partners/organisations/${orgs[1].id}/contacts`, {
      name: 'Samira Benali',
      email: 'samira@alnour.example',
      preferredLanguage: 'nl',
      consentBasis: 'legitimate_interest',
      consentDate: '2026-01-01',
    });
    const partnerSees = () =>
      team.partner.session
        .get(`/api/partners/organisations/${orgs[1].id}`)
        .then(() => true)
        .catch(() => false);
    expect(await partnerSees()).toBe(false);
    const { context, page } = await phone();
    await page.goto(`/partners/${orgs[1].id}`);
    await heading(page, 'Moskee Al Nour');
    const account = page.getByLabel('Partneraccount van Samira Benali');
    await account.selectOption({ label: `${team.partner.user.displayName} (${team.partner.user.email})` });
    await expectVisible(
      page
        .getByRole('status')
        .getByText(`Samira Benali is gekoppeld aan het partneraccount ${team.partner.user.displayName}`),
    );
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await partnerSees()).toBe(true);
    // Undone from the same field.
    await account.selectOption({ label: 'Geen account gekoppeld' });
    await expectVisible(page.getByText('Samira Benali is niet langer aan een partneraccount gekoppeld.'));
    expect(await partnerSees()).toBe(false);
    await context.close();
  }, 240_000);

  it('[PARTNERS] notes a referral to an organisation not yet in the registry on a phone, naming it on the spot', async () => {
    const { context, page } = await phone();
    await page.goto(`/partners/${orgs[2].id}`);
    await heading(page, 'Jeugdwerk Zuid');
    const form = page.getByRole('form', { name: 'Doorverwijzing noteren' });
    await form
      .getByLabel('Aanbevolen organisatie')
      .selectOption({ label: 'Nieuwe organisatie, nog niet in het register…' });
    // Without a name the field says what is missing and nothing is added.
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expectVisible(form.getByText('Geef de naam van de nieuwe organisatie.'));
    await form.getByLabel('Naam van de nieuwe organisatie').fill('Sportclub De Ster');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expectVisible(page.getByText('Jeugdwerk Zuid beval Sportclub De Ster aan'));
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
    const found = await team.coordinator.session.get<{ items: { id: string; name: string }[] }>(
      '/api/partners/organisations?q=Ster',
    );
    expect(found.items.map((o) => o.name)).toEqual(['Sportclub De Ster']);
    const referrals = await team.coordinator.session.get<{ toOrganisationName: string | null }[]>(
      `/api/partners/organisations/${orgs[2].id}/referrals`,
    );
    expect(referrals.filter((r) => r.toOrganisationName === 'Sportclub De Ster')).toHaveLength(1);
  }, 240_000);

  it('[PARTNERS] follows a large import on a progress bar until it is written (in French)', async () => {
    await team.coordinator.session.patch('/api/me', { language: 'fr' });
    try {
      // Names of their own: a retry of this test imports 2,500 new organisations again, not none.
      const run = Date.now().toString(36);
      const lines = ['Naam;Postcode;Contactpersoon;E-mail'];
      for (let i = 1; i <= 2500; i++)
        lines.push(
          `Vereniging ${run}-${i};${2000 + (i % 600)};Persoon ${i};persoon${i}.${run}@vzw.example.be`,
        );
      const file = path.join(tmpdir(), `groot-${Date.now()}.csv`);
      writeFileSync(file, `${lines.join('\n')}\n`);
      const { context, page } = await phone();
      await page.goto('/partners/import');
      await heading(page, 'Importer des organisations');
      await page.locator('input[type=file]').setInputFiles(file);
      await page.getByRole('button', { name: 'Aperçu' }).click();
      const importButton = page.getByRole('button', { name: 'Importer', exact: true });
      await expect.poll(() => importButton.isEnabled(), { timeout: 60_000 }).toBe(true);
      // The preview says how the file was read, in the user's language.
      await expectVisible(page.getByText('Lu comme UTF-8, colonnes séparées par point-virgule (;).'));
      // The phone holds one page of 50 of the 2,500 rows, with a pager to the others.
      const preview = page.getByRole('list', { name: /^Contrôle par ligne/ });
      expect(await preview.getByRole('listitem').count()).toBe(50);
      await expectVisible(page.getByText('2500 lignes', { exact: true }));
      await page.getByRole('button', { name: 'Page 50', exact: true }).click();
      await expectVisible(preview.getByText(`Vereniging ${run}-2500`, { exact: true }));
      expect(await preview.getByRole('listitem').count()).toBe(50);
      // The new page is shown from its first row, not from the pager 50 cards below it.
      const firstCard = await preview.getByRole('listitem').first().boundingBox();
      expect(firstCard?.y).toBeGreaterThanOrEqual(0);
      expect(firstCard?.y).toBeLessThan(740);
      const polled = page.waitForResponse((r) => r.url().includes('/api/partners/imports/'), {
        timeout: 60_000,
      });
      await importButton.click();
      // The bar is there from the start; at 0 % its filled part has no width, which Playwright counts
      // as hidden, so it is awaited in the page rather than on screen (its progress is checked below).
      await page.getByRole('progressbar').first().waitFor({ state: 'attached', timeout: 30_000 });
      const first = await polled;
      expect(first.status()).toBe(200);
      expect(await first.json()).toMatchObject({
        total: expect.any(Number),
        status: expect.stringMatching(/running|done/),
      });
      await expectAccessible(page);
      await expectVisible(page.getByText(/Terminé : 2500 nouvelles/), 180_000);
      await context.close();
    } finally {
      await team.coordinator.session.patch('/api/me', { language: 'nl' });
    }
  }, 300_000);

  it('[PARTNERS] the admin gives the districts their postcodes, and an import fills in the district of a row without one', async () => {
    const admin = await phoneContext(browser, server.url);
    await team.admin.session.signIn(admin);
    const page = await admin.newPage();
    await page.goto('/admin/zone');
    await heading(page, 'Zone-instellingen');
    await page.getByRole('button', { name: 'De negen Antwerpse districten invullen' }).click();
    expect(await page.getByLabel('Postcodes van Berchem').inputValue()).toBe('2600');
    const wilrijk = page.getByLabel('Postcodes van Wilrijk');
    // A postcode of two districts, or not of four digits, is named on the district's field.
    await wilrijk.fill('2610, 2600');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expectVisible(page.getByText('2600 hoort al bij Berchem.'));
    await wilrijk.fill('2610, 26');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expectVisible(page.getByText('Een Belgische postcode: vier cijfers, van 1000 tot 9999.'));
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(
      (await team.admin.session.get<{ districtPostcodes: object }>('/api/zone')).districtPostcodes,
    ).toEqual({});
    await wilrijk.fill('2610');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expectVisible(page.getByText('De instellingen zijn opgeslagen.'));
    await admin.close();
    const zone = await team.admin.session.get<{ districtPostcodes: Record<string, string[]> }>('/api/zone');
    expect(zone.districtPostcodes).toMatchObject({ Berchem: ['2600'], Wilrijk: ['2610'] });

    const file = path.join(tmpdir(), `districten-${Date.now()}.csv`);
    const run = Date.now().toString(36);
    writeFileSync(
      file,
      [
        'Naam;Adres;Postcode;District',
        `Buurtwerk ${run};Statiestraat 5, 2600 Berchem;;`,
        `Sportclub ${run};;2610;Hoboken`,
      ].join('\n'),
    );
    const { context, page: coordinator } = await phone();
    await coordinator.goto('/partners/import');
    await heading(coordinator, 'Organisaties importeren');
    await coordinator.locator('input[type=file]').setInputFiles(file);
    await coordinator.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await expectVisible(coordinator.getByText('District Berchem afgeleid uit postcode 2600.'), 60_000);
    await expectVisible(
      coordinator.getByText('Bij 1 organisatie zonder district is het district afgeleid uit de postcode.'),
    );
    await expectAccessible(coordinator);
    expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await coordinator.getByRole('button', { name: 'Importeren', exact: true }).click();
    await expectVisible(coordinator.getByText(/Klaar: 2 nieuw/), 60_000);
    await context.close();
    const found = await team.coordinator.session.get<{ items: { name: string; districts: string[] }[] }>(
      `/api/partners/organisations?q=${run}`,
    );
    expect(Object.fromEntries(found.items.map((o) => [o.name, o.districts]))).toEqual({
      [`Buurtwerk ${run}`]: ['Berchem'],
      [`Sportclub ${run}`]: ['Hoboken'],
    });
  }, 240_000);
});

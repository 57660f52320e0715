import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, createTeam, createUser, E2E_PASSWORD, type Team } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible, field, loginThroughForm } from '../support/page.ts';
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

/** Screenshots for a person to look at, when E2E_SHOTS names a folder. */
async function shoot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SHOTS)
    await page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true });
}

async function signedIn(
  session: ApiSession,
  phone = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = phone ? await phoneContext(browser, server.url) : await desktopContext(browser, server.url);
  await session.signIn(context);
  return { context, page: await context.newPage() };
}

describe('[FOUNDATION] administration', () => {
  it('[FOUNDATION] keyboard-only login (Tab/Enter)', async () => {
    const context = await desktopContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/login');
    await expectHeading(page, 'Aanmelden');
    // The first Tab reaches the skip link; Enter on it moves on to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    const focusedLabel = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.labels?.[0]?.textContent?.replace('*', '').trim() ?? el?.textContent ?? '';
      });
    for (let i = 0; i < 6 && (await focusedLabel()) !== 'E-mailadres'; i++) await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('E-mailadres');
    await page.keyboard.type(team.admin.user.email);
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Wachtwoord');
    await page.keyboard.type(team.admin.user.password);
    await page.keyboard.press('Enter');
    await expectHeading(page, `Welkom, ${team.admin.user.displayName}`);
    // A visible focus ring: the focused element has an outline.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await context.close();
  });

  it('[FOUNDATION] language switch to French and English persists after reload', async () => {
    // A visitor's choice is kept in this browser.
    const visitor = await desktopContext(browser, server.url);
    const login = await visitor.newPage();
    await login.goto('/login');
    await login.getByLabel('Taal').selectOption('en');
    await expectHeading(login, 'Log in');
    await login.reload();
    await expectHeading(login, 'Log in');
    expect(await login.evaluate(() => document.documentElement.lang)).toBe('en');
    await visitor.close();

    // A logged-in user's choice is saved on their profile.
    const colleague = team.colleague;
    const { context, page } = await signedIn(colleague.session);
    await page.goto('/');
    await expectHeading(page, `Welkom, ${colleague.user.displayName}`);
    await page.getByLabel('Taal').selectOption('fr');
    await expectHeading(page, `Bienvenue, ${colleague.user.displayName}`);
    await expect
      .poll(
        async () =>
          (await colleague.session.get<{ user: { language: string } }>('/api/auth/me')).user.language,
      )
      .toBe('fr');
    await page.reload();
    await expectHeading(page, `Bienvenue, ${colleague.user.displayName}`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'fr',
      'ltr',
    ]);
    await expectVisible(page.getByRole('navigation').getByRole('link', { name: 'Mon profil' }));

    await field(page, 'Langue').selectOption('en');
    await expectHeading(page, `Welcome, ${colleague.user.displayName}`);
    await expect
      .poll(
        async () =>
          (await colleague.session.get<{ user: { language: string } }>('/api/auth/me')).user.language,
      )
      .toBe('en');
    await page.reload();
    await expectHeading(page, `Welcome, ${colleague.user.displayName}`);
    await context.close();

    // The saved language follows the user to another browser.
    const other = await signedIn(colleague.session);
    await other.page.goto('/profile');
    await expectHeading(other.page, 'My profile');
    await other.context.close();
  });

  it('[FOUNDATION] an admin edits the zone settings', async () => {
    const { context, page } = await signedIn(team.admin.session);
    await page.goto('/admin/zone');
    await expectHeading(page, 'Zone-instellingen');
    await expectAccessible(page);
    // The current page's menu item keeps its contrast under the mouse too.
    await page.getByRole('navigation').getByRole('link', { name: 'Zone-instellingen', exact: true }).hover();
    await expectAccessible(page);

    // k below the minimum is refused next to the field, and nothing is saved.
    await page.getByLabel('Publicatiedrempel k').fill('1');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expectVisible(page.getByText('Een geheel getal van 2 tot 20.'));
    expect((await team.admin.session.get<{ publicationK: number }>('/api/zone')).publicationK).toBe(3);

    await page.getByLabel('Naam van de zone').fill('PZ Antwerpen — dienst diversiteit');
    await page.getByLabel('Districten').fill('');
    await page.getByRole('button', { name: 'De negen Antwerpse districten invullen' }).click();
    expect(await page.getByLabel('Districten').inputValue()).toContain('Borgerhout');
    await page.getByLabel('Standaardtaal').selectOption('fr');
    await page.getByLabel('Publicatiedrempel k').fill('4');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expectVisible(page.getByText('De instellingen zijn opgeslagen.'));

    const zone = await team.admin.session.get<{
      name: string;
      districts: string[];
      publicationK: number;
      defaultLanguage: string;
    }>('/api/zone');
    expect(zone).toMatchObject({
      name: 'PZ Antwerpen — dienst diversiteit',
      publicationK: 4,
      defaultLanguage: 'fr',
    });
    expect(zone.districts).toHaveLength(9);
    await page.reload();
    expect(await page.getByLabel('Publicatiedrempel k').inputValue()).toBe('4');

    // The change is in the audit log, filtered by action.
    await page.getByRole('navigation').getByRole('link', { name: 'Auditlog' }).click();
    await expectHeading(page, 'Auditlog');
    await page.getByLabel('Actie').fill('zone.update');
    await expectVisible(page.getByRole('cell', { name: 'zone.update' }));
    await context.close();

    // Other roles do not get the page.
    const colleague = await signedIn(team.coordinator.session);
    await colleague.page.goto('/admin/zone');
    await expectHeading(colleague.page, 'Geen toegang');
    await colleague.context.close();
  });

  it('[FOUNDATION] an admin changes a role and deactivates a user after confirming', async () => {
    await createUser(team.admin.session, {
      email: 'sam@brug.test',
      displayName: 'Sam Tijdelijk',
      role: 'colleague',
    });
    const { context, page } = await signedIn(team.admin.session);
    await page.goto('/admin/users');
    await page.getByLabel('Zoeken op naam of e-mail').fill('sam@');
    await expectVisible(page.getByRole('cell', { name: 'sam@brug.test' }));
    await page.getByLabel('Rol van Sam Tijdelijk').selectOption('partner');
    await expectVisible(page.getByText('De wijziging is opgeslagen.'));

    await page.getByRole('button', { name: 'Sam Tijdelijk deactiveren' }).click();
    const dialog = page.getByRole('dialog');
    await expectVisible(
      dialog.getByText('Sam Tijdelijk kan zich dan niet meer aanmelden.', { exact: false }),
    );
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Deactiveren' }).click();
    await expectVisible(page.getByRole('cell', { name: 'Gedeactiveerd' }));
    const { items } = await team.admin.session.get<{
      items: { email: string; role: string; status: string }[];
    }>('/api/users?q=sam');
    expect(items[0]).toMatchObject({ role: 'partner', status: 'deactivated' });

    // The last admin cannot demote themselves: the UI offers no role menu on the own row.
    await page.getByLabel('Zoeken op naam of e-mail').fill('admin@');
    await expectVisible(page.getByRole('cell', { name: 'admin@brug.test' }));
    expect(await page.getByLabel('Rol van Ada Admin').count()).toBe(0);
    await context.close();
  });

  it('[FOUNDATION] the login page, the public pages and every admin page pass axe', async () => {
    const visitor = await desktopContext(browser, server.url);
    const page = await visitor.newPage();
    for (const [path, heading] of [
      ['/login', 'Aanmelden'],
      ['/forgot-password', 'Wachtwoord vergeten'],
      ['/reset-password?token=not-a-real-token-123', 'Nieuw wachtwoord kiezen'],
      ['/invitation?token=not-a-real-token-123', 'Uitnodiging aanvaarden'],
      ['/setup?token=not-a-real-token-123', 'Brug instellen'],
    ] as const) {
      await page.goto(path);
      await expectHeading(page, heading);
      await expectAccessible(page);
    }
    // With field errors shown.
    await page.goto('/login');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expectVisible(page.getByText('Geef een geldig e-mailadres.'));
    await expectAccessible(page);
    await visitor.close();

    const { context, page: admin } = await signedIn(team.admin.session);
    for (const [path, heading] of [
      ['/', /^Welkom/],
      ['/admin/users', 'Gebruikers'],
      ['/admin/zone', 'Zone-instellingen'],
      ['/admin/outbox', 'Uitgaande e-mail'],
      ['/admin/audit', 'Auditlog'],
      ['/profile', 'Mijn profiel'],
      ['/no-such-page', 'Pagina niet gevonden'],
    ] as const) {
      await admin.goto(path);
      await expectHeading(admin, heading);
      await admin.getByText('Bezig met laden…').waitFor({ state: 'detached' });
      await expectAccessible(admin);
    }
    await admin.goto('/admin/outbox');
    await admin.getByRole('button', { name: 'Bericht tonen' }).first().click();
    await expectAccessible(admin);
    await admin.goto('/admin/users');
    await admin.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    await expectVisible(admin.getByRole('dialog'));
    await expectAccessible(admin);
    await context.close();
  });

  it('[FOUNDATION] an admin invites a colleague from a phone at 360 px', async () => {
    const { context, page } = await signedIn(team.admin.session, true);
    await page.goto('/');
    await expectHeading(page, /^Welkom/);
    // The navigation hides behind the menu button on a phone.
    const menu = page.getByRole('button', { name: 'Menu' });
    await expectVisible(menu);
    await menu.click();
    await page.getByRole('navigation').getByRole('link', { name: 'Gebruikers' }).click();
    await expectHeading(page, 'Gebruikers');
    await page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Naam').fill('Mo Gsm');
    await dialog.getByLabel('E-mailadres').fill('mo@brug.test');
    await dialog.getByLabel('Rol').selectOption('partner');
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expectVisible(page.getByText('Uitnodiging verstuurd naar mo@brug.test.'));
    // On a phone each user is a card listing "header: value" instead of a wide table row.
    await expectVisible(
      page.getByRole('list', { name: 'Gebruikers' }).getByText('mo@brug.test', { exact: true }),
    );
    // Nothing makes the page wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    await context.close();
  });

  it('[FOUNDATION] the audit log shows its signed anchor, in French on a phone and in Dutch on a desktop', async () => {
    await team.admin.session.patch('/api/me', { language: 'fr' });
    try {
      const phone = await signedIn(team.admin.session, true);
      await phone.page.goto('/admin/audit');
      await expectHeading(phone.page, "Journal d'audit");
      const panel = phone.page.getByTestId('audit-anchor');
      await expectVisible(panel.getByRole('heading', { name: 'Ancre du journal d’audit' }));
      await expectVisible(panel.getByText('Dernier point de contrôle signé', { exact: false }));
      const head = await panel.locator('code').first().textContent();
      expect(head).toMatch(/^\d+:[0-9a-f]{64}$/);
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectAccessible(phone.page);
      await shoot(phone.page, 'audit-anchor-phone-fr');
      await phone.context.close();
    } finally {
      await team.admin.session.patch('/api/me', { language: 'nl' });
    }
    const desktop = await signedIn(team.admin.session);
    await desktop.page.goto('/admin/audit');
    await expectVisible(desktop.page.getByRole('heading', { name: 'Anker van het auditlog' }));
    await expectVisible(desktop.page.getByRole('button', { name: 'Kop kopiëren' }));
    await shoot(desktop.page, 'audit-anchor-desktop-nl');
    await desktop.context.close();
  });

  it('[FOUNDATION] wrong passwords make this browser wait, and the page says how long', async () => {
    await createUser(team.admin.session, {
      email: 'lou@brug.test',
      displayName: 'Lou Vergeetachtig',
      role: 'colleague',
    });
    // Lou's own browser logged in before: it holds the device cookie.
    const known = await desktopContext(browser, server.url);
    const own = await known.newPage();
    await loginThroughForm(own, { email: 'lou@brug.test', password: E2E_PASSWORD });
    await expectHeading(own, /^Welkom/);
    await known.clearCookies({ name: 'brug_session' });

    const context = await desktopContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('E-mailadres').fill('lou@brug.test');
    for (let i = 0; i < 3; i++) {
      await field(page, 'Wachtwoord').fill(`not the password ${i}`);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await expectVisible(page.getByText('Onjuist e-mailadres of wachtwoord.'));
    }
    await field(page, 'Wachtwoord').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expectVisible(
      page.getByText(
        /Te veel mislukte pogingen vanuit deze browser\. Probeer het opnieuw over 1[0-5] seconden/,
      ),
    );
    await expectAccessible(page);
    await shoot(page, 'login-throttled-nl');
    await context.close();

    // From the same address, Lou's own browser is not held up.
    await loginThroughForm(own, { email: 'lou@brug.test', password: E2E_PASSWORD });
    await expectHeading(own, /^Welkom/);
    await known.close();
  });

  it('[FOUNDATION] an ended session sends the user to the login page and back', async () => {
    const { login } = await import('../support/api.ts');
    const session = await login(server, team.coordinator.user.email);
    const { context, page } = await signedIn(session);
    await page.goto('/admin/users');
    await expectHeading(page, 'Gebruikers');
    await session.post('/api/auth/logout');
    await page.getByLabel('Zoeken op naam of e-mail').fill('kim');
    await page.waitForURL(/\/login\?next=%2Fadmin%2Fusers/);
    await page.getByLabel('E-mailadres').fill(team.coordinator.user.email);
    await field(page, 'Wachtwoord').fill(team.coordinator.user.password);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expectHeading(page, 'Gebruikers');
    await context.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, invitationLink, login } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser } from '../support/browser.ts';
import { expectHeading, expectVisible, field, loginThroughForm } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';

let server: BrugServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('[FOUNDATION] first run', () => {
  it('[FOUNDATION] first-run setup → login → invite a colleague → the colleague accepts and logs in', async () => {
    const context = await desktopContext(browser, server.url);
    const page = await context.newPage();

    // The person with the printed link creates the zone and the first admin.
    await page.goto(new URL(server.setupUrl!).pathname + new URL(server.setupUrl!).search);
    await expectHeading(page, 'Brug instellen');
    await expectAccessible(page);
    await page.getByLabel('Naam van de zone').fill('PZ Antwerpen');
    await field(page, 'Naam').fill(ADMIN.displayName);
    await page.getByLabel('E-mailadres').fill(ADMIN.email);
    await page.getByLabel('Nieuw wachtwoord').fill('short');
    await page.getByRole('button', { name: 'Zone aanmaken' }).click();
    // The password rule is explained in Dutch, next to the field.
    await expectVisible(page.getByText('Minstens 12 tekens.'));
    await page.getByLabel('Nieuw wachtwoord').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Zone aanmaken' }).click();
    await expectHeading(page, `Welkom, ${ADMIN.displayName}`);

    // The set-up link works only once.
    const again = await context.newPage();
    await again.goto(`/setup${new URL(server.setupUrl!).search}`);
    await expectVisible(again.getByText('Brug is al ingesteld'));
    await again.close();

    // Log out and in again through the form; a wrong password is refused in Dutch.
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await expectHeading(page, 'Aanmelden');
    await page.getByLabel('E-mailadres').fill(ADMIN.email);
    await field(page, 'Wachtwoord').fill('not the password at all');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expectVisible(page.getByText('Onjuist e-mailadres of wachtwoord.'));
    await loginThroughForm(page, ADMIN);
    await expectHeading(page, `Welkom, ${ADMIN.displayName}`);

    // Invite a colleague.
    await page.getByRole('navigation').getByRole('link', { name: 'Gebruikers' }).click();
    await expectHeading(page, 'Gebruikers');
    await page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    const dialog = page.getByRole('dialog');
    await field(dialog, 'Naam').fill('Kim Collega');
    await dialog.getByLabel('E-mailadres').fill('kim@brug.test');
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expectVisible(page.getByRole('cell', { name: 'kim@brug.test' }));
    await expectVisible(page.getByRole('cell', { name: 'Uitgenodigd' }));

    // Without SMTP, the invitation waits in the outbox, where the admin can read it.
    await page.getByRole('navigation').getByRole('link', { name: 'Uitgaande e-mail' }).click();
    await expectHeading(page, 'Uitgaande e-mail');
    await expectVisible(page.getByRole('cell', { name: 'kim@brug.test' }));
    const link = await invitationLink(await login(server, ADMIN.email), 'kim@brug.test');
    await context.close();

    // The colleague, in their own browser, accepts and is logged in.
    const kimContext = await desktopContext(browser, server.url);
    const kim = await kimContext.newPage();
    await kim.goto(new URL(link).pathname + new URL(link).search);
    await expectHeading(kim, 'Uitnodiging aanvaarden');
    await expectVisible(kim.getByText('kim@brug.test'));
    await kim.getByLabel('Nieuw wachtwoord').fill('my own long passphrase 7');
    await kim.getByLabel('Herhaal het wachtwoord').fill('my own long passphrase 8');
    await kim.getByRole('button', { name: 'Account activeren' }).click();
    await expectVisible(kim.getByText('De wachtwoorden zijn niet gelijk.'));
    await kim.getByLabel('Herhaal het wachtwoord').fill('my own long passphrase 7');
    await kim.getByRole('button', { name: 'Account activeren' }).click();
    await expectHeading(kim, 'Welkom, Kim Collega');
    // A colleague sees no admin pages in the navigation.
    expect(await kim.getByRole('navigation').getByRole('link', { name: 'Gebruikers' }).count()).toBe(0);

    await kim.getByRole('button', { name: 'Afmelden' }).click();
    await loginThroughForm(kim, { email: 'kim@brug.test', password: 'my own long passphrase 7' });
    await expectHeading(kim, 'Welkom, Kim Collega');
    // The invitation link is single-use.
    await kim.goto(new URL(link).pathname + new URL(link).search);
    await expectVisible(kim.getByText('Deze uitnodiging is ongeldig'));
    await kimContext.close();
  });
});

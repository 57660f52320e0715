import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTeam, createUser, login, type Team, useMailbox } from '../support/api.ts';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { type Mailbox, startMailbox } from '../support/mailbox.ts';
import { expectHeading, expectVisible } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';

let server: BrugServer;
let browser: Browser;
let mailbox: Mailbox;
let team: Team;
const NEW_PASSWORD = 'een gloednieuwe wachtzin 12';

beforeAll(async () => {
  mailbox = await startMailbox();
  useMailbox(mailbox);
  [server, browser] = await Promise.all([
    startServer({ timeoutMs: 360_000, env: { SMTP_URL: mailbox.url } }),
    launchBrowser(),
  ]);
  team = await createTeam(server);
}, 480_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  useMailbox(undefined);
  await mailbox?.close();
});

it('[FOUNDATION] a reset password is announced: by mail, and in the app after the next login, at 360 px', async () => {
  const email = team.colleague.user.email;
  const asked = await fetch(`${server.url}/api/auth/password-reset/request`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  expect(asked.status).toBe(200);
  const mail = await mailbox.waitFor(email, (m) => m.text.includes('/reset-password?token='));
  const link = new URL(/https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mail.text)![0]);

  const phone = await phoneContext(browser, server.url);
  const page = await phone.newPage();
  await page.goto(`${link.pathname}${link.search}`);
  await expectHeading(page, 'Nieuw wachtwoord kiezen');
  await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
  await page.getByLabel('Herhaal het wachtwoord').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expectVisible(page.getByText('Je wachtwoord is gewijzigd.', { exact: false }));
  const notice = await mailbox.waitFor(email, (m) => m.subject === 'Je wachtwoord voor Brug is gewijzigd');
  expect(notice.text).toContain('Aangevraagd door: iemand die niet was aangemeld');

  const session = await login(server, email, NEW_PASSWORD);
  await session.signIn(phone);
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'Je wachtwoord werd opnieuw ingesteld' });
  await expectVisible(alert);
  await expectVisible(alert.getByText('iemand die niet was aangemeld', { exact: false }));
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await alert.getByRole('button', { name: 'Gezien' }).click();
  await alert.waitFor({ state: 'detached' });
  await page.reload();
  await expectHeading(page, /Welkom/);
  expect(await page.getByText('Je wachtwoord werd opnieuw ingesteld').count()).toBe(0);
  await phone.close();
});

it('[FOUNDATION] the admin’s outbox shows delivery and a body without personal links, at 360 px and on a desktop', async () => {
  for (const makeContext of [phoneContext, desktopContext]) {
    const context = await makeContext(browser, server.url);
    await team.admin.session.signIn(context);
    const page = await context.newPage();
    await page.goto('/admin/outbox');
    await expectHeading(page, 'Uitgaande e-mail');
    await page.getByText('Bezig met laden…').waitFor({ state: 'detached' });
    await expectVisible(
      page.getByText('Links waarmee iemand als de ontvanger kan handelen', { exact: false }),
    );
    await expectVisible(page.getByText('Taal').first());
    await expectVisible(page.getByText('Pogingen').first());
    await expectVisible(page.getByText('Fout').first());
    await expectVisible(page.getByText('Verstuurd').first());
    await page.getByRole('button', { name: 'Bericht tonen' }).first().click();
    await expectVisible(page.getByText('[persoonlijke link — alleen voor de ontvanger]').first());
    expect(await page.content()).not.toMatch(/token=[\w-]{20,}/);
    await expectAccessible(page);
    if (makeContext === phoneContext)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  }
});

it('[FOUNDATION] a researcher’s new password holds only once another bureau member confirms it, on a phone', async () => {
  const bea = await createUser(team.admin.session, {
    email: 'bea@brug.test',
    displayName: 'Bea Bureau',
    role: 'researcher',
  });
  const email = team.researcher.user.email;
  await fetch(`${server.url}/api/auth/password-reset/request`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  const mail = await mailbox.waitFor(email, (m) => m.text.includes('/reset-password?token='));
  expect(mail.text).toContain('een ander lid van het bureau');
  const link = new URL(/https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mail.text)![0]);
  const robinPhone = await phoneContext(browser, server.url);
  const robin = await robinPhone.newPage();
  await robin.goto(`${link.pathname}${link.search}`);
  await robin.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
  await robin.getByLabel('Herhaal het wachtwoord').fill(NEW_PASSWORD);
  await robin.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expectVisible(
    robin.getByText('geldt pas nadat een ander lid van het onderzoeksbureau', { exact: false }),
  );
  await robinPhone.close();
  await expect(login(server, email, NEW_PASSWORD)).rejects.toThrow(/401/);

  const beaPhone = await phoneContext(browser, server.url);
  await bea.signIn(beaPhone);
  const page = await beaPhone.newPage();
  await page.goto('/profile');
  await expectHeading(page, 'Mijn profiel');
  const card = page.getByRole('region', { name: 'Nieuwe wachtwoorden om te bevestigen' });
  await expectVisible(card.getByText('Robin Onderzoeker', { exact: false }));
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await card.getByRole('button', { name: 'Bevestigen' }).click();
  await card.waitFor({ state: 'detached' });
  await beaPhone.close();

  const robinAgain = await login(server, email, NEW_PASSWORD);
  const again = await phoneContext(browser, server.url);
  await robinAgain.signIn(again);
  const home = await again.newPage();
  await home.goto('/');
  await expectVisible(home.getByText('Bevestigd door: Bea Bureau (bea@brug.test).', { exact: false }));
  await again.close();
});

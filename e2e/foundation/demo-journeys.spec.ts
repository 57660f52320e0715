import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/axe.ts';
import { desktopContext, launchBrowser, phoneContext } from '../support/browser.ts';
import { expectHeading, expectVisible, fitsPhone, loginThroughForm } from '../support/page.ts';
import { type BrugServer, startServer } from '../support/server.ts';
import { navigateInApp } from '../support/vault.ts';

/**
 * The first hour, as a new user meets it: `npm run demo`'s programme in full swing, walked by every
 * role from its home, in Dutch and French, on a 360 px phone and on a desktop. Every item the home
 * lists must lead to a page that works, passes axe and (on a phone) fits the screen.
 */
const PASSWORD = 'brug-demo-voorbeeldstad';
const PASSPHRASE = 'kluis van bureau luisterrijk';

const NOW = { nl: 'Wat nu op je wacht', fr: 'Ce qui vous attend', en: 'What needs you now' } as const;
const WELCOME = { nl: /^Welkom/, fr: /^Bienvenue/, en: /^Welcome/ } as const;
const BROKEN = /^(Geen toegang|Pagina niet gevonden|Accès refusé|Page introuvable|No access|Page not found)$/;
const LOADING = /^(Bezig met laden…|Chargement…|Loading…)$/;

let server: BrugServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ demo: true, timeoutMs: 230_000 }), launchBrowser()]);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Walk = { email: string; language: 'nl' | 'fr'; phone: boolean };

async function signIn({ email, phone }: Walk): Promise<Page> {
  const context = phone ? await phoneContext(browser, server.url) : await desktopContext(browser, server.url);
  const page = await context.newPage();
  await loginThroughForm(page, { email, password: PASSWORD });
  return page;
}

/** A page has loaded when its title is there and nothing is loading or broken. */
async function settled(page: Page, phone: boolean): Promise<string> {
  const h1 = page.getByRole('heading', { level: 1 }).first();
  await h1.waitFor({ state: 'visible', timeout: 15_000 });
  await page
    .getByText(LOADING)
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
  const title = (await h1.textContent())?.trim() ?? '';
  expect(title, page.url()).not.toMatch(BROKEN);
  expect(
    await page
      .getByRole('alert')
      .filter({ hasText: /Opnieuw proberen|Réessayer/ })
      .count(),
    page.url(),
  ).toBe(0);
  await expectAccessible(page);
  if (phone) await fitsPhone(page);
  return title;
}

/** The home's "what needs you now": each item links to where it is done. Returns the items' texts. */
async function walkHome(page: Page, walk: Walk): Promise<string[]> {
  await expectHeading(page, WELCOME[walk.language]);
  await settled(page, walk.phone);
  const now = page.getByRole('region', { name: NOW[walk.language] });
  await expectVisible(now);
  const links = await now
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })));
  for (const link of links) {
    await page.goto(link.href);
    const title = await settled(page, walk.phone);
    expect(title, `${link.text} → ${link.href}`).not.toBe('');
  }
  return links.map((l) => l.text);
}

describe('[DEMO] every role, from its home, through a programme in full swing', () => {
  it('[DEMO] the coordinator on a desktop in Dutch: the phase, what waits, partners and initiatives', async () => {
    const walk: Walk = { email: 'coordinator@voorbeeldstad.example', language: 'nl', phone: false };
    const page = await signIn(walk);
    await expectVisible(page.getByText(/co-?design|cocreatie|samen ontwerpen/i).first());
    const items = await walkHome(page, walk);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.join(' | ')).toMatch(/over tijd|taak|taken/);
    expect(items.join(' | ')).toMatch(/uitnodiging/);

    await page.goto('/partners');
    await settled(page, false);
    expect(await page.getByRole('row').count()).toBeGreaterThan(15);
    await page.goto('/initiatives');
    await settled(page, false);
    await page.close();
  });

  it('[DEMO] the same coordinator on a phone: the dashboard shows trust rising, without raw keys', async () => {
    const walk: Walk = { email: 'coordinator@voorbeeldstad.example', language: 'nl', phone: true };
    const page = await signIn(walk);
    await walkHome(page, walk);
    await page.goto('/insights');
    await settled(page, true);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/\b(need|planned|workshop|improvement_point|co_design)\b/);
    await page.close();
  });

  it('[DEMO] the researcher on a phone in French: the vault opens, the conversations and findings are there', async () => {
    const walk: Walk = { email: 'onderzoeker@voorbeeldstad.example', language: 'fr', phone: true };
    const page = await signIn(walk);
    await expectVisible(page.getByText('Le coffre est fermé'));
    await walkHome(page, walk);
    await page.goto('/vault');
    await settled(page, true);
    await page.getByLabel('Phrase secrète du coffre').first().fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Ouvrir le coffre' }).click();
    await expectVisible(page.getByText(/coffre est ouvert/i).first(), 30_000);
    // Within the app: a reload would lock the vault again (the key lives in this page's memory).
    await navigateInApp(page, '/');
    await expectVisible(page.getByText('Le coffre est ouvert dans cette fenêtre'));
    await settled(page, true);
    await page.close();
  });

  it('[DEMO] a partner in French on a phone, and a colleague in French on a desktop', async () => {
    for (const walk of [
      { email: 'amelie@maison-kiel.example', language: 'fr', phone: true },
      { email: 'collega2@voorbeeldstad.example', language: 'fr', phone: false },
    ] as const) {
      const page = await signIn(walk);
      await walkHome(page, walk);
      await page.close();
    }
  });

  it('[DEMO] the admin and a colleague in Dutch, on a desktop and a phone', async () => {
    for (const walk of [
      { email: 'admin@voorbeeldstad.example', language: 'nl', phone: false },
      { email: 'collega@voorbeeldstad.example', language: 'nl', phone: true },
    ] as const) {
      const page = await signIn(walk);
      const items = await walkHome(page, walk);
      if (walk.email.startsWith('admin')) expect(items.length).toBeGreaterThan(0);
      await page.close();
    }
  });
});

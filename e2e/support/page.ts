import type { Locator, Page } from 'playwright-core';
import type { TestUser } from './api.ts';

/** Waits until the locator is visible (default 10 s); fails with the locator in the message. */
export async function expectVisible(locator: Locator, timeout = 10_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/**
 * Waits for the page's h1 to read `text`: a string whole ("Bevraging" is not found on "Bevraging
 * bewerken", so a page that is still the form does not pass for the page after it), or a pattern.
 */
export async function expectHeading(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  await expectVisible(page.getByRole('heading', { level: 1, name: text, exact: true }), timeout);
}

/** Logs in through the login form (Dutch labels: the contexts use locale nl-BE). */
export async function loginThroughForm(
  page: Page,
  user: Pick<TestUser, 'email' | 'password'>,
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(user.email);
  await field(page, 'Wachtwoord').fill(user.password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * An input by its exact label; Mantine appends " *" to the label of a required field, so a plain
 * exact match would miss it.
 */
export function field(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByLabel(new RegExp(`^${escaped}\\s*\\*?$`));
}

/** The page fits a 360 px phone: nothing scrolls sideways. */
export async function fitsPhone(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 360) {
    // Name the innermost elements that reach past the screen, so the failure says what to fix.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter(
          (e) =>
            e.getBoundingClientRect().right > 361 &&
            ![...e.children].some((c) => c.getBoundingClientRect().right > 361),
        )
        .slice(0, 5)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ')[0]}` : ''} "${(e.textContent ?? '').trim().slice(0, 40)}"`,
        ),
    );
    throw new Error(`the page is ${width} px wide on a 360 px phone: ${wide.join(', ')}`);
  }
  // A button whose label is cut off says less than it should ("Inviter les collègues sélectionn").
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('button, a, .mantine-Button-label')]
      .filter((b) => b.scrollWidth > b.clientWidth + 1 && getComputedStyle(b).overflow !== 'visible')
      .map((b) => `"${(b.textContent ?? '').trim().slice(0, 60)}"`),
  );
  if (clipped.length > 0) throw new Error(`cut-off button labels on a 360 px phone: ${clipped.join(', ')}`);
}

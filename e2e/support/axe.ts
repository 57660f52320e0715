import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource: string = require('axe-core').source;

type Violation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
};

export type AccessibilityOptions = {
  /** CSS selectors to leave out (a third-party widget under review, say). */
  exclude?: string[];
  /** Impacts that fail the check; default serious and critical. */
  impacts?: string[];
};

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now and throws when there is a
 * violation of serious or critical impact, listing rule, help text and elements.
 */
export async function expectAccessible(page: Page, options: AccessibilityOptions = {}): Promise<void> {
  // Page.evaluate is not subject to the page's Content-Security-Policy, unlike a <script> tag.
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  let failing = await check(page, options);
  // Colours caught halfway through a transition (a dialog fading in, a button leaving its loading
  // state) are not what the person reads: a violation must still be there once the page has settled.
  if (failing.length > 0) {
    await page.waitForTimeout(1000);
    failing = await check(page, options);
  }
  if (failing.length > 0) {
    const report = failing
      .map(
        (v) =>
          `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes
            .slice(0, 5)
            .map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replaceAll('\n', ' ') ?? ''}`)
            .join('\n')}`,
      )
      .join('\n');
    throw new Error(`Accessibility violations on ${page.url()}:\n${report}`);
  }
}

/** Waits for the page's finite animations and transitions (at most 3 s), then runs axe once. */
async function check(page: Page, options: AccessibilityOptions): Promise<Violation[]> {
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Number.POSITIVE_INFINITY))
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]),
  );
  const violations = await page.evaluate(async (exclude: string[]) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const axe = (window as any).axe;
    const result = await axe.run(exclude.length ? { exclude: exclude.map((s) => [s]) } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
      // Before its rules, axe loads what they need: the media (no-autoplay-audio) and, by default, a copy
      // of every style sheet parsed again for css-orientation-lock, an experimental rule that these tags
      // leave out. Loading only the media gives the same results on every rule and element and saves
      // about a fifth of each run.
      preload: { assets: ['media'] },
    });
    return result.violations as Violation[];
  }, options.exclude ?? []);
  const impacts = options.impacts ?? ['serious', 'critical'];
  return violations.filter((v) => v.impact && impacts.includes(v.impact));
}

import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium features turned off besides Playwright's own. Headless Chromium gives every window (one
 * per browser context) an address bar whose suggestion popups are WebUI pages
 * (`chrome://omnibox-popup.top-chrome/`), loaded in a renderer of their own and laid out by the
 * browser process: about 0.9 s of CPU per context, more than a simple page of the app itself. The
 * tests never type into the address bar.
 */
const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/** Where the global set-up hands Playwright's own `--disable-features` list to the spec files. */
export const PLAYWRIGHT_FEATURES_ENV = 'E2E_PLAYWRIGHT_DISABLED_FEATURES';

/**
 * The features Playwright turns off (`--disable-features=…` in the command line it launches), read
 * from `chrome://version`. Chromium obeys only the last `--disable-features` of its command line, so
 * ours must repeat Playwright's (which change with its version) rather than replace them.
 */
export async function playwrightDisabledFeatures(): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  try {
    const page = await browser.newPage();
    await page.goto('chrome://version');
    const commandLine = (await page.locator('#command_line').textContent()) ?? '';
    const lists = [...commandLine.matchAll(/--disable-features=(\S+)/g)].map((m) => m[1]);
    if (lists.length !== 1) throw new Error(`expected one --disable-features in ${commandLine}`);
    return lists[0].split(',');
  } finally {
    await browser.close();
  }
}

/** Debian's Chromium, headless; never downloads a browser. */
export async function launchBrowser(): Promise<Browser> {
  const known = process.env[PLAYWRIGHT_FEATURES_ENV];
  const playwrights = known ? known.split(',') : await playwrightDisabledFeatures();
  const features = [...new Set([...playwrights, ...DISABLED_FEATURES])];
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...ARGS, `--disable-features=${features.join(',')}`],
  });
}

export function desktopContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'nl-BE', ...options });
}

/** A phone: 360 × 740 CSS pixels, touch, mobile viewport. */
export function phoneContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-BE',
    ...options,
  });
}

/**
 * Screenshots of the foundation pages at 360 px and on a desktop, for a human to look at:
 * `npx tsx e2e/support/screenshots.ts /tmp/shots` (builds nothing: run `npm run build:web` first).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createTeam } from './api.ts';
import { desktopContext, launchBrowser, phoneContext } from './browser.ts';
import { startServer } from './server.ts';

const out = process.argv[2] ?? '/tmp/brug-screenshots';
mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await launchBrowser();
try {
  const team = await createTeam(server);
  const pages = ['/', '/admin/users', '/admin/zone', '/admin/outbox', '/admin/audit', '/profile'];
  for (const [kind, make] of [
    ['phone', phoneContext],
    ['desktop', desktopContext],
  ] as const) {
    const context = await make(browser, server.url);
    await team.admin.session.signIn(context);
    const page = await context.newPage();
    for (const p of pages) {
      await page.goto(p);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(500);
      const name = p === '/' ? 'home' : p.replaceAll('/', '-').replace(/^-/, '');
      await page.screenshot({ path: path.join(out, `${kind}-${name}.png`), fullPage: true });
    }
    if (kind === 'phone') {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(out, 'phone-menu.png') });
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`screenshots in ${out}`);

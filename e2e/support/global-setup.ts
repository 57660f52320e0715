import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PLAYWRIGHT_FEATURES_ENV, playwrightDisabledFeatures } from './browser.ts';
import { ensureTemplateDataDir, ROOT } from './server.ts';

const WEB = path.join(ROOT, 'apps/web');
const BUILT = path.join(WEB, 'dist/index.html');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Bundles the server (a second, always: it is fast), builds the web app when apps/web/dist is missing or
 * stale, makes the data folder every spec's server starts from (`ensureTemplateDataDir`) and reads the
 * Chromium features Playwright turns off (`playwrightDisabledFeatures`).
 */
export default async function setup(): Promise<void> {
  execFileSync('npm', ['run', 'build', '-w', '@brug/server'], { cwd: ROOT, stdio: 'inherit' });
  buildWebIfStale();
  // Read once here; the spec files' workers inherit the environment (see browser.ts).
  const [features] = await Promise.all([playwrightDisabledFeatures(), ensureTemplateDataDir()]);
  process.env[PLAYWRIGHT_FEATURES_ENV] = features.join(',');
}

function buildWebIfStale(): void {
  const sources = Math.max(newestChange(WEB), newestChange(path.join(ROOT, 'packages/domain/src')));
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= sources) return;
  console.log('Building the web app (apps/web/dist is missing or stale)…');
  // vitest sets NODE_ENV=test; the bundle must be the production build of React.
  execFileSync('npm', ['run', 'build', '-w', '@brug/web'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { startServer } from '../../e2e/support/server.ts';
import { type Benchmark, type BenchRow, ROOT } from '../lib.ts';

const DIST = path.join(ROOT, 'apps/web/dist');
const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;

function gzipped(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Sizes of the built web app: what a phone downloads before the first page, and the lazy rest. */
export function measureBundle(): BenchRow[] {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const assets = path.join(DIST, 'assets');
  const files = readdirSync(assets).filter((f) => statSync(path.join(assets, f)).isFile());
  const entryJs = /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  const css = files.filter((f) => f.endsWith('.css'));
  const js = files.filter((f) => f.endsWith('.js'));
  if (!entryJs) throw new Error('no entry script in apps/web/dist/index.html');
  const lazy = js.filter((f) => f !== entryJs).map((f) => gzipped(path.join(assets, f)));
  const entry = gzipped(path.join(assets, entryJs));
  const styles = css.reduce((sum, f) => sum + gzipped(path.join(assets, f)), 0);
  return [
    { name: 'entry script (gzip)', value: kB(entry), unit: 'kB', target: '≤ 170 kB', pass: kB(entry) <= 170 },
    { name: 'styles (gzip)', value: kB(styles), unit: 'kB', target: '≤ 50 kB', pass: kB(styles) <= 50 },
    {
      name: 'entry script + styles, before the first page (gzip)',
      value: kB(entry + styles),
      unit: 'kB',
      target: '≤ 220 kB',
      pass: kB(entry + styles) <= 220,
    },
    {
      name: `lazy chunks (${lazy.length}), all together (gzip)`,
      value: kB(lazy.reduce((a, b) => a + b, 0)),
      unit: 'kB',
    },
    {
      name: 'largest lazy chunk (gzip)',
      value: kB(Math.max(0, ...lazy)),
      unit: 'kB',
      target: '≤ 60 kB',
      pass: kB(Math.max(0, ...lazy)) <= 60,
    },
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const webBundle: Benchmark = {
  module: 'web',
  name: 'bundle size; login page load in Chromium at 360 px',
  async run(ctx) {
    const rows = measureBundle();
    const server = await startServer({ env: { ...ctx.databaseEnv } });
    const browser = await launchBrowser();
    try {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        // A fresh context each time: nothing cached, like a first visit on a phone.
        const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'nl-BE' });
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(`${server.url}/login`);
        await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 120_000 });
        times.push(performance.now() - start);
        await context.close();
      }
      ctx.log(`login page, first visit: ${times.map((t) => Math.round(t)).join(', ')} ms`);
      const value = Math.round(median(times));
      // The machine is shared: page timings mean little without the load they were taken under.
      rows.push({
        name: 'load average (1 min) during the page loads',
        value: Math.round(loadavg()[0] * 10) / 10,
        unit: '',
      });
      rows.push({
        name: 'login page, first visit to visible heading (median of 5, loopback)',
        value,
        unit: 'ms',
        target: '< 1500 ms',
        pass: value < 1500,
      });
    } finally {
      await browser.close();
      await server.stop();
    }
    return rows;
  },
};

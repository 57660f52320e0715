/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { launchBrowser } from '../e2e/support/browser.ts';
import { WORD_VECTORS_FILE } from '../packages/domain/src/analysis/vectors-node.ts';

/**
 * Runs `window[fn](...args)` of a bundled entry in Debian's Chromium, on a page served from
 * 127.0.0.1 (a secure context, so WebCrypto is there), and returns what it resolved to. The same
 * module runs in Node beside it, so a benchmark can show browser and Node side by side in one run.
 */
export async function runInChromium<T>(entry: string, fn: string, args: unknown[] = []): Promise<T> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    target: 'es2022',
    external: ['node:*'],
    // Scripts that check whether they were started from the command line ask for process.argv.
    define: { 'process.argv': '[]' },
  });
  const script = out.outputFiles[0].text;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
    } else if (req.url === '/word-vectors.bin') {
      // The theme engine's word vectors, as Brug serves them to its theme worker.
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(readFileSync(WORD_VECTORS_FILE));
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>bench</title><script type="module" src="/bench.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page
      .waitForFunction((name) => typeof (window as never)[name] === 'function', fn, { timeout: 30_000 })
      .catch((err) => {
        throw new Error(`${fn} never appeared: ${errors.join('; ') || err.message}`);
      });
    return (await page.evaluate(
      ([name, a]) =>
        (window as unknown as Record<string, (...x: unknown[]) => unknown>)[name as string](
          ...(a as unknown[]),
        ),
      [fn, args] as const,
    )) as T;
  } finally {
    await browser.close();
    server.close();
  }
}

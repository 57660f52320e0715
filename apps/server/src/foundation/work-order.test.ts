import { noteWaiting, workStart } from '@brug/db';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { closeContext, createContext } from '../context.ts';
import type { AppContext } from '../http/context.ts';

// Under load a request's queries go before those of requests that arrived after it (`asWork`). That
// needs the request's arrival in its handler, also where reading the body ran in another context.
let app: FastifyInstance;
let ctx: AppContext;
let drop: () => Promise<void>;
let base: string;
beforeAll(async () => {
  const made = await createTestDatabase();
  drop = made.drop;
  // The job queues poll once a minute: polls every half second, of several queues at once, would
  // themselves wait on PGlite's thread now and then, and keep requests in order while the test waits for
  // the order to end (seen once on a loaded two-core machine).
  ctx = await createContext(
    loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://brug.test' }),
    { database: made.database, jobPollingSeconds: 60 },
  );
  app = await buildApp(ctx, { logger: false, serveWeb: false });
  // Two routes of the moment that say when the work they run in began, as a query would see it.
  app.get('/api/work-order-test', async () => ({ start: workStart() ?? null }));
  app.post('/api/work-order-test', async () => ({ start: workStart() ?? null }));
  base = await app.listen({ host: '127.0.0.1', port: 0 });
}, 240_000);
afterAll(async () => {
  await app?.close();
  if (ctx) await closeContext(ctx);
  await drop?.();
}, 120_000);

/** A body that arrives in three parts 50 ms apart, as from a slow phone: its end is read in a later turn. */
function slowBody(): ReadableStream<Uint8Array> {
  const parts = ['{"text":"', 'x'.repeat(1_000), '"}'].map((p) => new TextEncoder().encode(p));
  return new ReadableStream({
    async pull(controller) {
      const part = parts.shift();
      if (!part) return controller.close();
      await new Promise((r) => setTimeout(r, 50));
      controller.enqueue(part);
    },
  });
}

const ask = async (method: 'GET' | 'POST') => {
  const res = await fetch(`${base}/api/work-order-test`, {
    method,
    ...(method === 'POST'
      ? { body: slowBody(), duplex: 'half', headers: { 'content-type': 'application/json' } }
      : {}),
  } as RequestInit);
  expect(res.status).toBe(200);
  return ((await res.json()) as { start: number | null }).start;
};

describe('[DATABASE] requests in order while the database has work waiting', () => {
  it("carries the request's arrival into its handler, after a body was read too, and drops it when nothing waits", async () => {
    noteWaiting();
    const before = performance.now();
    const read = await ask('GET');
    const written = await ask('POST');
    expect(read).toBeGreaterThanOrEqual(before);
    expect(written).toBeGreaterThan(read as number);
    expect(written).toBeLessThanOrEqual(performance.now());
    await new Promise((r) => setTimeout(r, 2_100));
    expect(await ask('GET')).toBeNull();
    expect(await ask('POST')).toBeNull();
  });
});

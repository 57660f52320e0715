import { asWork, openDatabase } from '@brug/db';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createConfiguredDatabase } from './test-database.ts';

// The server's own connections ending is a PostgreSQL matter: this file always talks to a server,
// TEST_DATABASE_URL or the one `npm test` makes sure of (127.0.0.1:5432).
const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
let scratch: Awaited<ReturnType<typeof createConfiguredDatabase>>;

beforeAll(async () => {
  const before = process.env.TEST_DATABASE_URL;
  process.env.TEST_DATABASE_URL = serverUrl;
  scratch = await createConfiguredDatabase();
  process.env.TEST_DATABASE_URL = before;
  if (before === undefined) delete process.env.TEST_DATABASE_URL;
});
afterAll(async () => scratch?.drop());

describe('[DATABASE] the server ends connections', () => {
  it('keeps running when PostgreSQL ends its idle connections, and the next query opens a new one', async () => {
    const database = await openDatabase({ databaseUrl: scratch.env.DATABASE_URL, poolSize: 3 });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await Promise.all([1, 2, 3].map(() => database.executeSql('select pg_sleep(0.05)', [])));
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      const name = new URL(scratch.env.DATABASE_URL).pathname.slice(1);
      const ended = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      await admin.end();
      expect(ended.rowCount).toBeGreaterThan(0);
      // Every ended connection is reported (and dropped) before the next query takes one.
      await vi.waitFor(() => expect(logged).toHaveBeenCalledTimes(ended.rowCount ?? 0), { timeout: 10_000 });
      expect(String(logged.mock.calls[0]?.[0])).toContain('closed by the server');
      const { rows } = await database.executeSql('select 1 as one', []);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      logged.mockRestore();
      await database.close();
    }
  });
});

describe('[DATABASE] a full pool', () => {
  it('hands its next connection to the oldest request, then to work outside any request', async () => {
    const database = await openDatabase({ databaseUrl: scratch.env.DATABASE_URL, poolSize: 1 });
    try {
      const order: string[] = [];
      const ask = (label: string, text = 'select 1') =>
        database.executeSql(text, []).then(() => {
          order.push(label);
        });
      // The one connection is busy long enough for all the others to be waiting when it comes free…
      const running = ask('running', 'select pg_sleep(0.3)');
      await new Promise((r) => setTimeout(r, 100));
      // …then a job, queries of two requests and a transaction of the oldest one, asked newest first.
      const now = performance.now();
      await Promise.all([
        running,
        ask('job'),
        asWork(now - 5, () => ask('newer request')),
        asWork(now - 10, () => ask('older request')),
        asWork(now - 10, () => ask('older request, its next query')),
        asWork(now - 20, () =>
          database.db
            .transaction(async (tx) => {
              await tx.execute(sql`select 1`);
            })
            .then(() => {
              order.push('oldest request, its transaction');
            }),
        ),
      ]);
      expect(order).toEqual([
        'running',
        'oldest request, its transaction',
        'older request',
        'older request, its next query',
        'newer request',
        'job',
      ]);
    } finally {
      await database.close();
    }
  });
});

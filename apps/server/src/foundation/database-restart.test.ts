import { openDatabase } from '@brug/db';
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

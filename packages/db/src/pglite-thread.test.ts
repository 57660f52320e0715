import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './client.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('the embedded database on its own thread', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    await database.executeSql(
      'create table kinds (id bigint primary key, at timestamptz, day date, bytes bytea, doc jsonb, tags text[], name text unique)',
    );
  }, 120_000);
  afterAll(async () => {
    await database.close();
  });

  it('runs a statement while the server’s thread goes on with its own work', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    try {
      // 400 ms of work in the database; on the server's thread it would stop every timer meanwhile.
      await database.executeSql('select pg_sleep(0.4)', []);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThanOrEqual(10);
  });

  it('gives values back as they went in: dates as PostgreSQL writes them through drizzle, bytes, JSON, arrays', async () => {
    const bytes = new Uint8Array([0, 1, 254, 255]);
    await database.db.execute(
      sql`insert into kinds values (${1}, ${'2026-12-06T08:00:00.123Z'}, ${'2026-12-06'}, ${bytes}, ${JSON.stringify({ a: ['é', null] })}::jsonb, '{x,y}', 'one')`,
    );
    const rows = await database.db.execute<{
      id: string;
      at: string;
      day: string;
      bytes: Uint8Array;
      doc: unknown;
      tags: string[];
    }>(sql`select id::text, at, day, bytes, doc, tags from kinds`);
    expect((rows as unknown as { rows: unknown[] }).rows[0]).toEqual({
      id: '1',
      at: '2026-12-06 08:00:00.123+00',
      day: '2026-12-06',
      bytes,
      doc: { a: ['é', null] },
      tags: ['x', 'y'],
    });
  });

  it('passes PostgreSQL’s error fields to the caller, and keeps a failed transaction’s changes out', async () => {
    const error = await database.db.execute(sql`insert into kinds (id, name) values (2, 'one')`).then(
      () => undefined,
      (err: unknown) => err as { cause?: { code?: string; constraint?: string } },
    );
    expect(error?.cause?.code).toBe('23505');
    expect(error?.cause?.constraint).toBe('kinds_name_key');

    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into kinds (id, name) values (3, 'three')`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const committed = await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into kinds (id, name) values (4, 'four')`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into kinds (id, name) values (5, 'five')`);
          inner.rollback();
        })
        .catch(() => {});
      return 'done';
    });
    expect(committed).toBe('done');
    const names = await database.executeSql('select name from kinds order by id');
    expect(names.rows.map((r) => r.name)).toEqual(['one', 'four']);
  });

  it('refuses query options that cannot cross to its thread, naming them, and runs nothing', async () => {
    const pglite = database.pglite;
    if (!pglite) throw new Error('expected the embedded database');
    await expect(
      pglite.query("insert into kinds (id, name) values (20, 'twenty')", [], {
        parsers: { 25: (v) => v.toUpperCase() },
      }),
    ).rejects.toThrow('a parser for type 25 cannot run on the database');
    await expect(
      pglite.query("insert into kinds (id, name) values (20, 'twenty')", [], {
        serializers: { 25: (v) => String(v) },
      }),
    ).rejects.toThrow(/cannot cross to the database thread/);
    expect(
      (await database.executeSql('select count(*)::int as n from kinds where id = 20', [])).rows[0].n,
    ).toBe(0);
  });

  it('keeps a transaction whole while other statements wait, and the thread goes on after an error', async () => {
    const seen: string[] = [];
    const tx = database.db.transaction(async (t) => {
      await t.execute(sql`insert into kinds (id, name) values (10, 'ten')`);
      await new Promise((r) => setTimeout(r, 30));
      await t.execute(sql`insert into kinds (id, name) values (11, 'eleven')`);
      seen.push('transaction');
    });
    await new Promise((r) => setTimeout(r, 5));
    const read = database
      .executeSql('select count(*)::int as n from kinds where id >= 10', [])
      .then((r) => seen.push(`read ${r.rows[0].n}`));
    await Promise.all([tx, read]);
    expect(seen).toEqual(['transaction', 'read 2']);
    await expect(database.executeSql('select * from no_such_table')).rejects.toThrow(/no_such_table/);
    expect((await database.executeSql('select 1 as one', [])).rows).toEqual([{ one: 1 }]);
  });

  it('dumps its data folder, which opens as a database of its own; a closed one answers with a clear error', {
    timeout: 120_000,
  }, async () => {
    const dump = await database.pglite?.dumpDataDir('none');
    expect(dump?.size).toBeGreaterThan(1_000_000);
    const copy = await openDatabase({ dataDir: 'memory://', loadDataDir: dump });
    try {
      const rows = await copy.executeSql('select name from kinds order by id');
      expect(rows.rows.map((r) => r.name)).toEqual(['one', 'four', 'ten', 'eleven']);
    } finally {
      await copy.close();
    }
    await expect(copy.executeSql('select 1', [])).rejects.toThrow(/embedded database is closed/);
    expect((await database.executeSql('select count(*)::int as n from kinds', [])).rows[0].n).toBe(4);
  });
});

describe('the embedded database’s thread and the process', () => {
  it('lets a command-line process end when its work is done, without closing the database', {
    timeout: 120_000,
  }, () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'brug-thread-'));
    const script = path.join(folder, 'answer.mts');
    writeFileSync(
      script,
      `import { openDatabase } from ${JSON.stringify(path.join(here, 'client.ts'))};
      const database = await openDatabase({ dataDir: 'memory://' });
      const { rows } = await database.executeSql('select 41 + 1 as answer', []);
      console.log(rows[0].answer);`,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      timeout: 110_000,
    });
    rmSync(folder, { recursive: true, force: true });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('42');
    expect(run.status).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asWork,
  type Database,
  noteWaiting,
  OldestWorkLine,
  openDatabase,
  withPlanCacheMode,
  workStart,
} from './client.ts';

describe('embedded database under many waiting queries', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
  }, 120_000);
  afterAll(async () => {
    await database.close();
  });

  it('lets the event loop poll between queued queries, in the order they were asked', async () => {
    const pglite = database.pglite;
    if (!pglite) throw new Error('expected the embedded database');
    const order: number[] = [];
    let finished = 0;
    let finishedWhenPolled = -1;
    // 40 queries waiting at once, as when many requests arrive together.
    const queries = Array.from({ length: 40 }, (_, i) =>
      pglite.query('select $1::int as i', [i]).then((r) => {
        order.push((r.rows[0] as { i: number }).i);
        finished++;
      }),
    );
    // An I/O callback (what accepting a connection or reading a request is) must run before the queue
    // is empty, not after it.
    setImmediate(() => {
      finishedWhenPolled = finished;
    });
    await Promise.all(queries);
    expect(finishedWhenPolled).toBeGreaterThanOrEqual(0);
    expect(finishedWhenPolled).toBeLessThan(40);
    expect(order).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('keeps a transaction whole: other queries wait for its end, and errors reach their caller', async () => {
    const pglite = database.pglite;
    if (!pglite) throw new Error('expected the embedded database');
    await pglite.exec('create table turns (n int)');
    const seen: string[] = [];
    const tx = pglite.transaction(async (t) => {
      await t.query('insert into turns values (1)');
      await new Promise((r) => setTimeout(r, 20));
      await t.query('insert into turns values (2)');
      seen.push('tx');
    });
    const read = pglite.query<{ n: number }>('select count(*)::int as n from turns').then((r) => {
      seen.push(`read ${r.rows[0].n}`);
    });
    await Promise.all([tx, read]);
    expect(seen).toEqual(['tx', 'read 2']);
    await expect(pglite.query('select * from no_such_table')).rejects.toThrow(/no_such_table/);
    const after = await pglite.query<{ n: number }>('select count(*)::int as n from turns');
    expect(after.rows[0].n).toBe(2);
  });

  it('serves the queries of the oldest request first, then work outside any request', async () => {
    const pglite = database.pglite;
    if (!pglite) throw new Error('expected the embedded database');
    const order: string[] = [];
    const ask = (label: string, text = 'select 1') => pglite.query(text).then(() => order.push(label));
    // A call under way (long enough for all the others to be waiting when it ends)…
    const running = ask('running', 'select pg_sleep(0.3)');
    await new Promise((r) => setTimeout(r, 100));
    // …then a job and three queries of two requests, asked newest first.
    const now = performance.now();
    const asked = [
      running,
      ask('job'),
      asWork(now - 5, () => ask('newer request')),
      asWork(now - 10, () => ask('older request')),
      asWork(now - 10, () => ask('older request, its next query')),
    ];
    await Promise.all(asked);
    expect(order).toEqual([
      'running',
      'older request',
      'older request, its next query',
      'newer request',
      'job',
    ]);
  });
});

describe("the PostgreSQL pool's waiting line", () => {
  it('gives out the oldest work first, same-age work in the order it came, and lets a waiter leave', () => {
    noteWaiting();
    const line = new OldestWorkLine<{ label: string }>();
    const now = performance.now();
    const push = (label: string, startedAt?: number) =>
      startedAt === undefined ? line.push({ label }) : asWork(startedAt, () => line.push({ label }));
    push('newer 1', now - 1);
    push('oldest 1', now - 3);
    push('middle', now - 2);
    push('newer 2', now - 1);
    push('oldest 2', now - 3);
    push('outside any work');
    for (let i = 0; i < 40; i++) push(`middle ${i}`, now - 2);
    // pg-pool takes out a waiter whose connection timeout passed with findIndex and splice(i, 1).
    const leaving = line.findIndex((x) => x.label === 'middle 7');
    expect(line.splice(leaving, 1).map((x) => x.label)).toEqual(['middle 7']);
    expect(line.findIndex((x) => x.label === 'nobody')).toBe(-1);
    expect(line.length).toBe(45);
    const order: string[] = [];
    while (line.length > 0) order.push(line.shift()?.label as string);
    expect(line.shift()).toBeUndefined();
    expect(order).toEqual([
      'oldest 1',
      'oldest 2',
      'middle',
      ...Array.from({ length: 40 }, (_, i) => `middle ${i}`).filter((x) => x !== 'middle 7'),
      'newer 1',
      'newer 2',
      'outside any work',
    ]);
  });

  it('keeps first come, first served while nothing has waited for two seconds (no async context then)', async () => {
    noteWaiting();
    expect(asWork(1, () => workStart())).toBe(1);
    await new Promise((r) => setTimeout(r, 2_100));
    expect(asWork(1, () => workStart())).toBeUndefined();
    const line = new OldestWorkLine<string>();
    asWork(1, () => line.push('older, but outside any work now'));
    line.push('newer');
    expect([line.shift(), line.shift()]).toEqual(['older, but outside any work now', 'newer']);
    noteWaiting();
    expect(asWork(1, () => workStart())).toBe(1);
  });
});

describe('the PostgreSQL connection string', () => {
  it('sets how every connection plans prepared statements, keeping the startup options it had', () => {
    const plain = withPlanCacheMode('postgres://brug:geheim@db.example:5432/brug?sslmode=require');
    expect(plain).toEqual({
      connectionString: 'postgres://brug:geheim@db.example:5432/brug?sslmode=require',
      options: '-c plan_cache_mode=auto',
    });
    const own = withPlanCacheMode(
      'postgres://brug@db.example/brug?options=-c%20search_path%3Dbrug&sslmode=require',
    );
    expect(own).toEqual({
      connectionString: 'postgres://brug@db.example/brug?sslmode=require',
      options: '-c search_path=brug -c plan_cache_mode=auto',
    });
    const socket = withPlanCacheMode('postgres://postgres@localhost/test?host=/var/run/postgresql');
    expect(socket.connectionString).toBe('postgres://postgres@localhost/test?host=/var/run/postgresql');
  });
});

import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGliteOptions } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { PGliteThread } from './pglite-thread.ts';
import type * as schema from './schema/index.ts';

export type Schema = typeof schema;
/**
 * Without Drizzle's relational queries (`db.query.…`): given the schema, Drizzle makes a query builder
 * for each of its tables for every database object, and a transaction is one — under load that was
 * about 1 % of the server's CPU for a feature nothing uses.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
/** A transaction or the database: query functions accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

const here = path.dirname(fileURLToPath(import.meta.url));
/** packages/db/migrations, seen from this file's source or from the bundled server (apps/server/dist). */
export const MIGRATIONS_FOLDER =
  [path.resolve(here, '../migrations'), path.resolve(here, '../../../packages/db/migrations')].find((dir) =>
    existsSync(path.join(dir, 'meta/_journal.json')),
  ) ?? path.resolve(here, '../migrations');

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Raw SQL for pg-boss and benchmarks: parameterised queries, or parameterless multi-statement SQL. */
  /**
   * One statement as text. With `name` (PostgreSQL; unique for its text) it is a named statement each
   * connection parses once and plans as `preparedQuery`'s `shared` queries are.
   */
  executeSql(text: string, values?: unknown[], name?: string): Promise<{ rows: Record<string, unknown>[] }>;
  migrate(): Promise<void>;
  /**
   * Runs `fn` while no other app server on the same database runs its own: the start-up steps that
   * create shared objects (the job queue's schema and queues). On PGlite, one process: just `fn`.
   */
  oneStartAtATime<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The embedded database, on its own thread. */
  pglite?: PGliteThread;
  pool?: pg.Pool;
};

export type OpenOptions = {
  databaseUrl?: string;
  dataDir?: string;
  poolSize?: number;
  /** PGlite only: start from a dump made with `dumpDataDir()` (tests start from a migrated template). */
  loadDataDir?: Blob;
  /** PGlite only: its compiled WebAssembly and file bundle, made once (tests open a database per file). */
  pgliteArtifacts?: Pick<PGliteOptions, 'pgliteWasmModule' | 'initdbWasmModule' | 'fsBundle'>;
};

/** PGlite in `dataDir` (or in memory when `dataDir` is 'memory://'), or a PostgreSQL server via `databaseUrl`. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? 'memory://', options.loadDataDir, options.pgliteArtifacts);
}

async function openPglite(
  dataDir: string,
  loadDataDir?: Blob,
  artifacts?: OpenOptions['pgliteArtifacts'],
): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  // PGlite's default 128 MB of shared buffers would double the server's memory; files are cached by the
  // OS. 16 MB holds Brug's working set of a zone (measured: 32 MB cost 40 MB more resident memory).
  // A call made while another is still on the thread waits: the oldest work first from then on (`asWork`).
  const client = await PGliteThread.open(
    dataDir,
    { postgresqlconf: 'shared_buffers = 16MB\n', loadDataDir, ...artifacts },
    (calls) => {
      if (calls > 1) noteWaiting();
      return workStarts.getStore() ?? performance.now();
    },
  );
  const db = drizzlePglite(client as never, { casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        // PGlite's extended protocol takes one statement; exec takes several.
        const results = await client.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
      }
      const result = await client.query(text, values);
      return { rows: result.rows as Record<string, unknown>[] };
    },
    async migrate() {
      await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    },
    oneStartAtATime: (fn) => fn(),
    async close() {
      await client.close();
    },
  };
}

/** When the piece of work a query belongs to began (a request's arrival); see `asWork`. */
const workStarts = new AsyncLocalStorage<number>();

/**
 * Runs `fn` as one piece of work begun at `startedAt` (a request: call it when the request arrives;
 * Fastify keeps the context through reading a body). While queries wait for the database
 * (PGlite's thread, a connection of a full PostgreSQL pool), those of the oldest work go first: a
 * request that already ran a query is finished before requests that arrived after it start. Without it
 * every query of a request queued again behind everything that arrived meanwhile, so a request of ten
 * queries waited ten times as long as one of one query (PGlite: p95 of registrations 15 s against p50
 * 3 s at 200 users; PostgreSQL: pages of two queries twice as slow as pages of one, p99 0.57–0.60 s
 * against 0.41–0.46 s in this order, bench/RESULTS.md, Load). Queries outside any work (jobs, start-up)
 * count as begun when they are asked.
 *
 * The async context that carries `startedAt` costs every promise and callback of the process a little
 * (`GET /api/health` lost a quarter of its throughput), so it is entered only while the database has
 * had work waiting in the last ORDER_FOR_MS (`noteWaiting`), and left two seconds after the last wait:
 * a server that is not queueing pays nothing.
 */
export function asWork<T>(startedAt: number, fn: () => T): T {
  return workInOrder() ? workStarts.run(startedAt, fn) : fn();
}

/**
 * Whether work runs in order now: the database has had work waiting within ORDER_FOR_MS. The first
 * call after that leaves the async context (`disable`), so that it costs nothing until the next wait.
 */
function workInOrder(): boolean {
  if (performance.now() - lastWaiting <= ORDER_FOR_MS) {
    ordering = true;
    return true;
  }
  if (ordering) {
    ordering = false;
    workStarts.disable();
  }
  return false;
}

/** How long after work last waited for the database requests still run in order. */
const ORDER_FOR_MS = 2000;
let lastWaiting = Number.NEGATIVE_INFINITY;
let ordering = false;

/** When the work the caller belongs to began, if it runs in order now (`asWork`). */
export function workStart(): number | undefined {
  return workStarts.getStore();
}

/** The database has work waiting (a full pool, a call behind another on PGlite's thread). */
export function noteWaiting(): void {
  lastWaiting = performance.now();
}

/**
 * The pool's waiting line, oldest work first (`asWork`): pg-pool pushes a waiting checkout here and
 * shifts the next one when a connection comes free; each is placed by when its work began, after any
 * of the same age. A request's second query thus goes before the first queries of requests that
 * arrived after it, and waits for the next free connection, not behind the whole line again. A binary
 * heap ordered by (start, arrival): pg-pool uses `push`, `shift`, `length` and, for a waiter whose
 * connection timeout passed, `findIndex` and `splice(i, 1)`.
 */
export class OldestWorkLine<T> {
  private readonly heap: { start: number; seq: number; item: T }[] = [];
  private seq = 0;
  /** `onPush` is told of every waiter as it is placed. */
  constructor(private readonly onPush: () => void = () => {}) {}
  get length(): number {
    return this.heap.length;
  }
  push(item: T): number {
    this.onPush();
    const heap = this.heap;
    heap.push({ start: workStarts.getStore() ?? performance.now(), seq: this.seq++, item });
    this.up(heap.length - 1);
    return heap.length;
  }
  shift(): T | undefined {
    return this.removeAt(0);
  }
  findIndex(predicate: (item: T) => boolean): number {
    return this.heap.findIndex((entry) => predicate(entry.item));
  }
  splice(index: number, count: number): T[] {
    if (count !== 1) throw new Error('OldestWorkLine: only one waiter is taken out at a time');
    const item = index >= 0 && index < this.heap.length ? this.removeAt(index) : undefined;
    return item === undefined ? [] : [item];
  }
  private removeAt(index: number): T | undefined {
    const heap = this.heap;
    if (index >= heap.length) return undefined;
    const { item } = heap[index];
    const last = heap.pop() as (typeof heap)[number];
    if (index < heap.length) {
      heap[index] = last;
      this.down(index);
      this.up(index);
    }
    return item;
  }
  private before(a: number, b: number): boolean {
    const x = this.heap[a];
    const y = this.heap[b];
    return x.start < y.start || (x.start === y.start && x.seq < y.seq);
  }
  private swap(a: number, b: number): void {
    const heap = this.heap;
    [heap[a], heap[b]] = [heap[b], heap[a]];
  }
  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }
  private down(i: number): void {
    const n = this.heap.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let first = i;
      if (left < n && this.before(left, first)) first = left;
      if (right < n && this.before(right, first)) first = right;
      if (first === i) return;
      this.swap(i, first);
      i = first;
    }
  }
}

/**
 * How the pool's connections plan prepared statements (`plan_cache_mode`, a startup option added to
 * any the URL has): `auto`, PostgreSQL's own default, set so that a server configured otherwise does
 * not change what `preparedQuery`'s choice means. A named statement (`shared`) is planned for its
 * first five calls' values, then once for any value when that plan costs no more; an unnamed one
 * (`per call`, and every query built at the call) is planned for each call's values. The URL keeps
 * its other parameters and stays one libpq's tools read (`pg_dump`).
 */
export function withPlanCacheMode(url: string): { connectionString: string; options: string } {
  const ours = '-c plan_cache_mode=auto';
  const parsed = new URL(url);
  const own = parsed.searchParams.get('options');
  if (own === null) return { connectionString: url, options: ours };
  parsed.searchParams.delete('options');
  return {
    connectionString: parsed.toString(),
    options: [own, ours].filter(Boolean).join(' '),
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  // Connections are kept while idle (pg-pool closes them after 10 s by default): a request after a
  // quiet moment then finds its connection open, its statements parsed and their plans made. Each is
  // replaced after an hour, so a backend's caches do not grow for ever.
  const pool = new pg.Pool({ ...withPlanCacheMode(url), max, min: max, maxLifetimeSeconds: 3600 });
  const internals = pool as unknown as { _pendingQueue?: unknown };
  if (!Array.isArray(internals._pendingQueue) || internals._pendingQueue.length > 0)
    throw new Error('pg-pool has no waiting line to order (_pendingQueue)');
  // pg-pool also queues a checkout for a moment when a connection is idle; only a full pool is waiting.
  internals._pendingQueue = new OldestWorkLine(() => {
    if (pool.idleCount === 0) noteWaiting();
  });
  // An idle connection the server ends (a restart, a failover, an administrator) is dropped from the pool
  // and replaced on the next query; without this listener the 'error' event would stop the process.
  pool.on('error', (err) => {
    console.error(`[database] an idle connection was closed by the server: ${err.message}`);
  });
  const db = drizzlePg(pool, { casing: 'snake_case' }) as unknown as Db;
  await pool.query('select 1');
  return {
    db,
    kind: 'postgres',
    pool,
    async executeSql(text, values, name) {
      const result = await pool.query({ name, text, values: values as unknown[] });
      return { rows: result.rows };
    },
    async migrate() {
      // Several app servers may start together on one database: one migrates at a time (a session
      // advisory lock on a connection of its own), the others then find nothing left to do.
      // (Not from the pool: a pool of one would have no connection left for the migrations.)
      const lock = new pg.Client({ connectionString: url });
      await lock.connect();
      try {
        await lock.query('select pg_advisory_lock(727003)');
        await migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await lock.end().catch(() => {});
      }
    },
    async oneStartAtATime(fn) {
      // As the migrations: a session advisory lock on a connection of its own (another key: the
      // migrations take theirs on yet another connection of the same process).
      const lock = new pg.Client({ connectionString: url });
      await lock.connect();
      try {
        await lock.query('select pg_advisory_lock(727004)');
        return await fn();
      } finally {
        await lock.end().catch(() => {});
      }
    },
    async close() {
      await pool.end();
    },
  };
}

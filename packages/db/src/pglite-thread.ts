import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PGliteOptions, QueryOptions, Results } from '@electric-sql/pglite';

const here = path.dirname(fileURLToPath(import.meta.url));
/** pglite-worker.mjs, seen from this file's source or from the bundled server (apps/server/dist). */
const WORKER_FILE =
  [
    path.join(here, 'pglite-worker.mjs'),
    path.resolve(here, '../../../packages/db/src/pglite-worker.mjs'),
  ].find(existsSync) ?? path.join(here, 'pglite-worker.mjs');

/** What the database's thread is asked: see pglite-worker.mjs. */
type Call =
  | { op: 'query'; sql: string; params?: unknown[]; rowMode?: 'array' | 'object'; keepAsText?: number[] }
  | { op: 'exec'; sql: string }
  | { op: 'begin' | 'commit' | 'rollback' }
  | { op: 'dump'; compression: 'none' | 'gzip' | 'auto' }
  | { op: 'close' };

/** The statements of one transaction, as drizzle's PGlite driver uses them. */
export type ThreadTransaction = {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(sql: string): Promise<Results[]>;
  rollback(): Promise<void>;
  readonly closed: boolean;
};

/**
 * PGlite on a thread of its own (`pglite-worker.mjs`), with the part of PGlite's interface Brug
 * uses: `query`, `exec`, `transaction` (for drizzle, pg-boss and migrations), `dumpDataDir` and
 * `close`. Values cross the thread as structured clones (dates, bytes and big integers as they are);
 * a database error arrives as an Error with PostgreSQL's fields (`code`, `detail`, `constraint`).
 * Each call carries when its work began (`key`, see `asWork` in client.ts): the thread runs waiting
 * calls oldest work first. The thread keeps the process alive only while calls wait on it.
 */
export class PGliteThread {
  private worker: Worker;
  private pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();
  private nextId = 1;
  private nextTx = 1;
  private stopped: Error | undefined;

  private constructor(
    worker: Worker,
    private workKey: () => number,
  ) {
    this.worker = worker;
    worker.on('message', (message: { id: number; result?: unknown; error?: Record<string, unknown> }) => {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (this.pending.size === 0) worker.unref();
      if (message.error) waiter.reject(asError(message.error));
      else waiter.resolve(message.result);
    });
    const stop = (err: Error) => {
      this.stopped ??= err;
      for (const waiter of this.pending.values()) waiter.reject(err);
      this.pending.clear();
    };
    worker.on('error', (err) =>
      stop(new Error(`the embedded database stopped: ${err.message}`, { cause: err })),
    );
    worker.on('exit', (code) => stop(new Error(`the embedded database stopped (exit code ${code})`)));
  }

  /** Starts the thread and opens the database in `dataDir` there (PGlite's own options). */
  static async open(dataDir: string, options: PGliteOptions, workKey: () => number): Promise<PGliteThread> {
    const worker = new Worker(WORKER_FILE, { workerData: { dataDir, options } });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (message: { type?: string; error?: Record<string, unknown> }) => {
        if (message.type === 'ready') done();
        else if (message.type === 'failed') done(asError(message.error ?? {}));
      };
      const onError = (err: Error) => done(err);
      const onExit = (code: number) =>
        done(new Error(`the embedded database did not start (exit code ${code})`));
      const done = (err?: Error) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (err) reject(err);
        else resolve();
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
    worker.unref();
    return new PGliteThread(worker, workKey);
  }

  private ask<T>(call: Call, tx?: number): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ ...call, id, tx, key: this.workKey() });
    });
  }

  query<T>(sql: string, params?: unknown[], options?: QueryOptions, tx?: number): Promise<Results<T>> {
    return this.ask({ op: 'query', sql, params, ...queryOptions(options) }, tx);
  }

  exec(sql: string, _options?: QueryOptions, tx?: number): Promise<Results[]> {
    return this.ask({ op: 'exec', sql }, tx);
  }

  /** Runs `callback` in a transaction: committed when it returns, rolled back when it throws. */
  async transaction<T>(callback: (tx: ThreadTransaction) => Promise<T>): Promise<T> {
    const id = this.nextTx++;
    await this.ask({ op: 'begin' }, id);
    let closed = false;
    const tx: ThreadTransaction = {
      query: (sql, params, options) => this.query(sql, params, options, id),
      exec: (sql) => this.exec(sql, undefined, id),
      rollback: async () => {
        throw new Error('rollback by throwing from the transaction');
      },
      get closed() {
        return closed;
      },
    };
    let result: T;
    try {
      result = await callback(tx);
    } catch (err) {
      closed = true;
      await this.ask({ op: 'rollback' }, id).catch(() => {});
      throw err;
    }
    closed = true;
    // A failed commit ends the transaction too (PostgreSQL rolls it back).
    await this.ask({ op: 'commit' }, id);
    return result;
  }

  /** The data directory as a tar file (as PGlite's `dumpDataDir`). */
  async dumpDataDir(compression: 'none' | 'gzip' | 'auto' = 'auto'): Promise<Blob> {
    const bytes = await this.ask<Uint8Array>({ op: 'dump', compression });
    return new Blob([bytes]);
  }

  async close(): Promise<void> {
    if (this.stopped) return;
    await this.ask({ op: 'close' });
    this.stopped = new Error('the embedded database is closed');
    await this.worker.terminate();
  }
}

/** drizzle asks some types as PostgreSQL writes them (identity parsers): only their ids cross. */
function queryOptions(options?: QueryOptions): { rowMode?: 'array' | 'object'; keepAsText?: number[] } {
  if (!options) return {};
  const out: { rowMode?: 'array' | 'object'; keepAsText?: number[] } = { rowMode: options.rowMode };
  const parsers = options.parsers;
  if (parsers) {
    const ids = Object.keys(parsers).map(Number);
    for (const id of ids) {
      const parser = parsers[id];
      if (parser('x', id) !== 'x')
        throw new Error(`a parser for type ${id} cannot run on the database's thread`);
    }
    out.keepAsText = ids;
  }
  if (options.serializers || options.blob || options.paramTypes || options.onNotice) {
    throw new Error(
      'query options other than rowMode and identity parsers cannot cross to the database thread',
    );
  }
  return out;
}

function asError(fields: Record<string, unknown>): Error {
  const err = new Error(String(fields.message ?? 'database error'));
  Object.assign(err, fields);
  return err;
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  type PGliteOptions,
  parse,
  protocol,
  type QueryOptions,
  type Results,
  types,
} from '@electric-sql/pglite';

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
    /** When the work of a call began; told how many calls are unanswered, this one included. */
    private workKey: (calls: number) => number,
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
  static async open(
    dataDir: string,
    options: PGliteOptions,
    workKey: (calls: number) => number,
  ): Promise<PGliteThread> {
    // The thread's own JavaScript allocates little that lives (PostgreSQL's memory is WebAssembly's): a
    // small young generation keeps the idle server's memory down after a busy spell.
    const worker = new Worker(WORKER_FILE, {
      workerData: { dataDir, options },
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
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
    const thread = new PGliteThread(worker, workKey);
    await thread.readArrayTypes();
    return thread;
  }

  private ask<T>(call: Call, tx?: number): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ ...call, id, tx, key: this.workKey(this.pending.size) });
    });
  }

  async query<T>(sql: string, params?: unknown[], options?: QueryOptions, tx?: number): Promise<Results<T>> {
    const answer = await this.ask<Results<T> | Uint8Array>(
      { op: 'query', sql, params, ...queryOptions(options) },
      tx,
    );
    return answer instanceof Uint8Array ? this.read<T>(answer, options) : answer;
  }

  /**
   * PostgreSQL's answer to one statement, as PGlite's own query reads it (its protocol parser and
   * type parsers), here on the server's thread, which has time to spare while the database's is busy.
   */
  private read<T>(raw: Uint8Array, options?: QueryOptions): Results<T> {
    const messages: Parameters<typeof parse.parseResults>[0] = [];
    new protocol.Parser().parse(raw, (message) => {
      messages.push(message);
    });
    const failure = messages.find((m) => m.name === 'error');
    if (failure) throw asError({ ...failure, message: (failure as unknown as Error).message });
    return parse.parseResults(messages, this.parsers, options)[0] as Results<T>;
  }

  /** PGlite's type parsers, with those of the database's array types (as PGlite's `refreshArrayTypes`). */
  private parsers: Record<number, (value: string, typeId?: number) => unknown> = { ...types.parsers };

  private async readArrayTypes(): Promise<void> {
    const rows = await this.query<{ oid: number; typarray: number }>(
      `SELECT b.oid, b.typarray FROM pg_catalog.pg_type a LEFT JOIN pg_catalog.pg_type b ON b.oid = a.typelem
       WHERE a.typcategory = 'A' GROUP BY b.oid, b.typarray ORDER BY b.oid`,
    );
    for (const { oid, typarray } of rows.rows)
      this.parsers[typarray] = (value) => types.arrayParser(value, this.parsers[oid], typarray);
  }

  exec(sql: string, _options?: QueryOptions, tx?: number): Promise<Results[]> {
    return this.ask({ op: 'exec', sql }, tx);
  }

  /** Runs `callback` in a transaction: committed when it returns, rolled back when it throws. */
  async transaction<T>(callback: (tx: ThreadTransaction) => Promise<T>): Promise<T> {
    const id = this.nextTx++;
    // Not waited for: the thread holds the transaction's statements until its begin has run, so the
    // first statement goes with it (one wait less for a transaction that holds the database).
    const began = this.ask({ op: 'begin' }, id);
    began.catch(() => {});
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
      await began;
    } catch (err) {
      closed = true;
      if (
        await began.then(
          () => true,
          () => false,
        )
      )
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
    // Copied from the worker's message into a buffer of its own (never shared), as Blob's type asks.
    const bytes = await this.ask<Uint8Array<ArrayBuffer>>({ op: 'dump', compression });
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
      if (parser('x') !== 'x') throw new Error(`a parser for type ${id} cannot run on the database's thread`);
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

import type { Database } from '@brug/db';
import PgBoss from 'pg-boss';

const BATCH_SIZE = 5;

export type JobHandler<T> = (data: T) => Promise<void>;

/** A job to send with others in one statement (`Jobs.sendMany`). */
export type OutgoingJob = { name: string; data: object; startAfter?: Date };

/** Every job is tried up to five more times, after 5 s, then longer each time. */
const RETRIES = { retryLimit: 5, retryDelay: 5, retryBackoff: true } as const;

/**
 * Background work (e-mail, reminders, long analyses) on pg-boss, on both databases: on PGlite pg-boss
 * talks to the embedded database through `executeSql`.
 */
export class Jobs {
  private boss: PgBoss;
  private queues = new Set<string>();
  private started = false;
  /** This process's worker of each queue it works, woken when this process sends it a job. */
  private workers = new Map<string, string>();
  private wakeTimers = new Set<NodeJS.Timeout>();

  constructor(database: Database, options: { pollingIntervalSeconds?: number } = {}) {
    const constructorOptions: PgBoss.ConstructorOptions = {
      // pg-boss wants every statement as one call; PGlite's exec handles its parameterless migration scripts.
      db: { executeSql: (text: string, values: unknown[]) => database.executeSql(text, values) },
      schema: 'pgboss',
      supervise: true,
      schedule: false,
    };
    this.boss = new PgBoss(constructorOptions);
    // Each worker asks for due jobs every interval; a job this process sends wakes its own worker at
    // once (or when the job is due), so the interval matters only for jobs of other processes and of
    // a previous run. On PGlite there is no other process, and every poll holds the one embedded
    // database (about 30 ms under load, per queue): it polls every 15 s. On a PostgreSQL server
    // other app servers send jobs too: every second.
    this.pollingIntervalSeconds = options.pollingIntervalSeconds ?? (database.kind === 'pglite' ? 15 : 1);
    this.boss.on('error', (err) => {
      if (this.started) console.error('[jobs]', err.message);
    });
  }

  private pollingIntervalSeconds: number;

  async start(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  /**
   * pg-boss creates a queue as a partition of its job table; two app servers starting at once on one
   * PostgreSQL database (scaling path step 3) attach their partitions at the same time and one of them
   * may be chosen as a deadlock victim ("deadlock detected", 40P01). Its transaction was rolled back
   * whole, so it is tried again after a short random pause.
   */
  private async ensureQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.boss.createQueue(name);
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== '40P01' || attempt >= 5) throw err;
        await new Promise((r) => setTimeout(r, 20 + Math.random() * 100 * attempt));
      }
    }
    this.queues.add(name);
  }

  async send<T extends object>(
    name: string,
    data: T,
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    await this.ensureQueue(name);
    const id = await this.boss.send(name, data, { ...RETRIES, ...options });
    this.wake(name, options.startAfter);
    return id;
  }

  /**
   * Several jobs, of one queue or several, in one statement (pg-boss `insert`): all are sent or none.
   * Each gets the retries of `send`; `startAfter` as in `send` (a time).
   */
  async sendMany(jobs: OutgoingJob[]): Promise<void> {
    if (jobs.length === 0) return;
    for (const name of new Set(jobs.map((j) => j.name))) await this.ensureQueue(name);
    await this.boss.insert(
      jobs.map((j) => ({ name: j.name, data: j.data, startAfter: j.startAfter, ...RETRIES })),
    );
    for (const j of jobs) this.wake(j.name, j.startAfter);
  }

  /** Wakes this process's worker of `name` now, or when a job sent to start later is due. */
  private wake(name: string, startAfter: PgBoss.SendOptions['startAfter']): void {
    const worker = this.workers.get(name);
    if (!worker || !this.started) return;
    const at =
      startAfter === undefined
        ? Date.now()
        : typeof startAfter === 'number'
          ? Date.now() + startAfter * 1000
          : new Date(startAfter).getTime();
    const ms = at - Date.now();
    if (!(ms > 0)) {
      this.boss.notifyWorker(worker);
      return;
    }
    // Later than a poll interval away, the poll finds it anyway.
    if (ms > this.pollingIntervalSeconds * 1000) return;
    const timer = setTimeout(() => {
      this.wakeTimers.delete(timer);
      if (this.started) this.boss.notifyWorker(worker);
    }, ms + 50);
    timer.unref();
    this.wakeTimers.add(timer);
  }

  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    await this.ensureQueue(name);
    const worker = await this.boss.work<T>(
      name,
      { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: BATCH_SIZE },
      async (jobs) => {
        // Each job of the batch stands alone: a finished one is completed at once, so that when
        // another fails (and the batch is failed) only the failed ones are tried again — a reminder
        // already sent is never sent twice because its neighbour in the batch failed. The jobs of a
        // batch run side by side: one after the other, a busy server's every query wait was paid five
        // times over, and a backlog of mail grew faster than it was sent.
        let failure: unknown;
        await Promise.all(
          jobs.map(async (job) => {
            try {
              await handler(job.data);
              await this.boss.complete(name, job.id);
            } catch (err) {
              failure ??= err;
            }
          }),
        );
        // A full batch leaves more waiting (a backlog after an outage or a busy minute): fetch the
        // next batch at once instead of after the polling interval (5 jobs a second at most).
        if (jobs.length >= BATCH_SIZE) this.wake(name, undefined);
        if (failure) throw failure;
      },
    );
    this.workers.set(name, worker);
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    for (const timer of this.wakeTimers) clearTimeout(timer);
    this.wakeTimers.clear();
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

import type { Database } from '@brug/db';
import PgBoss from 'pg-boss';

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Background work (e-mail, reminders, long analyses) on pg-boss, on both databases: on PGlite pg-boss
 * talks to the embedded database through `executeSql`.
 */
export class Jobs {
  private boss: PgBoss;
  private queues = new Set<string>();
  private started = false;

  constructor(database: Database, options: { pollingIntervalSeconds?: number } = {}) {
    const constructorOptions: PgBoss.ConstructorOptions = {
      // pg-boss wants every statement as one call; PGlite's exec handles its parameterless migration scripts.
      db: { executeSql: (text: string, values: unknown[]) => database.executeSql(text, values) },
      schema: 'pgboss',
      supervise: true,
      schedule: false,
    };
    this.boss = new PgBoss(constructorOptions);
    this.pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;
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
    return this.boss.send(name, data, { retryLimit: 5, retryDelay: 5, retryBackoff: true, ...options });
  }

  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.work<T>(
      name,
      { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: 5 },
      async (jobs) => {
        // Each job of the batch stands alone: a finished one is completed at once, so that when
        // another fails (and the batch is failed) only the failed ones are tried again — a reminder
        // already sent is never sent twice because its neighbour in the batch failed.
        let failure: unknown;
        for (const job of jobs) {
          try {
            await handler(job.data);
            await this.boss.complete(name, job.id);
          } catch (err) {
            failure ??= err;
          }
        }
        if (failure) throw failure;
      },
    );
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

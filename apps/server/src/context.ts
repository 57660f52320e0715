import { type Database, openDatabase } from '@brug/db';
import type { Config } from './config.ts';
import type { AppContext } from './http/context.ts';
import { SessionStore } from './modules/accounts/session-store.ts';
import { Jobs } from './modules/jobs/jobs.ts';
import { Mailer } from './modules/mail/mailer.ts';

export type ContextOptions = { database?: Database; jobPollingSeconds?: number };

/** Opens the database, applies migrations and starts jobs and mail: everything a request needs. */
export async function createContext(config: Config, options: ContextOptions = {}): Promise<AppContext> {
  const database =
    options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  await database.migrate();
  const jobs = new Jobs(database, { pollingIntervalSeconds: options.jobPollingSeconds });
  await jobs.start();
  const mailer = new Mailer(database, jobs, { smtpUrl: config.smtpUrl, from: config.mailFrom });
  await mailer.startWorker();
  const sessions = new SessionStore(database);
  await sessions.start();
  return { config, database, jobs, mailer, sessions };
}

/** Stops jobs first (they use the database), then sessions, mail and the database. */
export async function closeContext(ctx: AppContext): Promise<void> {
  await ctx.jobs.stop();
  await ctx.sessions.stop();
  ctx.mailer.close();
  await ctx.database.close();
}

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Database, openDatabase } from '@brug/db';
import pino from 'pino';
import type { Config } from './config.ts';
import type { AppContext } from './http/context.ts';
import { SessionStore } from './modules/accounts/session-store.ts';
import { AuditAnchor, anchorDirFor } from './modules/audit/anchor.ts';
import { Jobs } from './modules/jobs/jobs.ts';
import { loadMailKey } from './modules/mail/mail-key.ts';
import { Mailer } from './modules/mail/mailer.ts';

export type ContextOptions = {
  database?: Database;
  jobPollingSeconds?: number;
  /** Seconds before each retry of a failed delivery (tests: seconds instead of hours). */
  mailRetrySchedule?: readonly number[];
};

const LOCK_FILE = 'brug.pid';

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process per data directory: a second one would corrupt it. A pid file claims the
 * directory; a file left by a process that no longer runs is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (isRunning(owner)) {
        throw new DataDirInUseError(
          `The data directory ${dataDir} is in use by process ${owner} (a running Brug server?). ` +
            'The embedded database allows one process per data directory: stop that process first, ' +
            'or use a PostgreSQL server with DATABASE_URL.',
        );
      }
      rmSync(file, { force: true });
    }
  }
  return () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
    } catch {}
  };
}

/** Opens the configured database; the embedded one only after claiming its directory. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl)
    return openDatabase({ databaseUrl: config.databaseUrl, poolSize: config.databasePoolSize });
  mkdirSync(config.dataDir, { recursive: true });
  const release = lockDataDir(config.dataDir);
  try {
    const database = await openDatabase({ dataDir: config.dataDir });
    const close = database.close.bind(database);
    database.close = async () => {
      await close();
      release();
    };
    return database;
  } catch (err) {
    release();
    throw err;
  }
}

/** Opens the database, applies migrations and starts jobs and mail: everything a request needs. */
export async function createContext(config: Config, options: ContextOptions = {}): Promise<AppContext> {
  const database = options.database ?? (await openConfiguredDatabase(config));
  await database.migrate();
  const jobs = new Jobs(database, { pollingIntervalSeconds: options.jobPollingSeconds });
  const mailer = new Mailer(database, jobs, {
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    key: loadMailKey(config).key,
    retrySchedule: options.mailRetrySchedule,
    logger: pino({ level: config.logLevel, name: 'mail' }),
  });
  const sessions = new SessionStore(database);
  // Two app servers starting together on one PostgreSQL database both found the job queue's schema
  // missing and both created it ("duplicate key value violates unique constraint
  // pg_namespace_nspname_index"): the steps that create shared objects run one server at a time.
  await database.oneStartAtATime(async () => {
    await jobs.start();
    await mailer.startWorker();
    await sessions.start();
  });
  return { config, database, jobs, mailer, sessions, audit: openAuditAnchor(config) };
}

/**
 * The anchor folder: AUDIT_DIR, or `data.audit` beside the data folder — with the embedded database,
 * and with a PostgreSQL server too (the folder is then made for the anchor alone). Only a
 * configuration with neither a data folder nor a database URL (the API tests) runs without one.
 */
export function openAuditAnchor(config: Config): AuditAnchor | undefined {
  if (config.auditDir) return AuditAnchor.open(config.auditDir);
  if (config.databaseUrl || existsSync(config.dataDir)) return AuditAnchor.open(anchorDirFor(config.dataDir));
  return undefined;
}

/** Stops jobs first (they use the database), then sessions, mail and the database. */
export async function closeContext(ctx: AppContext): Promise<void> {
  await ctx.jobs.stop();
  await ctx.audit?.stop(ctx.database.db);
  await ctx.sessions.stop();
  ctx.mailer.close();
  await ctx.database.close();
}

import type { Database } from '@brug/db';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { ActiveSession, SessionStore } from '../modules/accounts/session-store.ts';
import type { AuditAnchor } from '../modules/audit/anchor.ts';
import type { Jobs } from '../modules/jobs/jobs.ts';
import type { Mailer } from '../modules/mail/mailer.ts';

export type AppContext = {
  config: Config;
  database: Database;
  sessions: SessionStore;
  mailer: Mailer;
  jobs: Jobs;
  /** The audit chain's anchor outside the database (absent only without a data folder, in tests). */
  audit?: AuditAnchor;
};

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    /** The structured log (Fastify's own `app.log` is silent): request lines, errors, start and stop. */
    brugLog: Logger;
  }
  interface FastifyRequest {
    session: ActiveSession | null;
  }
}

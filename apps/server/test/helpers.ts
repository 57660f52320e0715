import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, MIGRATIONS_FOLDER, type OpenOptions, openDatabase, schema } from '@brug/db';
import { ANTWERP_DISTRICTS, type Role } from '@brug/domain';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type ContextOptions, closeContext, createContext } from '../src/context.ts';
import type { AppContext } from '../src/http/context.ts';
import { hashPassword } from '../src/modules/accounts/passwords.ts';

export const TEST_PASSWORD = 'correct horse battery staple 42';
let passwordHash: Promise<string> | undefined;

/** A fingerprint of the migrations: templates built from other migrations are never reused. */
function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (file.endsWith('.sql')) hash.update(file).update(readFileSync(path.join(MIGRATIONS_FOLDER, file)));
  }
  hash.update(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A migrated PGlite, dumped once to a temp file and loaded by every test file (migrating costs seconds).
 * The API test files share their worker's modules (vitest.config.ts), so a worker reads it once.
 */
let template: Promise<Blob> | undefined;
function pgliteTemplate(): Promise<Blob> {
  template ??= buildPgliteTemplate();
  template.catch(() => {
    template = undefined;
  });
  return template;
}

async function buildPgliteTemplate(): Promise<Blob> {
  const file = path.join(tmpdir(), `brug-pglite-template-${migrationsFingerprint()}.tar`);
  if (!existsSync(file)) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await database.migrate();
    const dump = await database.pglite!.dumpDataDir('none');
    await database.close();
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

/**
 * PGlite's WebAssembly compiled once per worker and its file bundle read once: each new instance
 * then skips both (about 0.3 s of CPU per test file).
 */
let artifacts: Promise<NonNullable<OpenOptions['pgliteArtifacts']>> | undefined;
function pgliteArtifacts(): Promise<NonNullable<OpenOptions['pgliteArtifacts']>> {
  artifacts ??= (async () => {
    const dist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    const [pgliteWasmModule, initdbWasmModule] = await Promise.all(
      ['pglite.wasm', 'initdb.wasm'].map((file) => WebAssembly.compile(readFileSync(path.join(dist, file)))),
    );
    return {
      pgliteWasmModule,
      initdbWasmModule,
      fsBundle: new Blob([readFileSync(path.join(dist, 'pglite.data'))]),
    };
  })();
  artifacts.catch(() => {
    artifacts = undefined;
  });
  return artifacts;
}

/** On a PostgreSQL server: a migrated template database, built once under an advisory lock. */
async function postgresTemplate(serverUrl: string): Promise<string> {
  const name = `brug_template_${migrationsFingerprint()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(727002)');
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      const building = `${name}_building`;
      await admin.query(`drop database if exists ${building} with (force)`);
      await admin.query(`create database ${building}`);
      const url = new URL(serverUrl);
      url.pathname = `/${building}`;
      const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
      await database.migrate();
      await database.close();
      await admin.query(`alter database ${building} rename to ${name}`);
    }
  } finally {
    await admin.query('select pg_advisory_unlock(727002)').catch(() => {});
    await admin.end();
  }
  return name;
}

/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or, with TEST_DATABASE_URL, a
 * new database on that PostgreSQL server, dropped afterwards. A test database does not wait for the
 * disk at each commit (`synchronous_commit = off`: a crash could lose the last commits, which a
 * throw-away database does not mind); that takes about 3 ms off every commit.
 */
export async function createTestDatabase(
  options: { poolSize?: number } = {},
): Promise<{ database: Database; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const [loadDataDir, pgliteArtifactsOnce] = await Promise.all([pgliteTemplate(), pgliteArtifacts()]);
    const database = await openDatabase({
      dataDir: 'memory://',
      loadDataDir,
      pgliteArtifacts: pgliteArtifactsOnce,
    });
    return { database, drop: async () => {} };
  }
  const template = await postgresTemplate(serverUrl);
  const name = `brug_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.query(`alter database ${name} set synchronous_commit = off`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: options.poolSize ?? 5 });
  return {
    database,
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export type TestApp = {
  app: FastifyInstance;
  ctx: AppContext;
  close(): Promise<void>;
};

export async function buildTestApp(
  env: Record<string, string> = {},
  options: Pick<ContextOptions, 'mailRetrySchedule'> = {},
): Promise<TestApp> {
  const { database, drop } = await createTestDatabase();
  const config: Config = loadConfig({
    DATA_DIR: '/nonexistent',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://brug.test',
    ...env,
  });
  const ctx = await createContext(config, { database, jobPollingSeconds: 0.5, ...options });
  const app = await buildApp(ctx, { logger: false, serveWeb: false });
  await app.ready();
  return {
    app,
    ctx,
    async close() {
      await app.close();
      await closeContext(ctx);
      await drop();
    },
  };
}

export async function createZone(ctx: AppContext, overrides: Partial<typeof schema.zones.$inferInsert> = {}) {
  const [zone] = await ctx.database.db
    .insert(schema.zones)
    .values({
      name: `Zone ${randomBytes(3).toString('hex')}`,
      districts: [...ANTWERP_DISTRICTS],
      ...overrides,
    })
    .returning();
  return zone;
}

export async function createUser(
  ctx: AppContext,
  zoneId: string,
  role: Role,
  overrides: Partial<typeof schema.users.$inferInsert> = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await ctx.database.db
    .insert(schema.users)
    .values({
      zoneId,
      role,
      email: `${role}-${randomBytes(4).toString('hex')}@example.org`,
      displayName: `Test ${role}`,
      status: 'active',
      passwordHash: await passwordHash,
      ...overrides,
    })
    .returning();
  return user;
}

type Body = Record<string, unknown> | unknown[] | undefined;

/** A logged-in browser, as far as the API can tell: session cookie plus CSRF header on writes. */
export class Client {
  constructor(
    private app: FastifyInstance,
    public cookie?: string,
    public csrf?: string,
  ) {}

  private request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: Body,
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    return this.app.inject({ method, url, headers, payload: body as never });
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: Body) {
    return this.request('POST', url, body ?? {});
  }
  patch(url: string, body?: Body) {
    return this.request('PATCH', url, body ?? {});
  }
  put(url: string, body?: Body) {
    return this.request('PUT', url, body ?? {});
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

let loginAddress = 0;

/**
 * Logs in as the user. Each login comes from an address of its own, so that a file logging in many
 * users stays under the per-address login limit (tests of that limit send their own requests).
 */
export async function login(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Client> {
  loginAddress++;
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress: `10.${(loginAddress >> 16) & 255}.${(loginAddress >> 8) & 255}.${loginAddress & 255}`,
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'brug_session');
  return new Client(app, `brug_session=${cookie!.value}`, res.json().csrfToken);
}

/** Creates a user of the role in the zone and logs them in. */
export async function loginAs(
  t: TestApp,
  zoneId: string,
  role: Role,
  overrides: Partial<typeof schema.users.$inferInsert> = {},
) {
  const user = await createUser(t.ctx, zoneId, role, overrides);
  return { user, client: await login(t.app, user.email) };
}

export async function waitFor<T>(
  fn: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error('waitFor timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * An ISO time `h` hours after tomorrow 09:00 UTC (10:00 or 11:00 in Brussels). Slots of a few hours
 * at whole-day offsets from it fall in the daytime whatever the hour the tests run: `Date.now() + h`
 * put a colleague's session past midnight or before 08:00 when the suite ran in the evening, and a
 * colleague available on weekdays and evenings was then, rightly, unavailable.
 */
export function hoursFromTomorrowMorning(h: number): string {
  const base = new Date();
  base.setUTCDate(base.getUTCDate() + 1);
  base.setUTCHours(9, 0, 0, 0);
  return new Date(base.getTime() + h * 3_600_000).toISOString();
}

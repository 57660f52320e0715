import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type BrugServer = {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The first-run link printed by the server (absent when the database already has an admin). */
  setupUrl?: string;
  /** Everything the server printed so far (for failing tests). */
  output(): string;
  stop(): Promise<void>;
};

export type StartOptions = {
  /** Extra environment variables (SMTP_URL, LOG_LEVEL, …). */
  env?: Record<string, string>;
  /** How long to wait for /api/ready and the set-up link. */
  timeoutMs?: number;
  /** Start `npm run demo`'s server instead (its own embedded database, filled with the demo). */
  demo?: boolean;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh database on the E2E_DATABASE_URL server, dropped by the returned function. */
async function createDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `brug_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

const BUNDLE = path.join(ROOT, 'apps/server/dist/main.js');

/**
 * Where the data folder of a server that started once on an empty folder and stopped is kept, for this
 * very bundle: the embedded database created and migrated, no zone yet. Each spec's server starts on a
 * copy of it, as `npm start` starts again on its data folder (about 2.5 s), instead of creating and
 * migrating a database of its own (about 8 s and 700 MB at its peak).
 */
export function templateDataDir(): string {
  const bundle = createHash('sha256').update(readFileSync(BUNDLE)).digest('hex').slice(0, 16);
  return path.join(tmpdir(), `brug-e2e-template-${bundle}`);
}

/** Makes the template data folder once (the global set-up, after building the bundle). */
export async function ensureTemplateDataDir(): Promise<void> {
  const template = templateDataDir();
  if (existsSync(template)) return;
  // Templates of earlier bundles are of no more use.
  for (const old of readdirSync(tmpdir())) {
    if (old.startsWith('brug-e2e-template-'))
      rmSync(path.join(tmpdir(), old), { recursive: true, force: true });
  }
  const server = await launch({}, { template: false });
  await server.stop({ keepDataDir: true });
  const partial = `${template}.${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(server.dataDir, partial, { recursive: true });
  rmSync(server.dataDir, { recursive: true, force: true });
  renameSync(partial, template);
}

/**
 * Starts the real server (`apps/server/dist/main.js`, the bundle `npm start` runs, built by the global setup) on a free port with a fresh temporary
 * DATA_DIR (embedded PGlite), or a fresh database on E2E_DATABASE_URL when that is set. Resolves
 * when /api/ready answers and the first-run link has been printed.
 */
export async function startServer(options: StartOptions = {}): Promise<BrugServer> {
  const server = await launch(options, { template: true });
  return { url: server.url, setupUrl: server.setupUrl, output: server.output, stop: () => server.stop() };
}

async function launch(
  options: StartOptions,
  how: { template: boolean },
): Promise<BrugServer & { dataDir: string; stop(o?: { keepDataDir?: boolean }): Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'brug-e2e-'));
  const database = process.env.E2E_DATABASE_URL
    ? await createDatabase(process.env.E2E_DATABASE_URL)
    : undefined;
  const template = templateDataDir();
  // The demo fills the template's empty zone-less database as it fills a new one (`fillDemo`).
  if (how.template && !database && existsSync(template)) {
    cpSync(template, dataDir, { recursive: true });
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    DATA_DIR: dataDir,
    AUDIT_DIR: path.join(dataDir, 'audit-anchor'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    DATABASE_URL: database?.url ?? '',
    SMTP_URL: '',
    ...options.env,
  };
  if (options.demo) env.DEMO_DATA_DIR = dataDir;
  const args = options.demo
    ? [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'apps/server/src/demo.ts']
    : ['--enable-source-maps', 'apps/server/dist/main.js'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let setupUrl: string | undefined;
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    setupUrl ??= /(https?:\/\/\S+\/setup\?token=[\w-]+)/.exec(output)?.[1];
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  let stopped = false;
  const stop = async ({ keepDataDir = false }: { keepDataDir?: boolean } = {}) => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 15_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    if (!keepDataDir) rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  };

  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  let ready = false;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The server exited with code ${child.exitCode}:\n${output}`);
    }
    if (!ready) {
      try {
        ready = (await fetch(`${url}/api/ready`)).ok;
      } catch {
        // not listening yet
      }
    }
    if (ready) {
      // The set-up link is printed just after the server starts listening.
      if (setupUrl) return { url, setupUrl, dataDir, output: () => output, stop };
      const status = (await (await fetch(`${url}/api/setup/status`)).json()) as { needsSetup: boolean };
      if (!status.needsSetup) return { url, dataDir, output: () => output, stop };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`The server did not become ready in time:\n${output}`);
}

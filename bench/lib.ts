import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(BENCH_DIR, '..');
export const SERVER_DIR = path.join(ROOT, 'apps/server');
export const TMP_DIR = path.join(BENCH_DIR, '.tmp');

export type DatabaseKind = 'pglite' | 'postgres';

/** What a benchmark gets: one database to use (fresh), and the run's settings. */
export type BenchContext = {
  kind: DatabaseKind;
  /** Environment for the server: DATA_DIR (embedded) or DATABASE_URL (PostgreSQL), never both. */
  databaseEnv: Record<string, string>;
  /** Seconds per autocannon measurement (BENCH_DURATION, default 5). */
  duration: number;
  /** Rounds for figures measured with `measureRounds` (BENCH_ROUNDS, default 5). */
  rounds: number;
  connections: number;
  log: (line: string) => void;
};

/** One line of the results table. `floor` is the figure of the bare route measured in the same run. */
export type BenchRow = {
  name: string;
  value: number;
  unit: string;
  floor?: number;
  /** The target as text, e.g. "≥ 80% of bare" or "< 3 s". */
  target?: string;
  pass?: boolean;
};

export type Benchmark = {
  module: string;
  name: string;
  run: (ctx: BenchContext) => Promise<BenchRow[]>;
};

/** A fresh empty database of the kind: a new folder, or a new database on the PostgreSQL server. */
export async function freshDatabase(
  kind: DatabaseKind,
  serverUrl: string,
): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const id = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  if (kind === 'pglite') {
    const dir = path.join(TMP_DIR, `data_${id}`);
    mkdirSync(dir, { recursive: true });
    return { env: { DATA_DIR: dir }, drop: async () => {} };
  }
  const name = `brug_bench_${id}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), AUDIT_DIR: path.join(TMP_DIR, `audit_${id}`) },
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function postgresReachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('select 1');
    await c.end();
    return true;
  } catch {
    return false;
  }
}

export type Child = {
  child: ChildProcess;
  url: Promise<string>;
  exited: Promise<number | null>;
  output(): string;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * How `npm start` runs the bundle, read from the server's `start` script so the two cannot drift:
 * the environment assignments before `node` and the options between `node` and the entry.
 */
export function startScriptLaunch(): { env: Record<string, string>; nodeArgs: string[] } {
  const pkg = JSON.parse(readFileSync(path.join(BENCH_DIR, '../apps/server/package.json'), 'utf8'));
  const words = String(pkg.scripts.start).split(/\s+/);
  const node = words.indexOf('node');
  const env = Object.fromEntries(words.slice(0, node).map((w) => w.split('=') as [string, string]));
  const nodeArgs = words.slice(node + 1).filter((w) => w.startsWith('--'));
  return { env, nodeArgs };
}

/**
 * Starts an entry point as its own process on a free port: a built bundle (`.js`) exactly the way
 * `npm start` runs it (`startScriptLaunch`), a TypeScript file through tsx. `url` resolves as soon
 * as the port answers HTTP (any status).
 */
export function startProcess(entry: string, cwd: string, env: Record<string, string>): Child {
  const launch = entry.endsWith('.js') ? startScriptLaunch() : { env: {}, nodeArgs: ['--import', 'tsx'] };
  return superviseOnPort(entry, '/', (port) =>
    spawn(process.execPath, [...launch.nodeArgs, entry], {
      cwd,
      env: {
        ...process.env,
        ...launch.env,
        HOST: '127.0.0.1',
        DATABASE_URL: '',
        SMTP_URL: '',
        PUBLIC_URL: '',
        ...env,
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/**
 * A process `start` spawns to listen on a free port of loopback, as a `Child`: its output kept (the
 * last 8,000 characters), `url` resolved once `probe` answers HTTP (any status), rejected with the
 * output if the process exits first.
 */
export function superviseOnPort(name: string, probe: string, start: (port: number) => ChildProcess): Child {
  let out = '';
  const portPromise = freePort();
  const childPromise = portPromise.then(start);
  const holder: { child?: ChildProcess } = {};
  let exitCode: number | null | undefined;
  const exited = childPromise.then(
    (child) =>
      new Promise<number | null>((resolve) => {
        holder.child = child;
        const keep = (chunk: Buffer) => {
          out = (out + chunk.toString()).slice(-8000);
        };
        child.stdout?.on('data', keep);
        child.stderr?.on('data', keep);
        child.on('exit', (code) => {
          exitCode = code;
          resolve(code);
        });
      }),
  );
  const url = (async () => {
    const port = await portPromise;
    await childPromise;
    const base = `http://127.0.0.1:${port}`;
    for (;;) {
      if (exitCode !== undefined) throw new Error(`${name} exited (${exitCode}):\n${out.slice(-2000)}`);
      const res = await fetch(`${base}${probe}`).catch(() => undefined);
      if (res) return base;
      await sleep(10);
    }
  })();
  url.catch(() => {});
  return {
    get child() {
      return holder.child!;
    },
    url,
    exited,
    output: () => out,
  } as Child;
}

export async function stopProcess(p: Child): Promise<void> {
  await p.url.catch(() => {});
  if (!p.child || p.child.exitCode !== null) return;
  p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 20_000);
  await p.exited;
  clearTimeout(timer);
}

/** Requests per second (mean) at `connections` connections; throws when any answer is not 2xx. */
export async function measure(
  url: string,
  options: { duration: number; connections: number; headers?: Record<string, string>; warmup?: number },
): Promise<number> {
  const run = (duration: number) =>
    autocannon({ url, connections: options.connections, duration, headers: options.headers });
  if (options.warmup !== 0) await run(options.warmup ?? 1);
  const result = await run(options.duration);
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return Math.round(result.requests.average);
}

export type Target = { url: string; headers?: Record<string, string> };

/**
 * Several figures measured in rounds, each the median of its rounds (requests per second). Every
 * target is warmed up once, then each round measures all of them, starting one later each round
 * (a, b, c; b, c, a; …), so that a stretch in which the machine is busy falls on each target alike
 * rather than on whichever happened to run then. On these shared machines one figure may move by
 * 15% between two runs of the same code; the median of five interleaved rounds moves by a few.
 */
export async function measureRounds<K extends string>(
  targets: Record<K, Target>,
  options: { duration: number; connections: number; rounds: number },
): Promise<Record<K, number>> {
  const names = Object.keys(targets) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  const run = (name: K, duration: number) =>
    measure(targets[name].url, { ...options, duration, warmup: 0, headers: targets[name].headers });
  for (const name of names) await run(name, 1);
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      samples[name].push(await run(name, options.duration));
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n])])) as Record<K, number>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

/** Resident memory of a process in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

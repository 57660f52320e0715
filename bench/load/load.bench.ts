import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  BENCH_DIR,
  type BenchContext,
  type Benchmark,
  type BenchRow,
  type Child,
  rssMb,
  SERVER_DIR,
  sleep,
  startProcess,
  stopProcess,
  TMP_DIR,
} from '../lib.ts';
import { type Check, checkConsistency, startSmtp } from './consistency.ts';
import type { GeneratorConfig, GeneratorResult } from './generator.ts';
import { haproxyVersion, startHaproxy } from './haproxy.ts';
import { type LoadUser, loginAll, request, seedAccounts, seedThroughApi, type World } from './seed.ts';

/** LOAD_USERS and LOAD_DURATION (seconds) make a quick run; the issue's load is 200 users for 60 s. */
const USERS = Number(process.env.LOAD_USERS ?? 200);
const DURATION = Number(process.env.LOAD_DURATION ?? 60);
const WARMUP = Number(process.env.LOAD_WARMUP ?? 5);
const WRITE_SHARE = 0.2;
/** The proxy before the two servers: HAProxy when installed (as an installation runs), else `proxy.ts`. */
const haproxy = haproxyVersion();
const proxyKind = (process.env.LOAD_PROXY ?? (haproxy ? 'haproxy' : 'node')) as 'haproxy' | 'node';
if (proxyKind === 'haproxy' && !haproxy) throw new Error('LOAD_PROXY=haproxy: haproxy is not installed');
const proxyName = proxyKind === 'haproxy' ? `HAProxy ${haproxy}, leastconn` : 'proxy.ts, least connections';
const SIZES = {
  organisations: Number(process.env.LOAD_ORGANISATIONS ?? 300),
  initiatives: 12,
  ideas: 60,
};

/** The peak of VmRSS of some processes, read every 250 ms, and the 1-minute load average meanwhile. */
function sampler(pids: number[]) {
  const peaks = pids.map(() => 0);
  const loads: number[] = [];
  const read = () => {
    pids.forEach((pid, i) => {
      try {
        peaks[i] = Math.max(peaks[i], rssMb(pid));
      } catch {}
    });
    loads.push(os.loadavg()[0]);
  };
  read();
  const timer = setInterval(read, 250);
  return {
    stop() {
      clearInterval(timer);
      read();
      return { peaks, load: Math.max(...loads) };
    },
  };
}

/** Runs the generator in its own process against `base` (the run's length, or `timing`'s). */
export async function generate(
  base: string,
  users: LoadUser[],
  world: World,
  timing: { durationS: number; warmupS: number } = { durationS: DURATION, warmupS: WARMUP },
): Promise<GeneratorResult> {
  const dir = path.join(TMP_DIR, `load_${Date.now()}_${randomBytes(3).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  const config: GeneratorConfig = {
    base,
    users,
    world,
    ...timing,
    writeShare: WRITE_SHARE,
    thinkMs: Number(process.env.LOAD_THINK_MS ?? 0),
  };
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'load/generator.ts', path.join(dir, 'config.json'), path.join(dir, 'result.json')],
    { cwd: BENCH_DIR, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`load generator exited with ${code}`);
  return JSON.parse(readFileSync(path.join(dir, 'result.json'), 'utf8')) as GeneratorResult;
}

function logResult(ctx: BenchContext, r: GeneratorResult) {
  ctx.log(
    `${r.requests} requests (${r.writes} writes) in ${r.seconds} s: ${r.throughput} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, max ${r.max} ms, ${r.errors} errors`,
  );
  for (const [name, f] of Object.entries(r.byStep).sort((x, y) => y[1].p99 - x[1].p99))
    ctx.log(
      `  ${name.padEnd(18)} ${String(f.requests).padStart(6)}  p50 ${f.p50}  p95 ${f.p95}  p99 ${f.p99}  errors ${f.errors}`,
    );
  for (const s of r.samples.slice(0, 8)) ctx.log(`  unexpected: ${s}`);
  const w = r.warmup;
  if (w.seconds > 0)
    ctx.log(
      `  warm-up (${w.seconds} s before, not counted): ${w.requests} requests, p99 ${w.p99} ms, max ${w.max} ms, ${w.errors} errors`,
    );
  // When the requests over 1 s were sent (seconds from the warm-up's start): a stall shows as a few
  // seconds holding most of them.
  const late = r.bySecond.map((b, i) => ({ i, ...b })).filter((b) => b.over1s > 0);
  if (late.length > 0)
    ctx.log(
      `  over 1 s: ${late.reduce((n, b) => n + b.over1s, 0)} requests, sent in second ${late
        .map((b) => `${b.i} (${b.over1s} of ${b.sent})`)
        .join(', ')}`,
    );
  if (r.slow.length > 0) {
    const at = r.slow.map((x) => x.at).sort((x, y) => x - y);
    ctx.log(
      `  ${r.slow.length} requests slower than 10 s, sent between ${at[0]} s and ${at.at(-1)} s into the run (median ${at[at.length >> 1]} s)`,
    );
  }
}

function rows(
  label: string,
  r: GeneratorResult,
  p99Target: number,
  rss: { name: string; mb: number; target?: number }[],
  load: number,
): BenchRow[] {
  return [
    {
      // The warm-up's answers count here too: an error is one wherever it happens.
      name: `${label}: unexpected answers (non-2xx, network errors) of ${(r.requests + r.warmup.requests).toLocaleString('en-US')}, warm-up included`,
      value: r.errors + r.warmup.errors,
      unit: '',
      target: '0',
      pass: r.errors + r.warmup.errors === 0,
    },
    {
      name: `${label}: p99 latency of the ${r.warmup.seconds} s warm-up (not counted below)`,
      value: r.warmup.p99,
      unit: 'ms',
    },
    { name: `${label}: p50 latency`, value: r.p50, unit: 'ms' },
    { name: `${label}: p95 latency`, value: r.p95, unit: 'ms' },
    {
      name: `${label}: p99 latency`,
      value: r.p99,
      unit: 'ms',
      target: `< ${p99Target} ms`,
      pass: r.p99 < p99Target,
    },
    {
      name: `${label}: throughput (${r.writes.toLocaleString('en-US')} writes)`,
      value: r.throughput,
      unit: 'req/s',
    },
    ...rss.map((m) => ({
      name: `${label}: peak RSS of ${m.name} (VmRSS every 250 ms)`,
      value: m.mb,
      unit: 'MB',
      ...(m.target ? { target: `≤ ${m.target} MB`, pass: m.mb <= m.target } : {}),
    })),
    {
      name: `${label}: 1-minute load average, highest during the run (shared machine)`,
      value: Math.round(load * 10) / 10,
      unit: '',
    },
  ];
}

async function ready(server: Child): Promise<string> {
  const base = await server.url;
  for (;;) {
    const res = await fetch(`${base}/api/ready`).catch(() => undefined);
    if (res?.status === 200) return base;
    await sleep(50);
  }
}

/**
 * Starts the bundle and waits for /api/ready. On a machine as busy as the shared one (load average
 * above 20 on 2 cores), Fastify's 10 s plugin timeout sometimes ends a start ("Plugin did not start
 * in time"); such a start is tried again, at most twice, and said in the log.
 */
export async function startServer(
  env: Record<string, string>,
  log: (line: string) => void,
  entry = 'dist/main.js',
): Promise<{ server: Child; base: string }> {
  for (let attempt = 1; ; attempt++) {
    const server = startProcess(entry, SERVER_DIR, env);
    try {
      return { server, base: await ready(server) };
    } catch (err) {
      await stopProcess(server);
      if (attempt >= 3 || !/did not start in time/.test(server.output())) throw err;
      log(
        `start ${attempt} failed (${/Plugin did not start in time: '[^']+'/.exec(server.output())?.[0]}), starting again`,
      );
    }
  }
}

export const loadBench: Benchmark = {
  module: 'load',
  name: `${USERS} users for ${DURATION} s after ${WARMUP} s of warm-up, 80 % reads and 20 % writes over the main pages`,
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const env = ctx.databaseEnv;
    const started = Date.now();
    ctx.log(`seeding: zone, ${USERS} users (database), then partners, initiatives, ideas, surveys (API)`);
    const accounts = await seedAccounts(env, USERS);
    const smtp = await startSmtp();
    // On a PostgreSQL server every app server of the installation has the same MAIL_KEY (README,
    // scaling path): mail queued by one is delivered by any. PGlite keeps its key in its data folder.
    const mailKey: Record<string, string> =
      ctx.kind === 'postgres' ? { MAIL_KEY: randomBytes(32).toString('base64') } : {};
    const common = { LOG_LEVEL: 'warn', SMTP_URL: smtp.url, MAIL_FROM: 'Brug <brug@brug.test>', ...mailKey };
    const out: BenchRow[] = [];
    let world: World;
    let users: LoadUser[];
    try {
      // One server: the issue's load on each database.
      // LOAD_CPU_PROF=<folder>: the one server runs under V8's profiler and writes <kind>.cpuprofile there.
      const prof = process.env.LOAD_CPU_PROF;
      const profile: Record<string, string> = prof
        ? { LOAD_CPU_PROF_FILE: path.resolve(prof, `${ctx.kind}.cpuprofile`) }
        : {};
      if (prof) mkdirSync(path.resolve(prof), { recursive: true });
      const { server: one, base } = await startServer(
        { ...env, ...common, ...profile },
        ctx.log,
        prof ? path.relative(SERVER_DIR, path.join(BENCH_DIR, 'load/profiled-main.js')) : undefined,
      );
      try {
        world = await seedThroughApi(base, accounts, SIZES, ctx.log);
        users = await loginAll(base, accounts.users);
        ctx.log(
          `seeded and ${users.length} users logged in after ${Math.round((Date.now() - started) / 1000)} s`,
        );
        await sleep(2000);
        const sampling = sampler([one.child.pid!]);
        const result = await generate(base, users, world);
        const { peaks, load } = sampling.stop();
        logResult(ctx, result);
        ctx.log(`peak RSS ${peaks[0]} MB, load average up to ${load.toFixed(1)}`);
        const pglite = ctx.kind === 'pglite';
        out.push(
          ...rows(
            'one server',
            result,
            pglite ? 1000 : 500,
            [{ name: 'the server', mb: peaks[0], target: pglite ? 400 : undefined }],
            load,
          ),
        );
      } finally {
        await stopProcess(one);
      }
      if (ctx.kind === 'pglite') return out;

      // The scaling path: two app servers on the same database behind a least-connections proxy.
      const auditDirs = [
        path.join(TMP_DIR, `audit_a_${Date.now()}`),
        path.join(TMP_DIR, `audit_b_${Date.now()}`),
      ];
      const shared = { ...env, ...common, TRUST_PROXY: 'true' };
      const servers: Child[] = [];
      let proxy: Child | undefined;
      try {
        for (const dir of auditDirs)
          servers.push((await startServer({ ...shared, AUDIT_DIR: dir }, ctx.log)).server);
        const [a, b] = await Promise.all(servers.map((s) => s.url));
        proxy =
          proxyKind === 'haproxy'
            ? startHaproxy([a, b])
            : startProcess('load/proxy.ts', BENCH_DIR, { PROXY_TARGETS: `${a},${b}` });
        const front = await proxy.url;
        // The sessions of the first run live in the database: the same users go on, through the proxy.
        const me = await request(front, 'GET', '/api/auth/me', { session: users[0] });
        if (me.status !== 200) throw new Error(`a session of the first run through the proxy: ${me.status}`);
        await sleep(2000);
        const sampling = sampler([servers[0].child.pid!, servers[1].child.pid!, proxy.child.pid!]);
        const result = await generate(front, users, world);
        const { peaks, load } = sampling.stop();
        ctx.log(`two servers behind the proxy (${proxyName}):`);
        logResult(ctx, result);
        ctx.log(
          `peak RSS A ${peaks[0]} MB, B ${peaks[1]} MB, proxy ${peaks[2]} MB, load average up to ${load.toFixed(1)}`,
        );
        out.push(
          ...rows(
            'two servers behind a proxy',
            result,
            500,
            [
              { name: 'server A', mb: peaks[0] },
              { name: 'server B', mb: peaks[1] },
            ],
            load,
          ),
        );
        ctx.log('consistency between the two servers');
        const checks: Check[] = await checkConsistency({
          a,
          b,
          databaseUrl: env.DATABASE_URL,
          auditDirs,
          userEmails: [accounts.users[1].email, accounts.users[2].email],
          activityId: world.activityIds[0],
          smtp,
          log: ctx.log,
        });
        for (const c of checks)
          out.push({
            name: `consistency: ${c.name} (${c.detail})`,
            value: c.ok ? 1 : 0,
            unit: c.ok ? 'holds' : 'broken',
            target: 'holds',
            pass: c.ok,
          });
      } finally {
        if (proxy) await stopProcess(proxy);
        await Promise.all(servers.map(stopProcess));
      }
      return out;
    } finally {
      await smtp.close();
    }
  },
};

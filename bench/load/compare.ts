/**
 * Two builds of the server under the same load, in turn, on one PostgreSQL database:
 *
 *   npm run build -w @brug/server && cp -r ../apps/server/dist ../apps/server/dist-a   # one build
 *   …change…, build again, cp -r ../apps/server/dist ../apps/server/dist-b            # the other
 *   npx tsx load/compare.ts dist-a dist-b                                            # from bench/
 *
 * On a shared virtual machine the same code gives runs a third apart (bench/RESULTS.md, Load), so two
 * separate runs of the load benchmark cannot show a change of a tenth. Here both servers run at once on
 * one seeded database; the load goes to one for a short segment, then to the other, in the order
 * A B B A (so a drift of the machine weighs on both alike), for `COMPARE_ROUNDS` rounds. Each segment
 * records throughput and p99, and the CPU time the server and PostgreSQL spent per request (from /proc):
 * CPU per request is what a change of work per request moves, and it drifts less than throughput.
 *
 * Variables: LOAD_USERS (200), COMPARE_SECONDS (10 s measured after 2 s of warm-up per segment),
 * COMPARE_ROUNDS (4), BENCH_DATABASE_URL (the PostgreSQL server, as `npm run bench`).
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freshDatabase, SERVER_DIR, sleep, stopProcess } from '../lib.ts';
import { startSmtp } from './consistency.ts';
import type { GeneratorResult } from './generator.ts';
import { generate, startServer } from './load.bench.ts';
import { loginAll, seedAccounts, seedThroughApi } from './seed.ts';

const [distA, distB] = process.argv.slice(2);
if (!distA || !distB)
  throw new Error('usage: tsx load/compare.ts <dist folder A> <dist folder B> (in apps/server)');
const USERS = Number(process.env.LOAD_USERS ?? 200);
const SECONDS = Number(process.env.COMPARE_SECONDS ?? 10);
const ROUNDS = Number(process.env.COMPARE_ROUNDS ?? 4);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** CPU time (s) of a process from /proc, user and system; 0 when it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU time of every PostgreSQL process (server, backends of both app servers, background workers). */
function postgresSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').startsWith('postgres'))
        total += cpuSeconds(Number(entry));
    } catch {}
  }
  return total;
}

type Segment = { build: 'A' | 'B'; result: GeneratorResult; serverMs: number; postgresMs: number };

const database = await freshDatabase('postgres', serverUrl);
const smtp = await startSmtp();
const common = {
  ...database.env,
  LOG_LEVEL: 'warn',
  SMTP_URL: smtp.url,
  MAIL_FROM: 'Brug <brug@brug.test>',
  MAIL_KEY: randomBytes(32).toString('base64'),
};
const log = (line: string) => console.log(line);
const accounts = await seedAccounts(database.env, USERS);
const a = await startServer(
  { ...common, AUDIT_DIR: `${database.env.AUDIT_DIR}_a` },
  log,
  path.join(distA, 'main.js'),
);
const b = await startServer(
  { ...common, AUDIT_DIR: `${database.env.AUDIT_DIR}_b` },
  log,
  path.join(distB, 'main.js'),
);
const segments: Segment[] = [];
try {
  log(`seeding through A (${path.resolve(SERVER_DIR, distA)})`);
  const world = await seedThroughApi(
    a.base,
    accounts,
    { organisations: 300, initiatives: 12, ideas: 60 },
    log,
  );
  const users = await loginAll(a.base, accounts.users);
  // Each server's code paths compiled and statements planned before the first measured segment.
  for (const s of [a, b]) await generate(s.base, users, world, { durationS: 3, warmupS: 2 });
  for (let round = 1; round <= ROUNDS; round++) {
    for (const build of ['A', 'B', 'B', 'A'] as const) {
      const server = build === 'A' ? a : b;
      await sleep(500);
      const pid = server.server.child.pid as number;
      const before = { server: cpuSeconds(pid), postgres: postgresSeconds() };
      const result = await generate(server.base, users, world, { durationS: SECONDS, warmupS: 2 });
      const requests = result.requests + result.warmup.requests;
      const serverMs = ((cpuSeconds(pid) - before.server) * 1000) / requests;
      const postgresMs = ((postgresSeconds() - before.postgres) * 1000) / requests;
      segments.push({ build, result, serverMs, postgresMs });
      log(
        `round ${round} ${build}: ${result.throughput} req/s, p99 ${result.p99} ms, ${result.errors + result.warmup.errors} errors; CPU per request: server ${serverMs.toFixed(3)} ms, PostgreSQL ${postgresMs.toFixed(3)} ms`,
      );
    }
  }
} finally {
  await Promise.all([stopProcess(a.server), stopProcess(b.server)]);
  await smtp.close();
  await database.drop();
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const of = (build: 'A' | 'B', f: (s: Segment) => number) =>
  mean(segments.filter((s) => s.build === build).map(f));
const figures: [string, (s: Segment) => number, number][] = [
  ['throughput (req/s)', (s) => s.result.throughput, 0],
  ['p99 (ms)', (s) => s.result.p99, 0],
  ['server CPU per request (ms)', (s) => s.serverMs, 3],
  ['PostgreSQL CPU per request (ms)', (s) => s.postgresMs, 3],
];
log(`\n${ROUNDS} rounds of A B B A, ${SECONDS} s each, ${USERS} users; A = ${distA}, B = ${distB}`);
log('| measure | A | B | B / A |');
log('|---|---:|---:|---:|');
for (const [name, f, digits] of figures) {
  const x = of('A', f);
  const y = of('B', f);
  log(`| ${name} | ${x.toFixed(digits)} | ${y.toFixed(digits)} | ${(y / x).toFixed(3)} |`);
}

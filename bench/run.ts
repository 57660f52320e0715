/**
 * `npm run bench [-- <module> …]`: runs the registered benchmarks on the embedded database and on a
 * PostgreSQL server, prints the figures and writes each module's section of RESULTS.md.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  BENCH_DIR,
  type BenchRow,
  type DatabaseKind,
  freshDatabase,
  machine,
  postgresReachable,
  TMP_DIR,
} from './lib.ts';
import { benchmarks } from './registry.ts';

const RESULTS = path.join(BENCH_DIR, 'RESULTS.md');
const only = process.argv.slice(2);
const kinds = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',') as DatabaseKind[];
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const duration = Number(process.env.BENCH_DURATION ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

type Measured = { kind: DatabaseKind; name: string; rows: BenchRow[]; error?: string };
const byModule = new Map<string, Measured[]>();
const started = Date.now();

for (const bench of benchmarks) {
  if (only.length > 0 && !only.includes(bench.module)) continue;
  for (const kind of kinds) {
    const list = byModule.get(bench.module) ?? [];
    byModule.set(bench.module, list);
    if (kind === 'postgres' && !(await postgresReachable(serverUrl))) {
      console.log(`[${bench.module}] ${bench.name} on postgres: skipped, no server at ${serverUrl}`);
      list.push({
        kind,
        name: bench.name,
        rows: [],
        error: `not measured: no PostgreSQL server at ${serverUrl}`,
      });
      continue;
    }
    console.log(`[${bench.module}] ${bench.name} on ${kind}`);
    const database = await freshDatabase(kind, serverUrl);
    try {
      const rows = await bench.run({
        kind,
        databaseEnv: database.env,
        duration,
        rounds,
        connections,
        log: (line) => console.log(`  ${line}`),
      });
      list.push({ kind, name: bench.name, rows });
      for (const r of rows) console.log(`  ${formatRow(r).join('  ')}`);
    } catch (err) {
      console.error(`  failed: ${(err as Error).message}`);
      list.push({
        kind,
        name: bench.name,
        rows: [],
        error: `failed: ${(err as Error).message.split('\n')[0]}`,
      });
      process.exitCode = 1;
    } finally {
      await database.drop();
    }
  }
}
rmSync(TMP_DIR, { recursive: true, force: true });

function formatRow(r: BenchRow): string[] {
  const value = `${r.value.toLocaleString('en-US')} ${r.unit}`;
  const floor = r.floor === undefined ? '' : `${r.floor.toLocaleString('en-US')} ${r.unit}`;
  const ratio = r.floor ? `${Math.round((r.value / r.floor) * 100)}%` : '';
  const met = r.pass === undefined ? '' : r.pass ? 'yes' : '**no**';
  return [r.name, value, floor, ratio, r.target ?? '', met];
}

function section(measured: Measured[]): string {
  const date = new Date().toISOString().replace('T', ' ').slice(0, 16);
  const lines = [
    `Measured ${date} UTC on ${machine()}; autocannon, ${connections} connections, ${duration} s per figure after 1 s warm-up; a figure "median of ${rounds} rounds" is the median of ${rounds} such figures taken in turn with the others of its table (\`measureRounds\`). Written by \`npm run bench\`.`,
    '',
  ];
  for (const m of measured) {
    lines.push(`**${m.name} — ${m.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL server'}**`, '');
    if (m.error) {
      lines.push(m.error, '');
      continue;
    }
    lines.push(
      '| measure | value | bare floor, same run | ratio | target | met |',
      '|---|---:|---:|---:|---|---|',
    );
    for (const r of m.rows) lines.push(`| ${formatRow(r).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

let text = existsSync(RESULTS)
  ? readFileSync(RESULTS, 'utf8')
  : '# Benchmark results\n\nEach module owns its section below; `npm run bench` rewrites the sections of the modules it ran.\n';
for (const [module, measured] of byModule) {
  const begin = `<!-- bench:${module} -->`;
  const end = `<!-- /bench:${module} -->`;
  const body = `${begin}\n${section(measured)}${end}`;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  text =
    a >= 0 && b > a
      ? text.slice(0, a) + body + text.slice(b + end.length)
      : `${text.trimEnd()}\n\n## ${module}\n\n${body}\n`;
}
writeFileSync(RESULTS, text);
console.log(
  `\nWritten to ${path.relative(process.cwd(), RESULTS)} in ${Math.round((Date.now() - started) / 1000)} s`,
);

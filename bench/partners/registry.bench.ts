import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Benchmark, BenchRow } from '../lib.ts';
import { ROOT } from '../lib.ts';

type Line = Record<string, number | string>;

/** Runs `registry.ts` in its own process (it seeds 50,000 organisations) and turns its JSON lines into rows. */
function runScript(kind: 'pglite' | 'postgres'): Promise<Line[]> {
  const env: Record<string, string | undefined> = { ...process.env };
  if (kind === 'postgres')
    env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  else delete env.TEST_DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', path.join(ROOT, 'bench/partners/registry.ts')], { cwd: ROOT, env });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('close', () =>
      resolve(
        out
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as Line),
      ),
    );
  });
}

export const partnersRegistry: Benchmark = {
  module: 'partners',
  name: '50,000 organisations and 200,000 contacts: list with filter and search, coverage matrix, 10,000-row XLSX import',
  async run(ctx) {
    const lines = await runScript(ctx.kind);
    const rows: BenchRow[] = [];
    for (const l of lines) {
      ctx.log(JSON.stringify(l));
      if (l.bench === 'partners.seed') rows.push({ name: 'seed (SQL)', value: Number(l.ms), unit: 'ms' });
      if (l.bench === 'partners.reference_scan')
        rows.push({
          name: `reference: sequential scan of all organisations in the same run (load average ${l.loadavg})`,
          value: Number(l.p50_ms),
          unit: 'ms',
        });
      if (l.bench === 'partners.list_filter_search')
        rows.push({
          name: 'GET /api/partners/organisations?q=…&focusArea=…&district=…&programmeId=… (p50)',
          value: Number(l.p50_ms),
          unit: 'ms',
        });
      if (l.bench === 'partners.list_filter_search')
        rows.push({
          name: 'GET /api/partners/organisations?q=…&focusArea=…&district=…&programmeId=… (p95)',
          value: Number(l.p95_ms),
          unit: 'ms',
          target: `< ${l.target_ms} ms`,
          pass: Number(l.p95_ms) < Number(l.target_ms),
        });
      if (l.bench === 'partners.coverage')
        rows.push({ name: 'GET /api/partners/coverage (p50)', value: Number(l.p50_ms), unit: 'ms' });
      if (l.bench === 'partners.coverage')
        rows.push({
          name: 'GET /api/partners/coverage (p95)',
          value: Number(l.p95_ms),
          unit: 'ms',
          target: '< 100 ms',
          pass: Number(l.p95_ms) < 100,
        });
      if (l.bench === 'partners.import_xlsx')
        rows.push({
          name: '10,000-row XLSX: preview (reads the file) + import of that preview (two requests)',
          value: Number(l.preview_ms) + Number(l.write_ms),
          unit: 'ms',
          target: '< 15000 ms',
          pass: Number(l.preview_ms) + Number(l.write_ms) < 15_000,
        });
      if (l.bench === 'partners.import_xlsx')
        rows.push({
          name: 'same file again: preview + import, nothing created or changed',
          value: Number(l.reimport_ms),
          unit: 'ms',
        });
    }
    return rows;
  },
};

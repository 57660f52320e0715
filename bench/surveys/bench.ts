import { spawn } from 'node:child_process';
import path from 'node:path';
import { BENCH_DIR, type Benchmark, type BenchRow, ROOT } from '../lib.ts';

/**
 * `npm run bench -- surveys`: runs surveys.ts in its own process (it seeds 1,000,000 responses
 * into its own database) and turns its JSON line into rows of RESULTS.md.
 */
export const surveysBench: Benchmark = {
  module: 'surveys',
  name: '1,000,000 responses: dashboard, report, 200 respondents at once',
  async run(ctx) {
    const env: Record<string, string> = { ...(process.env as Record<string, string>) };
    if (ctx.kind === 'postgres') {
      const url = new URL(ctx.databaseEnv.DATABASE_URL);
      url.pathname = '/postgres';
      env.TEST_DATABASE_URL = url.toString();
    } else delete env.TEST_DATABASE_URL;
    const out = await new Promise<string>((resolve, reject) => {
      let text = '';
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, 'surveys/surveys.ts')], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child.stdout.on('data', (c: Buffer) => {
        text += c.toString();
      });
      child.on('exit', () => resolve(text));
      child.on('error', reject);
    });
    const line = out
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .pop();
    if (!line) throw new Error(`no result from surveys.ts: ${out.slice(-500)}`);
    const r = JSON.parse(line);
    const dashTarget = ctx.kind === 'postgres' ? 100 : 500;
    const worstP99 = Math.max(...r.respondents.map((x: { p99: number }) => x.p99));
    const errors = [r.respondentsCold, ...r.respondents].reduce(
      (s: number, x: { errors: number }) => s + x.errors,
      0,
    );
    const cpu = r.respondents.map((x: { cpuMsPerResponse: number }) => x.cpuMsPerResponse);
    ctx.log(line);
    const rows: BenchRow[] = [
      { name: 'seed 1,000,000 responses (SQL generate_series)', value: r.seedSeconds, unit: 's' },
      {
        name: 'dashboard API p95',
        value: r.dashboardP95Ms,
        unit: 'ms',
        target: `< ${dashTarget} ms`,
        pass: r.dashboardP95Ms < dashTarget,
      },
      { name: 'survey results by district p95', value: r.resultsP95Ms, unit: 'ms' },
      {
        name: 'PDF report (slowest of 3)',
        value: r.pdfMaxMs,
        unit: 'ms',
        target: '< 5000 ms',
        pass: r.pdfMaxMs < 5000,
      },
      {
        name: '200 respondents at once: p99 (worst of 3 rounds after the cold one)',
        value: worstP99,
        unit: 'ms',
        target: '< 200 ms',
        pass: worstP99 < 200,
      },
      {
        name: '200 respondents at once, first (cold) round: p99',
        value: r.respondentsCold.p99,
        unit: 'ms',
      },
      {
        name: '200 respondents at once: server CPU per response',
        value: Math.max(...cpu),
        unit: 'ms',
      },
      {
        name: '200 respondents at once: errors (4 rounds, 800 stored)',
        value: errors,
        unit: '',
        target: '0',
        pass: errors === 0 && r.respondentsStored === 800,
      },
    ];
    return rows;
  },
};

/**
 * Theme suggestions through the job a researcher starts in the browser: 10,000 passages of about
 * 150 words in 100 interviews, sealed in the vault; POST /api/analysis/theme-runs, then poll the run
 * as the page does. Compared, in the same process and run, with the engine alone on the same texts.
 *   npx tsx bench/learning/theme-job.ts                     (in-memory PGlite)
 *   DATABASE_URL=postgres://…/<fresh db> npx tsx bench/learning/theme-job.ts
 * Also run by `npm run bench -- learning` on both databases.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { loginAs } from '../../apps/server/test/helpers.ts';
import { splitPassages, suggestThemesAsync } from '../../packages/domain/src/analysis/index.ts';
import { generateLongTexts } from '../../packages/domain/test-data/generate-themes-nl.ts';
import { startServer } from '../initiatives/setup.ts';

export type ThemeJobResult = {
  passages: number;
  interviews: number;
  engineSeconds: number;
  jobSeconds: number;
  progressSteps: number;
  themes: number;
  loadAverage: number;
};

export async function measureThemeJob(
  databaseEnv: Record<string, string>,
  texts = Number(process.env.BENCH_THEME_TEXTS ?? 10_000),
): Promise<ThemeJobResult> {
  const { t, zoneId } = await startServer(databaseEnv);
  try {
    const { client: admin } = await loginAs(t, zoneId, 'admin');
    const { client: researcher, user } = await loginAs(t, zoneId, 'researcher');
    await admin.post('/api/bureau', { name: 'Bureau' });
    await admin.post('/api/bureau/members', { userId: user.id });
    await researcher.post('/api/vault', { passphrase: 'een lange kluiszin voor de meting' });
    const corpus = generateLongTexts(texts);
    const interviews = Math.ceil(texts / 100);
    for (let i = 0; i < interviews; i++) {
      const interview = (
        await researcher.post('/api/interviews', {
          source: `bron ${i}`,
          consent: { given: true, method: 'written', recordedAt: new Date().toISOString() },
        })
      ).json();
      const html = corpus
        .slice(i * 100, i * 100 + 100)
        .map((c) => `<p>${c.text}</p>`)
        .join('');
      const res = await researcher.put(`/api/interviews/${interview.id}/notes`, { html, baseVersion: 0 });
      if (res.statusCode !== 200) throw new Error(`notes: ${res.statusCode} ${res.body}`);
    }

    // The engine alone, in this process, on the same passages the job will read.
    const inputs = corpus.flatMap((c) => splitPassages(c.text).map((p) => ({ id: c.id, text: p.text })));
    let start = performance.now();
    await suggestThemesAsync(inputs);
    const engineSeconds = (performance.now() - start) / 1000;

    start = performance.now();
    const started = (await researcher.post('/api/analysis/theme-runs', {})).json();
    const seen = new Set<number>();
    let run: { status: string; progress: number; themes: unknown[] | null };
    for (;;) {
      run = (await researcher.get(`/api/analysis/theme-runs/${started.id}`)).json();
      seen.add(run.progress);
      if (run.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const jobSeconds = (performance.now() - start) / 1000;
    if (run.status !== 'done') throw new Error(`theme run ${run.status}`);
    return {
      passages: started.passages,
      interviews,
      engineSeconds: +engineSeconds.toFixed(2),
      jobSeconds: +jobSeconds.toFixed(2),
      progressSteps: seen.size,
      themes: run.themes?.length ?? 0,
      loadAverage: +os.loadavg()[0].toFixed(1),
    };
  } finally {
    await t.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env: Record<string, string> = process.env.DATABASE_URL
    ? { DATABASE_URL: process.env.DATABASE_URL }
    : {};
  console.log(JSON.stringify(await measureThemeJob(env)));
}

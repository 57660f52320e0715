import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Benchmark, BenchRow } from '../lib.ts';

const run = promisify(execFile);

/**
 * Theme quality on real text with known topics (CLDR annotations from emojibase-data: nl, fr, en and
 * nl+fr mixed), beside TF-IDF + NMF computed in the same run. Pure computation, no database: its own
 * process, on the first database kind only; then speed and memory at 10,000 passages
 * (`learning/themes.ts`, held to one core).
 */
export const themesQuality: Benchmark = {
  module: 'themes',
  name: 'theme quality on CLDR annotations against TF-IDF + NMF',
  async run(ctx) {
    if (ctx.kind !== 'pglite') return [];
    const script = path.join(import.meta.dirname, 'quality.ts');
    const tsx = path.join(import.meta.dirname, '../../node_modules/.bin/tsx');
    const { stdout } = await run(tsx, [script], { maxBuffer: 1 << 20 });
    const lines = stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l))
      .filter((l) => l.bench === 'themes.quality');
    const rows: BenchRow[] = [];
    const single = Math.min(...lines.filter((l) => l.corpus !== 'nl+fr').map((l) => l.engineLabelK.nmi));
    for (const l of lines) {
      ctx.log(`themes: ${JSON.stringify(l)}`);
      rows.push({
        name: `${l.corpus}: NMI, k = ${l.topics} topics (${l.texts} texts)`,
        value: l.engineLabelK.nmi,
        unit: '',
        floor: l.baselineNmf.nmi,
        target: l.corpus === 'nl+fr' ? `≥ NMF + 0.05 and ≥ ${(single - 0.05).toFixed(3)}` : '≥ NMF + 0.05',
        pass:
          l.engineLabelK.nmi >= l.baselineNmf.nmi + 0.05 &&
          (l.corpus !== 'nl+fr' || l.engineLabelK.nmi >= single - 0.05),
      });
      rows.push({
        name: `${l.corpus}: ARI, same`,
        value: l.engineLabelK.ari,
        unit: '',
        floor: l.baselineNmf.ari,
      });
      rows.push({
        name: `${l.corpus}: NMI, k chosen (${l.engineAutoK.k})`,
        value: l.engineAutoK.nmi,
        unit: '',
        floor: l.baselineNmf.nmi,
      });
    }
    const scaleScript = path.join(import.meta.dirname, '../learning/themes.ts');
    const scale = await run('taskset', ['-c', '0', tsx, scaleScript], { maxBuffer: 1 << 20 })
      .catch(() => run(tsx, [scaleScript], { maxBuffer: 1 << 20 }))
      .catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const s = scale.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l))
      .find((l) => l.bench === 'learning.themes.scale');
    if (s) {
      ctx.log(`themes: ${JSON.stringify(s)}`);
      rows.push(
        {
          name: `${s.texts} passages of ~${s.meanWords} words: CPU time, one core (load average ${s.loadAverage})`,
          value: s.cpuSeconds,
          unit: 's',
          target: '< 5 s',
          pass: s.cpuSeconds < 5,
        },
        {
          name: 'peak resident memory of that process (the corpus itself included)',
          value: s.peakRssMb,
          unit: 'MB',
          target: '< 300 MB',
          pass: s.peakRssMb < 300,
        },
      );
    }
    return rows;
  },
};

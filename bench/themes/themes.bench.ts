import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Benchmark, BenchRow } from '../lib.ts';

const run = promisify(execFile);

/**
 * Theme quality on real text with known topics (CLDR annotations from emojibase-data: nl, fr, en and
 * nl+fr mixed), beside TF-IDF + NMF computed in the same run with the same seeds, cross-validated over
 * the two folds (quality.ts): fold B held out, fold A the development fold, both reported. Pure computation, no database: its own
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
    const { stdout } = await run(tsx, [script, '--auto'], { maxBuffer: 1 << 22 });
    const lines = stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l))
      .filter((l) => l.bench === 'themes.summary');
    const rows: BenchRow[] = [];
    // Fold A is the development fold (settings are tuned on it, lexicon from fold B); fold B is held out
    // (lexicon from fold A). Figures are means over the seeds, TF-IDF + NMF with the same seeds.
    for (const which of ['B', 'A']) {
      const fold = lines.filter((l) => l.fold === which);
      const single = Math.min(...fold.filter((l) => l.corpus !== 'nl+fr').map((l) => l.engineNmi));
      for (const l of fold) {
        ctx.log(`themes: ${JSON.stringify(l)}`);
        rows.push({
          name: `fold ${which} (${l.role}), ${l.corpus}: NMI, k = ${l.topics} topics (${l.texts} texts), mean of ${l.seeds.length} seeds (lead ${l.lead >= 0 ? '+' : ''}${l.lead.toFixed(3)}, least ${l.minLead.toFixed(3)})`,
          value: l.engineNmi,
          unit: '',
          floor: l.baselineNmi,
          target: l.corpus === 'nl+fr' ? `≥ NMF + 0.05 and ≥ ${(single - 0.05).toFixed(3)}` : '≥ NMF + 0.05',
          pass: l.lead >= 0.05 && (l.corpus !== 'nl+fr' || l.engineNmi >= single - 0.05),
        });
        rows.push({
          name: `fold ${which}, ${l.corpus}: ARI, same`,
          value: l.engineAri,
          unit: '',
          floor: l.baselineAri,
        });
        if (l.autoNmi !== undefined)
          rows.push({
            name: `fold ${which}, ${l.corpus}: NMI, k chosen (${l.autoK.join(', ')})`,
            value: l.autoNmi,
            unit: '',
            floor: l.baselineNmi,
          });
      }
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

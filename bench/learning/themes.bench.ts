import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Benchmark, BenchRow } from '../lib.ts';

const run = promisify(execFile);

/**
 * Theme suggestions at 10,000 texts and their quality on the labelled Dutch set. Pure computation,
 * no database: it runs in its own process held to one core (taskset), on the first database kind only.
 */
export const learningThemes: Benchmark = {
  module: 'learning',
  name: 'theme suggestions: 10,000 texts, quality against labels',
  async run(ctx) {
    if (ctx.kind !== 'pglite') return [];
    const script = path.join(import.meta.dirname, 'themes.ts');
    const tsx = path.join(import.meta.dirname, '../../node_modules/.bin/tsx');
    const { stdout } = await run('taskset', ['-c', '0', tsx, script], { maxBuffer: 1 << 20 }).catch(() =>
      run(tsx, [script], { maxBuffer: 1 << 20 }),
    );
    const lines = stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    const q = lines.find((l) => l.bench === 'learning.themes.quality');
    const s = lines.find((l) => l.bench === 'learning.themes.scale');
    ctx.log(`themes: ${JSON.stringify(s)}`);
    const rows: BenchRow[] = [
      {
        name: `suggest themes, ${s.texts} texts of ~${s.meanWords} words: CPU time, one core`,
        value: s.cpuSeconds,
        unit: 's',
        target: '< 5 s',
        pass: s.cpuSeconds < 5,
      },
      {
        name: `same run, wall clock (load average ${s.loadAverage})`,
        value: s.seconds,
        unit: 's',
        target: '< 5 s on an idle core',
        pass: s.seconds < 5,
      },
      {
        name: 'peak resident memory of that process',
        value: s.peakRssMb,
        unit: 'MB',
        target: '< 300 MB',
        pass: s.peakRssMb < 300,
      },
      {
        name: `NMI, ${q.texts} labelled Dutch texts, k chosen (${q.engineAutomaticK.k})`,
        value: q.engineAutomaticK.nmi,
        unit: '',
      },
      { name: 'ARI, same', value: q.engineAutomaticK.ari, unit: '' },
      {
        name: `NMI, k = ${q.labels} (as many as labels)`,
        value: q.engineLabelK.nmi,
        unit: '',
        floor: q.baselineLabelK.nmi,
        target: '> baseline',
        pass: q.engineLabelK.nmi > q.baselineLabelK.nmi,
      },
      {
        name: `ARI, k = ${q.labels}`,
        value: q.engineLabelK.ari,
        unit: '',
        floor: q.baselineLabelK.ari,
        target: '> baseline',
        pass: q.engineLabelK.ari > q.baselineLabelK.ari,
      },
    ];
    return rows;
  },
};

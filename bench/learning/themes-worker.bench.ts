import path from 'node:path';
import { loadWordVectors } from '../../packages/domain/src/analysis/vectors-node.ts';
import { runInChromium } from '../browser.ts';
import type { Benchmark } from '../lib.ts';
import { type ThemesWork, themesOn } from './themes-worker.ts';

const PASSAGES = Number(process.env.BENCH_THEME_TEXTS ?? 10_000);

/** Theme suggestions on 10,000 passages in a Web Worker in Chromium, beside Node in the same run. */
export const learningThemesWorker: Benchmark = {
  module: 'learning-browser',
  name: `theme suggestions on ${PASSAGES.toLocaleString('en')} passages: Chromium Web Worker beside Node`,
  async run(ctx) {
    if (ctx.kind !== 'pglite') return [];
    const chromium = await runInChromium<ThemesWork>(
      path.join(import.meta.dirname, 'themes-worker.ts'),
      'themesInWorker',
      [PASSAGES],
    );
    const node = themesOn(PASSAGES, loadWordVectors());
    return [
      {
        name: `Chromium, Web Worker: ${chromium.passages} passages → ${chromium.themes} themes`,
        value: Math.round(chromium.seconds * 100) / 100,
        unit: 's',
        target: '< 10 s',
        pass: chromium.seconds < 10,
      },
      {
        name: `Node, same engine and passages (${node.themes} themes)`,
        value: Math.round(node.seconds * 100) / 100,
        unit: 's',
      },
      {
        name: 'Chromium / Node',
        value: Math.round((chromium.seconds / node.seconds) * 100) / 100,
        unit: '×',
      },
    ];
  },
};

/**
 * Theme suggestions at scale and their quality.
 *   npx tsx bench/learning/themes.ts            (10,000 texts of ~150 words; limits 5 s CPU, 300 MB)
 *   taskset -c 0 npx tsx bench/learning/themes.ts   to hold it to one core
 *   BENCH_THEME_CORPUS=sib200-mixed taskset -c 0 npx tsx bench/learning/themes.ts
 *     the same 10,000 passages of real sentences mixing Dutch and French (see sibMixedPassages)
 *   BENCH_THEME_SETTINGS='{"wordnet":false,"languageDmm":false}'   engine settings for the run
 *   BENCH_THEME_OUTPUT=file.json   also writes the result (themes and assignments), to compare two engines
 * Prints one JSON line per measurement and exits 1 when a limit is exceeded.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import type { ThemeSettings } from '../../packages/domain/src/analysis/index.ts';
import {
  adjustedRandIndex,
  baselineKMeans,
  normalizedMutualInformation,
  suggestThemes,
} from '../../packages/domain/src/analysis/index.ts';
import { loadWordVectors, readWordVectors } from '../../packages/domain/src/analysis/vectors-node.ts';
import { generateLongTexts } from '../../packages/domain/test-data/generate-themes-nl.ts';
import labelled from '../../packages/domain/test-data/themes-nl.json' with { type: 'json' };
import { sibMixedPassages } from '../themes/sib200.ts';

const TEXTS = Number(process.env.BENCH_THEME_TEXTS ?? 10_000);
const CORPUS = process.env.BENCH_THEME_CORPUS ?? 'synthetic-nl';
if (CORPUS !== 'synthetic-nl' && CORPUS !== 'sib200-mixed')
  throw new Error('BENCH_THEME_CORPUS: synthetic-nl or sib200-mixed');
const SETTINGS = process.env.BENCH_THEME_SETTINGS
  ? (JSON.parse(process.env.BENCH_THEME_SETTINGS) as Partial<ThemeSettings>)
  : undefined;
const LIMIT_SECONDS = 5;
const LIMIT_MB = 300;

function quality() {
  const labels = labelled.map((t) => t.label);
  const inputs = labelled.map((t) => ({ id: t.id, text: t.text }));
  const k = new Set(labels).size;
  const wordVectors = loadWordVectors();
  const auto = suggestThemes(inputs, { wordVectors });
  const fixed = suggestThemes(inputs, { k, wordVectors });
  const base = baselineKMeans(
    labelled.map((t) => t.text),
    k,
  );
  const score = (a: number[]) => ({
    nmi: +normalizedMutualInformation(labels, a).toFixed(3),
    ari: +adjustedRandIndex(labels, a).toFixed(3),
  });
  return {
    texts: labelled.length,
    labels: k,
    engineAutomaticK: { k: auto.k, ...score(auto.assignments) },
    engineLabelK: { k, ...score(fixed.assignments) },
    baselineLabelK: { k, ...score(base) },
  };
}

function scale() {
  const corpus = CORPUS === 'sib200-mixed' ? sibMixedPassages(TEXTS) : generateLongTexts(TEXTS);
  const words = corpus.reduce((s, t) => s + t.text.split(/\s+/).length, 0) / corpus.length;
  const inputs = corpus.map((t) => ({ id: t.id, text: t.text }));
  const before = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  // Reading the word vectors is part of the work, as it is for a browser's first run.
  const result = suggestThemes(inputs, { settings: SETTINGS, wordVectors: readWordVectors() });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  if (process.env.BENCH_THEME_OUTPUT) writeFileSync(process.env.BENCH_THEME_OUTPUT, JSON.stringify(result));
  const labels = corpus.map((t) => t.label);
  return {
    corpus: CORPUS,
    ...(SETTINGS ? { settings: SETTINGS } : {}),
    texts: TEXTS,
    languages: result.languages,
    meanWords: Math.round(words),
    seconds: +seconds.toFixed(2),
    cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
    loadAverage: +os.loadavg()[0].toFixed(1),
    rssBeforeMb: Math.round(before / 1e6),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    themes: result.k,
    nmi: +normalizedMutualInformation(labels, result.assignments).toFixed(3),
    ari: +adjustedRandIndex(labels, result.assignments).toFixed(3),
  };
}

const q = quality();
console.log(JSON.stringify({ bench: 'learning.themes.quality', ...q }));
const s = scale();
console.log(JSON.stringify({ bench: 'learning.themes.scale', node: process.version, ...s }));
// On a shared machine the wall clock also counts other people's work; CPU time is this run's own.
if (s.cpuSeconds > LIMIT_SECONDS || s.peakRssMb > LIMIT_MB) {
  console.error(
    `over the limit: ${s.cpuSeconds} s CPU (max ${LIMIT_SECONDS}), ${s.peakRssMb} MB (max ${LIMIT_MB})`,
  );
  process.exit(1);
}

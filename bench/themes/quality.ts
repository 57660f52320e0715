/**
 * Theme quality on real text with known topics, beside TF-IDF + NMF computed in the same run, with
 * the same seed. Two-fold cross-validation: each fold is clustered with a lexicon induced from the
 * other fold only, so no passage measured was seen by the lexicon. Engine settings are tuned on fold
 * A (the development fold) only; fold B is the held-out figure. Both are reported.
 *
 *   npx tsx bench/themes/quality.ts [--folds A,B] [--seeds 20171206,1,2] [--corpora nl,fr,en,nl+fr] [--auto]
 *
 * Prints one JSON line per fold, corpus and seed (`themes.quality`), then one per fold and corpus with
 * the means over seeds (`themes.summary`).
 */

import { readFileSync } from 'node:fs';
import {
  adjustedRandIndex,
  baselineTfIdfNmf,
  induceLexicon,
  type Lexicon,
  normalizedMutualInformation,
  parseLexicon,
  suggestThemes,
  type ThemeSettings,
} from '../../packages/domain/src/analysis/index.ts';
import { loadWordVectors } from '../../packages/domain/src/analysis/vectors-node.ts';
import {
  corpus,
  emojibaseVersion,
  type Fold,
  type LabelledText,
  lexiconEntries,
  mixedCorpus,
  otherFold,
} from './corpora.ts';

export const SEEDS = [20171206, 1, 2];
export const CORPORA = ['nl', 'fr', 'en', 'nl+fr'] as const;
export type CorpusName = (typeof CORPORA)[number];

const score = (labels: string[], assigned: number[]) => ({
  nmi: +normalizedMutualInformation(labels, assigned).toFixed(4),
  ari: +adjustedRandIndex(labels, assigned).toFixed(4),
});

/**
 * Development runs only: THEME_GENERAL_LEXICON names a file of concepts (Dutch | French | English,
 * one a line) used instead of the general dictionary from the wordnets.
 */
const generalLexicon = process.env.THEME_GENERAL_LEXICON
  ? parseLexicon(readFileSync(process.env.THEME_GENERAL_LEXICON, 'utf8'))
  : undefined;

const lexicons = new Map<Fold, Lexicon>();
/** The lexicon for measuring a fold: induced from the other fold's parallel texts. */
export function lexiconFor(measuredFold: Fold): Lexicon {
  const from = otherFold(measuredFold);
  let lexicon = lexicons.get(from);
  if (!lexicon) {
    lexicon = induceLexicon(lexiconEntries(from));
    lexicons.set(from, lexicon);
  }
  return lexicon;
}

export function textsOf(name: CorpusName, which: Fold): LabelledText[] {
  return name === 'nl+fr' ? mixedCorpus(which) : corpus(name, which);
}

export function measureCorpus(
  name: CorpusName,
  which: Fold,
  seed: number,
  auto = false,
  settings: Partial<ThemeSettings> = {},
) {
  const texts = textsOf(name, which);
  const lexicon = lexiconFor(which);
  const labels = texts.map((t) => t.label);
  const k = new Set(labels).size;
  // The engine detects each passage's language itself, as in Brug.
  const inputs = texts.map((t) => ({ id: t.id, text: t.text }));
  const wordVectors = loadWordVectors();
  const fixed = suggestThemes(inputs, { k, lexicon, generalLexicon, wordVectors, seed, settings });
  const autoK = auto ? suggestThemes(inputs, { lexicon, generalLexicon, wordVectors, seed, settings }) : null;
  const baseline = baselineTfIdfNmf(
    texts.map((t) => t.text),
    k,
    seed,
  );
  const engine = score(labels, fixed.assignments);
  const nmf = score(labels, baseline);
  return {
    fold: which,
    lexiconFrom: otherFold(which),
    corpus: name,
    seed,
    texts: texts.length,
    topics: k,
    engineLabelK: engine,
    ...(autoK ? { engineAutoK: { k: autoK.k, ...score(labels, autoK.assignments) } } : {}),
    baselineNmf: nmf,
    lead: +(engine.nmi - nmf.nmi).toFixed(4),
  };
}

export type Row = ReturnType<typeof measureCorpus>;

export const mean = (xs: number[]) => +(xs.reduce((s, x) => s + x, 0) / xs.length).toFixed(4);

type Scores = { nmi: number; ari: number };
/** What every corpus of every evaluation reports over its seeds: means, and the smallest lead of a seed. */
export function seedMeans(
  g: {
    seed: number;
    texts: number;
    topics: number;
    engineLabelK: Scores;
    baselineNmf: Scores;
    lead: number;
  }[],
) {
  return {
    texts: g[0].texts,
    topics: g[0].topics,
    seeds: g.map((r) => r.seed),
    engineNmi: mean(g.map((r) => r.engineLabelK.nmi)),
    engineAri: mean(g.map((r) => r.engineLabelK.ari)),
    baselineNmi: mean(g.map((r) => r.baselineNmf.nmi)),
    baselineAri: mean(g.map((r) => r.baselineNmf.ari)),
    lead: mean(g.map((r) => r.lead)),
    minLead: Math.min(...g.map((r) => r.lead)),
  };
}

/** Means over seeds per fold and corpus, with the smallest lead of any seed. */
export function summarise(rows: Row[]) {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.fold}|${r.corpus}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((g) => ({
    fold: g[0].fold,
    role: g[0].fold === 'A' ? 'development' : 'held-out',
    corpus: g[0].corpus,
    ...seedMeans(g),
    ...(g[0].engineAutoK
      ? {
          autoK: g.map((r) => r.engineAutoK?.k ?? 0),
          autoNmi: mean(g.map((r) => r.engineAutoK?.nmi ?? 0)),
        }
      : {}),
  }));
}

export function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folds = (argument('folds') ?? 'A,B').split(',') as Fold[];
  const seeds = (argument('seeds') ?? SEEDS.join(',')).split(',').map(Number);
  const corpora = (argument('corpora') ?? CORPORA.join(',')).split(',') as CorpusName[];
  const auto = process.argv.includes('--auto');
  console.log(JSON.stringify({ bench: 'themes.source', emojibaseData: emojibaseVersion }));
  const rows: Row[] = [];
  for (const which of folds)
    for (const name of corpora)
      for (const seed of seeds) {
        const row = measureCorpus(name, which, seed, auto);
        rows.push(row);
        console.log(JSON.stringify({ bench: 'themes.quality', ...row }));
      }
  for (const s of summarise(rows)) console.log(JSON.stringify({ bench: 'themes.summary', ...s }));
}

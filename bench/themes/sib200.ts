/**
 * Held-out check of the theme engine on real sentences: SIB-200 (Adelani et al. 2024), the Flores-200
 * sentences (Wikinews, Wikijunior, Wikivoyage) annotated with 7 topics, parallel in Dutch, French and
 * English. No setting of the engine was chosen on it: it is a test set, reported as measured. The files
 * are in `data/sib-200/` (source, commit and licence in its README). TF-IDF + NMF runs in the same
 * process with the same seeds; the engine uses its default lexicon (Brug's field terms and the one
 * induced from the CLDR annotations, which never saw these sentences).
 *
 *   npx tsx bench/themes/sib200.ts [--seeds 20171206,1,2,3,4] [--corpora nl,fr,en,nl+fr] [--auto]
 *     [--split all|test|train+dev] [--settings '{"…":…}'] [--general-lexicon file]
 *
 * `--split`: SIB-200's own splits. Development (anything chosen for the engine) may look at train+dev
 * only (801 sentences); test (204 sentences) is the held-out figure; all (default) is every sentence.
 * `--settings`: engine settings for a development run (train+dev only).
 * `--general-lexicon`: a variant of the general dictionary (a file written by build-wordnet-lexicon.ts
 * with `--out`), used when the settings turn `wordnet` on (train+dev only).
 *
 * Prints one JSON line per corpus and seed (`themes.sib200.quality`), then one per corpus with the
 * means over seeds (`themes.sib200.summary`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lexicon, ThemeSettings } from '../../packages/domain/src/analysis/index.ts';
import {
  adjustedRandIndex,
  baselineTfIdfNmf,
  normalizedMutualInformation,
  parseStemmedLexicon,
  suggestThemes,
} from '../../packages/domain/src/analysis/index.ts';
import { seededRandom } from '../../packages/domain/src/analysis/prng.ts';
import { loadWordVectors } from '../../packages/domain/src/analysis/vectors-node.ts';
import type { Language } from '../../packages/domain/src/roles.ts';
import type { LabelledText } from './corpora.ts';
import { argument, mean, seedMeans } from './quality.ts';

const DIRECTORY = path.join(import.meta.dirname, 'data/sib-200');
const FILES: Record<Language, string> = { nl: 'nld_Latn', fr: 'fra_Latn', en: 'eng_Latn' };
const SPLITS = ['train', 'dev', 'test'] as const;
export const SIB_SEEDS = [20171206, 1, 2, 3, 4];
export const SIB_CORPORA = ['nl', 'fr', 'en', 'nl+fr'] as const;
export type SibCorpusName = (typeof SIB_CORPORA)[number];
/** Which of SIB-200's splits a corpus takes: all, the held-out test split, or train+dev (development). */
export const SIB_SPLITS = ['all', 'test', 'train+dev'] as const;
export type SibSplit = (typeof SIB_SPLITS)[number];
const inSplit = (split: SibSplit, of: string) =>
  split === 'all' || (split === 'test' ? of === 'test' : of === 'train' || of === 'dev');

/** One sentence of Flores-200 with its SIB-200 topic, in the three languages. */
export type SibEntry = { index: number; topic: string; split: string; texts: Record<Language, string> };

/** A field of a pandas-written TSV: quoted when it holds a quote, with the quotes doubled. */
function unquote(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"')
    ? field.slice(1, -1).replaceAll('""', '"')
    : field;
}

function readLanguage(language: Language): Map<number, { topic: string; split: string; text: string }> {
  const rows = new Map<number, { topic: string; split: string; text: string }>();
  for (const split of SPLITS) {
    const lines = readFileSync(path.join(DIRECTORY, FILES[language], `${split}.tsv`), 'utf8').split('\n');
    if (lines[0] !== 'index_id\tcategory\ttext')
      throw new Error(`${FILES[language]}/${split}.tsv: unexpected header`);
    for (const line of lines.slice(1)) {
      if (!line) continue;
      const first = line.indexOf('\t');
      const second = line.indexOf('\t', first + 1);
      const index = Number(line.slice(0, first));
      if (!Number.isInteger(index) || first < 0 || second < 0 || rows.has(index))
        throw new Error(
          `${FILES[language]}/${split}.tsv: bad or repeated row ${JSON.stringify(line.slice(0, 40))}`,
        );
      rows.set(index, { topic: line.slice(first + 1, second), split, text: unquote(line.slice(second + 1)) });
    }
  }
  return rows;
}

let entries: SibEntry[] | undefined;
/**
 * All sentences of the three files (train, dev and test together), by Flores index. Throws unless the
 * three languages hold the same indices with the same topic and split for each.
 */
export function sibEntries(): SibEntry[] {
  if (entries) return entries;
  const by = { nl: readLanguage('nl'), fr: readLanguage('fr'), en: readLanguage('en') };
  const out: SibEntry[] = [];
  for (const [index, en] of by.en) {
    const nl = by.nl.get(index);
    const fr = by.fr.get(index);
    if (
      !nl ||
      !fr ||
      nl.topic !== en.topic ||
      fr.topic !== en.topic ||
      nl.split !== en.split ||
      fr.split !== en.split
    )
      throw new Error(`SIB-200 sentence ${index} is not parallel in nl, fr and en`);
    out.push({ index, topic: en.topic, split: en.split, texts: { nl: nl.text, fr: fr.text, en: en.text } });
  }
  if (by.nl.size !== out.length || by.fr.size !== out.length)
    throw new Error('SIB-200: languages differ in size');
  entries = out.sort((a, b) => a.index - b.index);
  return entries;
}

/** Every sentence (of a split) in one language, its SIB-200 topic as its label. */
export function sibCorpus(language: Language, split: SibSplit = 'all'): LabelledText[] {
  return sibEntries()
    .filter((e) => inSplit(split, e.split))
    .map((e) => ({
      id: `${language}-${e.index}`,
      text: e.texts[language],
      label: e.topic,
      language,
    }));
}

/**
 * Every sentence once: within each topic (in Flores order) the even-numbered sentences in Dutch and the
 * odd-numbered ones in French, so no sentence is there in both languages.
 */
export function sibMixedCorpus(split: SibSplit = 'all'): LabelledText[] {
  const seen = new Map<string, number>();
  return sibEntries()
    .filter((e) => inSplit(split, e.split))
    .map((e) => {
      const i = seen.get(e.topic) ?? 0;
      seen.set(e.topic, i + 1);
      const language: Language = i % 2 === 0 ? 'nl' : 'fr';
      return { id: `${language}-${e.index}`, text: e.texts[language], label: e.topic, language };
    });
}

export const sibTexts = (name: SibCorpusName, split: SibSplit = 'all'): LabelledText[] =>
  name === 'nl+fr' ? sibMixedCorpus(split) : sibCorpus(name, split);

/**
 * Passages of real sentences in two languages: each takes one SIB-200 topic (drawn in proportion to
 * the topic's sentences), Dutch or French at random, and 7 sentences of that topic in that language,
 * drawn with a fixed seed from all 1,004 (about 166 words; a sentence recurs across passages, as
 * statements do in interview notes). Measures speed and memory where the vocabulary is that of real
 * text, far larger than the synthetic one.
 */
export function sibMixedPassages(count: number, seed = 1206) {
  const random = seededRandom(seed);
  const entries = sibEntries();
  const byTopic = new Map<string, typeof entries>();
  for (const e of entries) byTopic.set(e.topic, [...(byTopic.get(e.topic) ?? []), e]);
  return Array.from({ length: count }, (_, i) => {
    const topic = entries[Math.floor(random() * entries.length)].topic;
    const language: Language = random() < 0.5 ? 'nl' : 'fr';
    const pool = byTopic.get(topic) ?? [];
    const sentences = Array.from(
      { length: 7 },
      () => pool[Math.floor(random() * pool.length)].texts[language],
    );
    return { id: `sib-${i}`, label: topic, language, text: sentences.join(' ') };
  });
}

const score = (labels: string[], assigned: number[]) => ({
  nmi: +normalizedMutualInformation(labels, assigned).toFixed(4),
  ari: +adjustedRandIndex(labels, assigned).toFixed(4),
});

export function measureSib(
  name: SibCorpusName,
  seed: number,
  auto = false,
  split: SibSplit = 'all',
  settings?: Partial<ThemeSettings>,
  generalLexicon?: Lexicon,
) {
  const texts = sibTexts(name, split);
  const labels = texts.map((t) => t.label);
  const k = new Set(labels).size;
  // The engine detects each passage's language itself and uses its default lexicon, as in Brug.
  const inputs = texts.map((t) => ({ id: t.id, text: t.text }));
  let started = performance.now();
  const wordVectors = loadWordVectors();
  const fixed = suggestThemes(inputs, { k, seed, settings, generalLexicon, wordVectors });
  const engineSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const autoK = auto ? suggestThemes(inputs, { seed, settings, generalLexicon, wordVectors }) : null;
  const autoSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const baseline = baselineTfIdfNmf(
    texts.map((t) => t.text),
    k,
    seed,
  );
  const baselineSeconds = (performance.now() - started) / 1000;
  const engine = score(labels, fixed.assignments);
  const nmf = score(labels, baseline);
  return {
    corpus: name,
    split,
    seed,
    texts: texts.length,
    topics: k,
    engineLabelK: engine,
    ...(autoK ? { engineAutoK: { k: autoK.k, ...score(labels, autoK.assignments) } } : {}),
    baselineNmf: nmf,
    lead: +(engine.nmi - nmf.nmi).toFixed(4),
    seconds: {
      engine: +engineSeconds.toFixed(2),
      ...(autoK ? { engineAutoK: +autoSeconds.toFixed(2) } : {}),
      baseline: +baselineSeconds.toFixed(2),
    },
  };
}

export type SibRow = ReturnType<typeof measureSib>;

/** Means over seeds per corpus, with the smallest lead of any seed. */
export function summariseSib(rows: SibRow[]) {
  return SIB_CORPORA.map((name) => rows.filter((r) => r.corpus === name))
    .filter((g) => g.length > 0)
    .map((g) => ({
      corpus: g[0].corpus,
      split: g[0].split,
      ...seedMeans(g),
      leadPerSeed: g.map((r) => r.lead),
      ...(g[0].engineAutoK
        ? {
            autoK: g.map((r) => r.engineAutoK?.k ?? 0),
            autoNmi: mean(g.map((r) => r.engineAutoK?.nmi ?? 0)),
            autoAri: mean(g.map((r) => r.engineAutoK?.ari ?? 0)),
          }
        : {}),
    }));
}

/**
 * A variant of the general dictionary for a development run: a file written by
 * build-wordnet-lexicon.ts (`--out`), its lexicon taken from the string it exports.
 */
export function readGeneralLexicon(file: string): Lexicon {
  const match = /=\s*'(.*)';/s.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no lexicon string`);
  return parseStemmedLexicon(match[1].replaceAll('\\n', '\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seeds = (argument('seeds') ?? SIB_SEEDS.join(',')).split(',').map(Number);
  const corpora = (argument('corpora') ?? SIB_CORPORA.join(',')).split(',') as SibCorpusName[];
  const auto = process.argv.includes('--auto');
  const split = (argument('split') ?? 'all') as SibSplit;
  if (!SIB_SPLITS.includes(split)) throw new Error(`--split: one of ${SIB_SPLITS.join(', ')}`);
  const settingsArgument = argument('settings');
  const settings = settingsArgument ? (JSON.parse(settingsArgument) as Partial<ThemeSettings>) : undefined;
  if (settings && split !== 'train+dev')
    throw new Error('--settings: development runs use --split train+dev');
  const generalFile = argument('general-lexicon');
  if (generalFile && split !== 'train+dev')
    throw new Error('--general-lexicon: development runs use --split train+dev');
  const generalLexicon = generalFile ? readGeneralLexicon(generalFile) : undefined;
  const all = sibEntries().filter((e) => inSplit(split, e.split));
  const topics: Record<string, number> = {};
  for (const e of all) topics[e.topic] = (topics[e.topic] ?? 0) + 1;
  const mixed = sibMixedCorpus(split);
  console.log(
    JSON.stringify({
      bench: 'themes.sib200.source',
      split,
      ...(settings ? { settings } : {}),
      ...(generalFile ? { generalLexicon: generalFile, concepts: generalLexicon?.length } : {}),
      sentences: all.length,
      topics,
      mixed: {
        nl: mixed.filter((t) => t.language === 'nl').length,
        fr: mixed.filter((t) => t.language === 'fr').length,
      },
    }),
  );
  const rows: SibRow[] = [];
  for (const name of corpora)
    for (const seed of seeds) {
      const row = measureSib(name, seed, auto, split, settings, generalLexicon);
      rows.push(row);
      console.log(JSON.stringify({ bench: 'themes.sib200.quality', ...row }));
    }
  for (const s of summariseSib(rows)) console.log(JSON.stringify({ bench: 'themes.sib200.summary', ...s }));
}

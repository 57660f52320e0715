/**
 * Theme quality on real text with known topics, beside TF-IDF + NMF computed in the same run.
 *   npx tsx bench/themes/quality.ts      prints one JSON line per corpus
 */
import {
  adjustedRandIndex,
  baselineTfIdfNmf,
  induceLexicon,
  normalizedMutualInformation,
  suggestThemes,
} from '../../packages/domain/src/analysis/index.ts';
import { corpus, emojibaseVersion, type LabelledText, lexiconEntries, mixedCorpus } from './corpora.ts';

const lexicon = induceLexicon(lexiconEntries());

const score = (labels: string[], assigned: number[]) => ({
  nmi: +normalizedMutualInformation(labels, assigned).toFixed(3),
  ari: +adjustedRandIndex(labels, assigned).toFixed(3),
});

export function measureCorpus(name: string, texts: LabelledText[]) {
  const labels = texts.map((t) => t.label);
  const k = new Set(labels).size;
  // The engine detects each passage's language itself, as in Brug.
  const inputs = texts.map((t) => ({ id: t.id, text: t.text }));
  const fixed = suggestThemes(inputs, { k, lexicon });
  const auto = suggestThemes(inputs, { lexicon });
  const baseline = baselineTfIdfNmf(
    texts.map((t) => t.text),
    k,
  );
  return {
    corpus: name,
    texts: texts.length,
    topics: k,
    engineLabelK: score(labels, fixed.assignments),
    engineAutoK: { k: auto.k, ...score(labels, auto.assignments) },
    baselineNmf: score(labels, baseline),
  };
}

export function measureAll() {
  return [
    measureCorpus('nl', corpus('nl')),
    measureCorpus('fr', corpus('fr')),
    measureCorpus('en', corpus('en')),
    measureCorpus('nl+fr', mixedCorpus()),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ bench: 'themes.source', emojibaseData: emojibaseVersion }));
  for (const row of measureAll()) console.log(JSON.stringify({ bench: 'themes.quality', ...row }));
}

/**
 * Why the mixed SIB-200 corpus (nl+fr) scores below Dutch alone: how many content words of its
 * sentences the lexicon or a spelling cognate joins across the two languages, how much of the
 * language each theme carries (NMI between themes and language; 0 = themes blind to language), and
 * the topic NMI within each language of the mixed clustering beside that of each language's half
 * clustered alone (the same sentences, half as many as the single-language corpus).
 *
 *   npx tsx bench/themes/sib200-links.ts [--split train+dev|test|all] [--seeds 20171206,1,2,3,4]
 *     [--settings '{…}' (train+dev only)] [--no-refine (k-means on LSA only, no mixture model)]
 */
import {
  cldrLexicon,
  cognateKey,
  indexLexicon,
  isContentWord,
  normalizedMutualInformation,
  stem,
  suggestThemes,
  THEME_SETTINGS,
  type ThemeSettings,
  wordnetLexicon,
  wordRuns,
} from '../../packages/domain/src/analysis/index.ts';
import { loadWordVectors } from '../../packages/domain/src/analysis/vectors-node.ts';
import type { Language } from '../../packages/domain/src/roles.ts';
import { SIB_SEEDS, type SibSplit, sibTexts } from './sib200.ts';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const split = (argument('split') ?? 'train+dev') as SibSplit;
const seeds = (argument('seeds') ?? SIB_SEEDS.join(',')).split(',').map(Number);
const settings = JSON.parse(argument('settings') ?? '{}') as Partial<ThemeSettings>;
if (split !== 'train+dev' && Object.keys(settings).length) throw new Error('--settings: train+dev only');
const mixed = sibTexts('nl+fr', split);
const halves = ['nl', 'fr'] as const;

// 1. Content words joined across languages (as the engine does: lexicon first, then cognate keys
// shared by both languages of the corpus).
const lexicon = indexLexicon(
  cldrLexicon(),
  (settings.wordnet ?? THEME_SETTINGS.wordnet) ? wordnetLexicon() : null,
);
const cognates = new Map<string, Set<Language>>();
const words = mixed.map((t) =>
  wordRuns(t.text)
    .flat()
    .filter((w) => isContentWord(w, t.language as Language))
    .map((w) => ({ language: t.language as Language, word: w })),
);
for (const doc of words)
  for (const { language, word } of doc) {
    const key = cognateKey(word);
    if (key) cognates.set(key, (cognates.get(key) ?? new Set<Language>()).add(language));
  }
const coverage = { nl: { words: 0, lexicon: 0, cognate: 0 }, fr: { words: 0, lexicon: 0, cognate: 0 } };
let sentencesWithoutLink = 0;
for (const doc of words) {
  let linked = 0;
  for (const { language, word } of doc) {
    const c = coverage[language as 'nl' | 'fr'];
    c.words++;
    if (lexicon.concepts.has(`${language}:${stem(word, language)}`)) {
      c.lexicon++;
      linked++;
    } else if ((cognates.get(cognateKey(word) ?? '')?.size ?? 0) > 1) {
      c.cognate++;
      linked++;
    }
  }
  if (linked === 0) sentencesWithoutLink++;
}
console.log(
  JSON.stringify({
    bench: 'themes.sib200.links',
    split,
    sentences: mixed.length,
    sentencesWithoutLink,
    coverage,
  }),
);

// 2. Each half alone, then the mixed clustering: its topic NMI, within each language, with language.
const wordVectors = loadWordVectors();
const mean = (xs: number[]) => +(xs.reduce((s, x) => s + x, 0) / xs.length).toFixed(4);
const half: Record<string, number> = {};
for (const language of halves) {
  const texts = mixed.filter((t) => t.language === language);
  half[language] = mean(
    seeds.map((seed) =>
      normalizedMutualInformation(
        texts.map((t) => t.label),
        suggestThemes(
          texts.map((t) => ({ id: t.id, text: t.text })),
          { k: 7, seed, refine: !process.argv.includes('--no-refine'), settings, wordVectors },
        ).assignments,
      ),
    ),
  );
}
const rows = seeds.map((seed) => {
  const result = suggestThemes(
    mixed.map((t) => ({ id: t.id, text: t.text })),
    { k: 7, seed, refine: !process.argv.includes('--no-refine'), settings, wordVectors },
  );
  const within = (language: string) => {
    const at = mixed.flatMap((t, i) => (t.language === language ? [i] : []));
    return normalizedMutualInformation(
      at.map((i) => mixed[i].label),
      at.map((i) => result.assignments[i]),
    );
  };
  return {
    seed,
    topicNmi: normalizedMutualInformation(
      mixed.map((t) => t.label),
      result.assignments,
    ),
    withinNl: within('nl'),
    withinFr: within('fr'),
    languageNmi: normalizedMutualInformation(
      mixed.map((t) => t.language as string),
      result.assignments,
    ),
    themesOfOneLanguage: result.themes.filter((t) => {
      const l = t.languages ?? { nl: 0, fr: 0, en: 0 };
      return Math.max(l.nl, l.fr, l.en) >= 0.9 * t.size;
    }).length,
  };
});
console.log(
  JSON.stringify({
    bench: 'themes.sib200.mixed',
    split,
    seeds,
    topicNmi: mean(rows.map((r) => r.topicNmi)),
    withinNl: mean(rows.map((r) => r.withinNl)),
    withinFr: mean(rows.map((r) => r.withinFr)),
    halfAloneNl: half.nl,
    halfAloneFr: half.fr,
    languageNmi: mean(rows.map((r) => r.languageNmi)),
    themesOfOneLanguage: rows.map((r) => r.themesOfOneLanguage),
  }),
);

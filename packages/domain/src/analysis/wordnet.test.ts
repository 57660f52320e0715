/// <reference path="./snowball-stemmers.d.ts" />
import snowball from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { cldrLexicon, indexLexicon, termKey, wordnetLexicon } from './lexicon.ts';
import { suggestThemes, THEME_SETTINGS, type ThemeInput } from './themes.ts';
import { WORDNET_LEXICON } from './wordnet/lexicon-wordnet.generated.ts';

/**
 * Three topics whose Dutch and French words neither Brug's field terms, the CLDR lexicon nor a spelling
 * cognate join: only the general dictionary from the wordnets does.
 */
const TOPICS = {
  bakery: { nl: ['bakker', 'bakkerij', 'gist', 'oven'], fr: ['boulanger', 'boulangerie', 'levure', 'four'] },
  justice: {
    nl: ['gevangenis', 'gedetineerde', 'advocaat', 'rechtszaak'],
    fr: ['prison', 'détenu', 'avocat', 'procès'],
  },
  politics: {
    nl: ['verkiezing', 'regering', 'vakbond', 'minister'],
    fr: ['élection', 'gouvernement', 'syndicat', 'ministre'],
  },
} as const;

const FRAMES = {
  nl: [
    (a: string, b: string) => `Over de ${a} en de ${b}.`,
    (a: string, b: string) => `Wij hebben het over de ${a} en ook over de ${b}.`,
    (a: string, b: string) => `Zij spraken lang over de ${a}, niet over de ${b}.`,
  ],
  fr: [
    (a: string, b: string) => `Sur le ${a} et le ${b}.`,
    (a: string, b: string) => `Nous parlons du ${a} et aussi du ${b}.`,
    (a: string, b: string) => `Ils ont longtemps parlé du ${a}, pas du ${b}.`,
  ],
};

function corpus(): (ThemeInput & { topic: string })[] {
  const out: (ThemeInput & { topic: string })[] = [];
  for (const [topic, words] of Object.entries(TOPICS))
    for (const language of ['nl', 'fr'] as const) {
      const list = words[language];
      FRAMES[language].forEach((frame, f) => {
        for (let i = 0; i < list.length; i++)
          out.push({
            id: `${topic}-${language}-${f}-${i}`,
            text: frame(list[i], list[(i + f + 1) % list.length]),
            topic,
          });
      });
    }
  return out;
}

describe('general Dutch–French lexicon from the wordnets', () => {
  it('joins words that the CLDR lexicon and the field terms do not', () => {
    const without = indexLexicon(cldrLexicon());
    const withWordnet = indexLexicon(cldrLexicon(), wordnetLexicon());
    for (const words of Object.values(TOPICS))
      words.nl.forEach((nl, i) => {
        const fr = words.fr[i];
        const nlKey = `nl:${termKey(nl, 'nl')}`;
        const frKey = `fr:${termKey(fr, 'fr')}`;
        expect(
          without.concepts.has(nlKey) && without.concepts.get(nlKey) === without.concepts.get(frKey),
        ).toBe(false);
        expect(withWordnet.concepts.get(nlKey)).toBeDefined();
        expect(withWordnet.concepts.get(nlKey)).toBe(withWordnet.concepts.get(frKey));
      });
  });

  it('puts a topic discussed in Dutch and in French in one theme, labelled in the reader’s language', () => {
    expect(THEME_SETTINGS.wordnet).toBe(true);
    const inputs = corpus();
    const result = suggestThemes(inputs, { k: 3, language: 'fr' });
    for (const topic of Object.keys(TOPICS)) {
      const themes = new Set(inputs.flatMap((p, i) => (p.topic === topic ? [result.assignments[i]] : [])));
      expect(themes.size).toBe(1);
    }
    for (const theme of result.themes) {
      expect(theme.languages).toEqual({ nl: 12, fr: 12, en: 0 });
      // A French reader sees French words, with the Dutch ones beside them.
      const french = new Set<string>(Object.values(TOPICS).flatMap((t) => [...t.fr]));
      expect(theme.terms.slice(0, 3).every((t) => french.has(t.term))).toBe(true);
    }
    // An English reader sees the concepts' English words.
    expect(result.themes.flatMap((t) => t.labels?.en.split(', '))).toEqual(
      expect.arrayContaining(['baker', 'prison', 'election']),
    );
    // Without the general dictionary the Dutch passages are not sorted with the French ones.
    const without = suggestThemes(inputs, { k: 3, language: 'fr', settings: { wordnet: false } });
    expect(without.themes.some((t) => t.languages?.nl !== 12)).toBe(true);
  });

  it('is not used in a corpus of one language', () => {
    const dutch = corpus().filter((p) => p.id.includes('-nl-'));
    expect(suggestThemes(dutch, { k: 3 }).assignments).toEqual(
      suggestThemes(dutch, { k: 3, settings: { wordnet: false } }).assignments,
    );
  });

  it('ships the stems the Snowball stemmer gives its words', () => {
    const stemmers = {
      nl: snowball.newStemmer('dutch'),
      fr: snowball.newStemmer('french'),
      en: snowball.newStemmer('english'),
    };
    const lines = WORDNET_LEXICON.split('\n');
    expect(lines.length).toBeGreaterThan(10_000);
    // Every 25th concept: stemming all forty thousand words takes over a second.
    for (let i = 0; i < lines.length; i += 25) {
      const [nl, fr, en] = lines[i].split('|');
      for (const [language, field] of [
        ['nl', nl],
        ['fr', fr],
        ['en', en],
      ] as const)
        for (const entry of field.split(',').filter(Boolean)) {
          const [word, rest] = entry.split(/[~=]/);
          const stemmed =
            rest === undefined
              ? word
              : entry.includes('~')
                ? word.slice(0, word.length - Number(rest))
                : rest;
          expect(stemmers[language].stem(word)).toBe(stemmed);
        }
    }
  });

  it('keeps words an earlier lexicon holds where they are, and fills only what it lacks', () => {
    const general = [{ nl: ['huur'], fr: ['redevance'], en: [] }];
    const index = indexLexicon(cldrLexicon(), general);
    // "huur" is Brug's field term with "loyer": the general pair does not move it or add a second French word.
    expect(index.concepts.get(`nl:${termKey('huur', 'nl')}`)).toBe(
      index.concepts.get(`fr:${termKey('loyer', 'fr')}`),
    );
    expect(index.concepts.has(`fr:${termKey('redevance', 'fr')}`)).toBe(false);
  });
});

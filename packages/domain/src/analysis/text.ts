/// <reference path="./snowball-stemmers.d.ts" />
import snowball, { type Stemmer } from 'snowball-stemmers';
import { LANGUAGES, type Language } from '../roles.ts';
import { STOP_WORDS } from './stopwords.ts';

const SNOWBALL: Record<Language, string> = { nl: 'dutch', fr: 'french', en: 'english' };
const STEM_CACHE_MAX = 200_000;
const stemmers = new Map<Language, { stemmer: Stemmer; cache: Map<string, string> }>();

/** Letters only: digits, punctuation and apostrophes split words ("l'école" → "l", "école"). */
const WORD = /\p{L}+/gu;

export function tokenize(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(WORD) ?? [];
}

/**
 * The language whose function words are most frequent in the text, helped by a few spellings
 * that only one of the three languages uses. Ties and texts without any clue fall back to `fallback`.
 */
export function detectLanguage(text: string, fallback: Language = 'nl'): Language {
  const tokens = tokenize(text);
  const score: Record<Language, number> = { nl: 0, fr: 0, en: 0 };
  for (const t of tokens) {
    for (const lang of LANGUAGES) if (STOP_WORDS[lang].has(t)) score[lang] += 1;
    if (/[éèêàçùâîôû]/.test(t)) score.fr += 0.5;
    if (/ij|oe|aa|uu|sch/.test(t)) score.nl += 0.3;
    if (/^(th|wh)|ing$|ght/.test(t)) score.en += 0.3;
  }
  let best = fallback;
  for (const lang of LANGUAGES) if (score[lang] > score[best]) best = lang;
  return best;
}

export function stem(word: string, language: Language): string {
  let entry = stemmers.get(language);
  if (!entry) {
    entry = { stemmer: snowball.newStemmer(SNOWBALL[language]), cache: new Map() };
    stemmers.set(language, entry);
  }
  const cached = entry.cache.get(word);
  if (cached !== undefined) return cached;
  const stemmed = entry.stemmer.stem(word);
  if (entry.cache.size >= STEM_CACHE_MAX) entry.cache.clear();
  entry.cache.set(word, stemmed);
  return stemmed;
}

export type AnalysedText = {
  language: Language;
  /** Stems of the content words, in text order. */
  terms: string[];
  /** The surface words each stem stood for, for showing terms people recognise. */
  words: string[];
};

export const MIN_WORD_LENGTH = 3;

/** Tokenises, drops stop words and short words, stems with the Snowball stemmer of the language. */
export function analyseText(text: string, language?: Language): AnalysedText {
  const lang = language ?? detectLanguage(text);
  const stop = STOP_WORDS[lang];
  const terms: string[] = [];
  const words: string[] = [];
  for (const t of tokenize(text)) {
    if (t.length < MIN_WORD_LENGTH || stop.has(t)) continue;
    terms.push(stem(t, lang));
    words.push(t);
  }
  return { language: lang, terms, words };
}

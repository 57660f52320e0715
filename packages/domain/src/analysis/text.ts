/// <reference path="./snowball-stemmers.d.ts" />
import snowball, { type Stemmer } from 'snowball-stemmers';
import { LANGUAGES, type Language } from '../roles.ts';
import { ADDRESS_FRAGMENTS, LANGUAGE_CLUES, STOP_WORDS } from './stopwords.ts';

const SNOWBALL: Record<Language, string> = { nl: 'dutch', fr: 'french', en: 'english' };
const STEM_CACHE_MAX = 200_000;
const stemmers = new Map<Language, { stemmer: Stemmer; cache: Map<string, string> }>();

/** Letters only: digits, punctuation and apostrophes split words ("l'école" → "l", "école"). */
const WORD = /\p{L}+/gu;

/**
 * Web and e-mail addresses, file paths and handles: they name no theme, and their pieces ("https",
 * "www", "org") used to end up in labels.
 */
const ADDRESSES = new RegExp(
  [
    String.raw`\b(?:https?|ftp)://\S+`,
    String.raw`\bwww\.\S+`,
    String.raw`\bmailto:\S+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`,
    String.raw`(?:^|(?<=\s))(?:[a-z]:|~|\.{1,2})?(?:[\\/][\p{L}\p{N}._~-]+){2,}[\\/]?`,
    String.raw`\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|be|nl|fr|eu|io|info|gov|edu|brussels|vlaanderen|html?|php|pdf|docx?|xlsx?)\b`,
    String.raw`(?:^|\s)@[\p{L}\p{N}_]+`,
  ].join('|'),
  'giu',
);

/** The text with addresses and paths blanked out (a blank also ends a phrase). */
export function stripAddresses(text: string): string {
  // Most passages hold no address: skip the costly expression for them.
  return MAYBE_ADDRESS.test(text) ? text.replace(ADDRESSES, ' . ') : text;
}
const MAYBE_ADDRESS = /[@/\\]|www\.|\.\p{L}/u;

export function tokenize(text: string): string[] {
  return stripAddresses(text.toLowerCase().normalize('NFC')).match(WORD) ?? [];
}

/** Punctuation that ends a run of words in which a phrase can lie. */
const BREAK = /[.,;:!?()[\]{}"“”«»|\n\t…·•/\\–—]+|\s-\s/u;

/** The runs of words between punctuation, each in lower case. */
export function wordRuns(text: string): string[][] {
  return stripAddresses(text.toLowerCase().normalize('NFC'))
    .split(BREAK)
    .map((run) => run.match(WORD) ?? [])
    .filter((run) => run.length > 0);
}

/** Per UTF-16 code unit: 0 not yet known, 1 a letter (\p{L}), 2 not a letter. */
const LETTER_UNITS = new Uint8Array(65536);
const LETTER_POINTS = new Map<number, boolean>();
const ONE_LETTER = /^\p{L}$/u;
/** The characters that end a run of words (BREAK's first part; its second is a dash between spaces). */
const BREAK_UNITS = new Set(Array.from('.,;:!?()[]{}"“”«»|\n\t…·•/\\–—', (c) => c.charCodeAt(0)));
const SPACE = /^\s$/;

function isLetterUnit(unit: number): boolean {
  let known = LETTER_UNITS[unit];
  if (known === 0) {
    // A lone surrogate is no letter (the expression sees code points); pairs are told apart below.
    known = unit < 0xd800 || unit > 0xdfff ? (ONE_LETTER.test(String.fromCharCode(unit)) ? 1 : 2) : 2;
    LETTER_UNITS[unit] = known;
  }
  return known === 1;
}

/** The length (0, 1 or 2 code units) of the letter at `i`: a character of \p{L}, as WORD reads it. */
function letterAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let known = LETTER_POINTS.get(point);
      if (known === undefined) {
        known = ONE_LETTER.test(String.fromCodePoint(point));
        LETTER_POINTS.set(point, known);
      }
      return known ? 2 : 0;
    }
  }
  return isLetterUnit(unit) ? 1 : 0;
}

const isSpace = (unit: number) =>
  unit === 32 || ((unit > 127 || (unit >= 9 && unit <= 13)) && SPACE.test(String.fromCharCode(unit)));

/** Whether text[from, to) (no letters in it) holds a break: a BREAK character, or a dash between spaces. */
function breaks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (BREAK_UNITS.has(unit)) return true;
    if (
      unit === 45 &&
      i > from &&
      i + 1 < to &&
      isSpace(text.charCodeAt(i - 1)) &&
      isSpace(text.charCodeAt(i + 1))
    )
      return true;
  }
  return false;
}

/**
 * The words of wordRuns in one pass, without building the runs: `word` for each word in order,
 * `end` where one run ends and another begins (never before the first word nor after the last). Reads
 * the text character by character (letters as \p{L}, breaks as BREAK), so no match is allocated.
 */
export function visitWords(text: string, word: (word: string) => void, end: () => void): void {
  const lower = stripAddresses(text.toLowerCase().normalize('NFC'));
  let previous = -1; // the end of the last word
  let i = 0;
  while (i < lower.length) {
    let step = letterAt(lower, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    while (step > 0) {
      i += step;
      step = i < lower.length ? letterAt(lower, i) : 0;
    }
    if (previous >= 0 && breaks(lower, previous, start)) end();
    previous = i;
    word(lower.slice(start, i));
  }
}

/**
 * The language whose function words are most frequent in the text, helped by a few spellings
 * that only one of the three languages uses. Ties and texts without any clue fall back to `fallback`.
 */
export function detectLanguage(
  text: string,
  fallback: Language = 'nl',
  /** Words a lexicon knows per language: more clues for short texts with few function words. */
  knownWords?: Record<Language, ReadonlySet<string>>,
): Language {
  return languageOfWords(tokenize(text), knownWords) ?? fallback;
}

/** The language of already tokenised words, or null when they give no clue or tie. */
export function languageOfWords(
  tokens: readonly string[],
  knownWords?: Record<Language, ReadonlySet<string>>,
): Language | null {
  return likeliestLanguage(languageScores(tokens, knownWords));
}

/**
 * The evidence for each language in some words: 1 per function word of that language, 0.4 per
 * longer word the lexicon knows in it, a little for telling spellings.
 */
export function languageScores(
  tokens: readonly string[],
  knownWords?: Record<Language, ReadonlySet<string>>,
): Record<Language, number> {
  const score: Record<Language, number> = { nl: 0, fr: 0, en: 0 };
  for (const t of tokens) addLanguageClues(score, languageClues(t, knownWords));
  return score;
}

/**
 * What one word adds to each language's evidence (see languageScores), as two steps per language
 * (nl, nl, fr, fr, en, en): the function word or known word, then the spelling. A corpus repeats its
 * words, so the engine works this out once per distinct word.
 */
export function languageClues(
  word: string,
  knownWords?: Record<Language, ReadonlySet<string>>,
): Float64Array {
  const clues = new Float64Array(6);
  LANGUAGES.forEach((lang, l) => {
    if (LANGUAGE_CLUES[lang].has(word)) clues[2 * l] = 1;
    else if (word.length >= 4 && knownWords?.[lang].has(word)) clues[2 * l] = 0.4;
  });
  if (/ij|oe|aa|uu|sch/.test(word)) clues[1] = 0.3;
  if (/[éèêàçùâîôû]/.test(word)) clues[3] = 0.5;
  if (/^(th|wh)|ing$|ght/.test(word)) clues[5] = 0.3;
  return clues;
}

/** Adds one word's clues to the evidence, step by step as languageScores always did (same sums). */
export function addLanguageClues(score: Record<Language, number>, clues: Float64Array): void {
  score.nl += clues[0];
  score.nl += clues[1];
  score.fr += clues[2];
  score.fr += clues[3];
  score.en += clues[4];
  score.en += clues[5];
}

/**
 * The language with the most evidence, null when there is none or a tie. With `prior` (each
 * language's share of the corpus), the evidence is weighed against it: score + log(share), so a
 * passage with one or two weak clues takes the corpus's language, while a passage with several
 * clues keeps its own.
 */
export function likeliestLanguage(
  score: Record<Language, number>,
  prior?: Record<Language, number>,
): Language | null {
  if (prior) {
    if (LANGUAGES.every((l) => score[l] === 0)) return null;
    let best: Language = LANGUAGES[0];
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const l of LANGUAGES) {
      const value = score[l] + Math.log(prior[l]);
      if (value > bestValue) {
        best = l;
        bestValue = value;
      }
    }
    return best;
  }
  let best: Language | null = null;
  let tie = false;
  for (const lang of LANGUAGES) {
    if (score[lang] === 0) continue;
    if (best === null || score[lang] > score[best]) {
      best = lang;
      tie = false;
    } else if (score[lang] === score[best]) tie = true;
  }
  return tie ? null : best;
}

function stemmerOf(language: Language) {
  let entry = stemmers.get(language);
  if (!entry) {
    entry = { stemmer: snowball.newStemmer(SNOWBALL[language]), cache: new Map() };
    stemmers.set(language, entry);
  }
  return entry;
}

/**
 * Records a word's stem computed ahead (a shipped word list stores its words' stems, made by `stem`
 * itself, so that a browser does not spend a second and a half stemming forty thousand words).
 */
export function rememberStem(word: string, language: Language, stemmed: string): void {
  const entry = stemmerOf(language);
  if (entry.cache.size < STEM_CACHE_MAX) entry.cache.set(word, stemmed);
}

export function stem(word: string, language: Language): string {
  const entry = stemmerOf(language);
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

/** A word that can be a term: long enough, not a stop word of the language, not a piece of an address. */
export function isContentWord(word: string, language: Language): boolean {
  return word.length >= MIN_WORD_LENGTH && !STOP_WORDS[language].has(word) && !ADDRESS_FRAGMENTS.has(word);
}

/** Tokenises, drops stop words and short words, stems with the Snowball stemmer of the language. */
export function analyseText(text: string, language?: Language): AnalysedText {
  const lang = language ?? detectLanguage(text);
  const terms: string[] = [];
  const words: string[] = [];
  for (const t of tokenize(text)) {
    if (!isContentWord(t, lang)) continue;
    terms.push(stem(t, lang));
    words.push(t);
  }
  return { language: lang, terms, words };
}

import { LANGUAGES, type Language } from '../roles.ts';
import { refineByDmm } from './dmm.ts';
import { type Clustering, sphericalKMeans } from './kmeans.ts';
import {
  cldrLexicon,
  cognateKey,
  indexLexicon,
  type Lexicon,
  type LexiconIndex,
  termKey,
  wordnetLexicon,
} from './lexicon.ts';
import { reduceDimensions } from './lsa.ts';
import { seededRandom } from './prng.ts';
import { ADDRESS_FRAGMENTS, isStopWordAnywhere } from './stopwords.ts';
import { isContentWord, languageClues, likeliestLanguage, stem, visitWords } from './text.ts';
import { buildTfIdf, dotDense, dotSparse, normalise, type SparseVector } from './tfidf.ts';
import { addEnglishRow, addLinkedStem, isLinkedLanguage, type WordVectors } from './vectors.ts';

export type ThemeInput = { id: string; text: string; language?: Language };

export type SuggestThemesOptions = {
  /** A fixed number of themes; otherwise chosen between minK and maxK (see chooseK). */
  k?: number;
  minK?: number;
  maxK?: number;
  seed?: number;
  /** Latent dimensions the texts are clustered in; 0 clusters the TF-IDF vectors themselves. */
  components?: number;
  topTerms?: number;
  topPassages?: number;
  /** Called with a share between 0 and 1 as the work advances (for a progress bar). */
  onProgress?: (share: number) => void;
  /** The reader's language: terms and labels are shown in it where the corpus or lexicon allow. */
  language?: Language;
  /**
   * The bilingual lexicon that joins words of one concept across languages, besides Brug's own
   * field terms: by default the one induced from the CLDR emoji annotations; `[]` for none.
   */
  lexicon?: Lexicon;
  /**
   * The general dictionary added after `lexicon`, filling its gaps (used when `settings.wordnet` is on):
   * by default the Dutch–French lexicon built from Open Dutch WordNet and WOLF (`wordnetLexicon`).
   */
  generalLexicon?: Lexicon;
  /** Refine the clustering with the Dirichlet multinomial mixture (default true). */
  refine?: boolean;
  /** Join Dutch, French and English words of one concept into one term (default true). */
  crossLingual?: boolean;
  /**
   * Word vectors shared by the three languages (`parseWordVectors` of `vectors/word-vectors.bin`): each
   * passage's mean word vector joins the space it is clustered in (`settings.vectorWeight`). Without
   * them, passages are compared by their words alone.
   */
  wordVectors?: WordVectors;
  /** Other values for the engine's settings (for the benchmark's development runs). */
  settings?: Partial<ThemeSettings>;
};

export type ThemeTerm = {
  term: string;
  weight: number;
  /** The words that stood for this term in the passages, one per language, most frequent first. */
  forms?: string[];
  /**
   * The term as a reader of each language sees it: the word the passages used in that language, else
   * the lexicon's, else the passages' most frequent word (a Dutch-only word stays Dutch).
   */
  names?: Record<Language, string>;
};

export type SuggestedTheme = {
  /** Stable within one result: 0 is the largest theme. */
  index: number;
  /** The three strongest terms in the reader's language, for a first name the researcher can change. */
  label: string;
  /** The same label for a reader of each language (nl, fr, en), from the same terms. */
  labels?: Record<Language, string>;
  terms: ThemeTerm[];
  /** Most representative passages first (highest cosine similarity to the theme's centre). */
  passages: { id: string; score: number }[];
  size: number;
  /** How many of the theme's passages are in each language. */
  languages?: Record<Language, number>;
};

export type ThemeSuggestions = {
  k: number;
  silhouette: number | null;
  languages: Record<Language, number>;
  themes: SuggestedTheme[];
  /** The theme index of every input passage, in input order. */
  assignments: number[];
};

export const THEMES_MIN_K = 2;
/** The most themes chosen automatically (a fixed k may not exceed the number of passages). */
export const THEMES_MAX_K = 100;
/** Latent dimensions grow with the corpus (about √n), between 10 and 60. */
export const LSA_COMPONENTS_MAX = 60;
export function defaultComponents(texts: number): number {
  return Math.max(10, Math.min(LSA_COMPONENTS_MAX, Math.round(Math.sqrt(texts) * 1.1)));
}
/** Choosing k over-clusters a sample of this size once, then merges; the final clustering uses every text. */
const K_SELECTION_SAMPLE = 1200;
const SILHOUETTE_SAMPLE = 600;
const PARSIMONY = 1;
/** A phrase must occur this often, with normalised PMI at least `phraseNpmi` (Bouma 2009). */
const PHRASE_MIN_COUNT = 3;
/** Finding neighbours compares every pair: only up to this many passages. */
const NEIGHBOUR_MAX_TEXTS = 3000;

/** The engine's settings, chosen on the development fold of the benchmark (bench/themes). */
export type ThemeSettings = {
  /** Each passage's vector is smoothed by the mean of its `neighbours` nearest passages, `steps` times. */
  neighbours: number;
  steps: number;
  /** In the mixture model, a theme gains `prior` in log probability per neighbour it holds (`priorNeighbours`). */
  prior: number;
  priorNeighbours: number;
  /** With a fixed k, on up to 3,000 passages: k-means starts each refined by the mixture model. */
  starts: number;
  /** The mixture model's word smoothing. */
  beta: number;
  phraseNpmi: number;
  /**
   * In a corpus mixing languages, the mixture model weighs each language's words apart (see
   * refineByDmm). It makes the themes blind to language; they are also better aligned only when
   * enough words are joined across the languages, so it is on together with `wordnet` (alone, with
   * the CLDR lexicon, it did not help on SIB-200).
   */
  languageDmm: boolean;
  /**
   * In a corpus that mixes languages (two languages with at least 5 % of the passages and 5 passages
   * each), add the general Dutch–French dictionary from the wordnets (`generalLexicon`) to the lexicon.
   */
  wordnet: boolean;
  /**
   * In a one-language corpus, what the general dictionary does (development setting): 'off'; 'concepts'
   * (as in a mixed corpus); 'synonyms' (words of the language that only one dictionary concept holds,
   * joined with that concept's other words of the language); 'extra' (that synonym group added as a
   * term beside the word).
   */
  wordnetWithin: 'off' | 'concepts' | 'synonyms' | 'extra';
  /** Words shorter than this are never joined as synonyms (short words are often ambiguous). */
  synonymMinLength: number;
  /** Drop words that more than one dictionary concept holds (ambiguous). */
  synonymUnambiguous: boolean;
  /** The weight of a synonym group added beside its word ('extra'). */
  synonymWeight: number;
  /**
   * With word vectors: the weight of a passage's mean word vector beside its LSA vector (both of
   * length 1) in the space it is clustered in; 0 leaves the vectors out.
   */
  vectorWeight: number;
};
export const THEME_SETTINGS: Readonly<ThemeSettings> = {
  neighbours: 5,
  steps: 2,
  prior: 0.3,
  priorNeighbours: 5,
  starts: 5,
  beta: 0.1,
  phraseNpmi: 0.45,
  languageDmm: true,
  wordnet: true,
  wordnetWithin: 'off',
  synonymMinLength: 4,
  synonymUnambiguous: true,
  synonymWeight: 1,
  vectorWeight: 1.5,
};

/**
 * Suggests themes in a corpus of Dutch, French and English passages: language detection, addresses
 * dropped, stop words, Snowball stemming, phrases (collocations), words of one concept joined across
 * languages (lexicon and cognates), TF-IDF, LSA with each language's mean removed, k chosen by
 * merging an over-clustering, spherical k-means. Deterministic for the same input and options.
 */
export function suggestThemes(
  inputs: readonly ThemeInput[],
  options: SuggestThemesOptions = {},
): ThemeSuggestions {
  const steps = themeSteps(inputs, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
  }
}

/**
 * The same work, handing the event loop back between steps, so a server stays responsive and can
 * record progress while a large corpus is analysed.
 */
export async function suggestThemesAsync(
  inputs: readonly ThemeInput[],
  options: SuggestThemesOptions = {},
): Promise<ThemeSuggestions> {
  const steps = themeSteps(inputs, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * A passage as word ids of the Words table, runs of words between punctuation separated by -1 (let go
 * once the terms are built).
 */
type Prepared = { language: Language; tokens: Int32Array };
const NO_TOKENS = new Int32Array(0);

/** Every distinct word of the corpus per language, with its stem if it is a content word. */
class Words {
  private readonly stemIds = new Map<string, number>();
  readonly word: string[] = [];
  readonly language: Language[] = [];
  /** The stem id of each word, -1 for a function word. */
  readonly stemOf: number[] = [];
  /** The stems by id, with their language. */
  readonly stems: { language: Language; stem: string }[] = [];

  /** A new word of a language (each word and language once), its id. */
  add(word: string, language: Language): number {
    const id = this.word.length;
    this.word.push(word);
    this.language.push(language);
    let stemId = -1;
    if (isContentWord(word, language)) {
      const stemmed = stem(word, language);
      const key = `${language}:${stemmed}`;
      stemId = this.stemIds.get(key) ?? -1;
      if (stemId < 0) {
        stemId = this.stems.length;
        this.stemIds.set(key, stemId);
        this.stems.push({ language, stem: stemmed });
      }
    }
    this.stemOf.push(stemId);
    return id;
  }
}

/**
 * The distinct spellings of a corpus, whatever their language: each text as spelling ids, runs of
 * words between punctuation separated by -1 (as wordRuns splits them), and each spelling's language
 * clues (languageClues), worked out on first use.
 */
class Spellings {
  private readonly ids = new Map<string, number>();
  readonly word: string[] = [];
  private readonly clues: (Float64Array | undefined)[] = [];
  private buffer: Int32Array;
  private length = 0;
  constructor(
    private readonly knownWords: Record<Language, ReadonlySet<string>>,
    /** How many characters the texts have: about six a word, so the array seldom grows. */
    characters: number,
  ) {
    this.buffer = new Int32Array(Math.max(256, Math.ceil(characters / 6)));
  }

  private readonly visit = (word: string) => {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.word.length;
      this.ids.set(word, id);
      this.word.push(word);
      this.clues.push(undefined);
    }
    this.push(id);
  };
  private readonly end = () => this.push(-1);

  private push(id: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Int32Array(2 * this.buffer.length);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = id;
  }

  /** Reads a text after the ones before it; its spelling ids, valid until the next text is read. */
  read(text: string): Int32Array {
    const start = this.length;
    visitWords(text, this.visit, this.end);
    return this.buffer.subarray(start, this.length);
  }

  /** Every text read, in order: views of the one array that holds them all. */
  texts(offsets: Int32Array): Int32Array[] {
    return Array.from({ length: offsets.length - 1 }, (_, i) =>
      this.buffer.subarray(offsets[i], offsets[i + 1]),
    );
  }

  /** The evidence for each language in the first `limit` words (as languageScores gives it). */
  scores(tokens: Int32Array, limit: number): LanguageScores {
    // The same additions in the same order as languageScores (addLanguageClues), on local sums.
    let nl = 0;
    let fr = 0;
    let en = 0;
    let seen = 0;
    for (let t = 0; t < tokens.length && seen < limit; t++) {
      const id = tokens[t];
      if (id < 0) continue;
      seen++;
      let clues = this.clues[id];
      if (clues === undefined) {
        clues = languageClues(this.word[id], this.knownWords);
        this.clues[id] = clues;
      }
      nl += clues[0];
      nl += clues[1];
      fr += clues[2];
      fr += clues[3];
      en += clues[4];
      en += clues[5];
    }
    return { nl, fr, en };
  }
}

/**
 * Phrases found in the corpus: pairs of stem ids, and triples with the id of the word between; a
 * pair of stems (a, b) is keyed a × stride + b (stride: the number of stems; small integers for
 * the maps while stems are fewer than 32,768).
 */
type Phrases = { stride: number; pairs: Set<number>; triples: Map<number, Set<number>> };

/** What a term (a column of the TF-IDF matrix) stands for. */
type TermInfo = {
  /** Surface forms per language with their counts (a language without any has none). */
  forms: Partial<Record<Language, Map<string, number>>>;
  /** The lexicon concept, if the term is one. */
  concept: number | null;
  /** For a phrase, the term keys of its words (not shown beside it). */
  parts: string[] | null;
};

/** Yields the share of work done (0–1) and returns the suggestions. */
function* themeSteps(
  inputs: readonly ThemeInput[],
  options: SuggestThemesOptions,
): Generator<number, ThemeSuggestions, void> {
  const seed = options.seed ?? 20171206;
  const settings: ThemeSettings = { ...THEME_SETTINGS, ...options.settings };
  const crossLingual = options.crossLingual ?? true;
  let lexicon = indexLexicon(options.lexicon ?? cldrLexicon());
  const languages: Record<Language, number> = { nl: 0, fr: 0, en: 0 };

  // 1. Language and words of every passage. Texts that give no clue take the corpus's main language.
  // Each text is read once into ids of its distinct spellings (the words of every passage are never
  // held as strings at once: memory at 10,000 passages); the language from the first 200 words, each
  // distinct word's clues worked out once. Then the evidence is weighed against each language's share
  // of the corpus (a prior): a keyword list or a passage with one loan word takes the corpus's language
  // rather than cutting its words off from those of the other passages; a passage with several clues
  // keeps its own language.
  const spellings = new Spellings(
    lexicon.words,
    inputs.reduce((sum, input) => sum + input.text.length, 0),
  );
  const evidence: (LanguageScores | null)[] = [];
  const offsets = new Int32Array(inputs.length + 1);
  for (let i = 0; i < inputs.length; i++) {
    const tokens = spellings.read(inputs[i].text);
    offsets[i + 1] = offsets[i] + tokens.length;
    evidence.push(inputs[i].language ? null : spellings.scores(tokens, 200));
    if (i % 500 === 499) yield (0.2 * i) / inputs.length;
  }
  const read = spellings.texts(offsets);
  const first = inputs.map((input, i) => input.language ?? likeliestLanguage(evidence[i] as LanguageScores));
  const shares = languageShares(first);
  const detected = inputs.map(
    (input, i) => input.language ?? likeliestLanguage(evidence[i] as LanguageScores, shares),
  );
  const main = mainLanguage(detected);
  // Then the words of each language, in the order they first occur (the spelling ids become word ids).
  const words = new Words();
  const wordOf: Record<Language, Int32Array> = {
    nl: new Int32Array(spellings.word.length).fill(-1),
    fr: new Int32Array(spellings.word.length).fill(-1),
    en: new Int32Array(spellings.word.length).fill(-1),
  };
  const prepared: Prepared[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const language = detected[i] ?? main;
    languages[language]++;
    const tokens = read[i];
    const ids = wordOf[language];
    for (let t = 0; t < tokens.length; t++) {
      const spelling = tokens[t];
      if (spelling < 0) continue;
      if (ids[spelling] < 0) ids[spelling] = words.add(spellings.word[spelling], language);
      tokens[t] = ids[spelling];
    }
    prepared.push({ language, tokens });
  }
  read.length = 0;
  yield 0.25;
  const n = inputs.length;
  if (n === 0) return { k: 0, silhouette: null, languages, themes: [], assignments: [] };

  // A corpus that mixes languages also gets the general Dutch–French dictionary (it fills the gaps
  // of the lexicon; its words are no language clues, so the languages above stay as they are). In
  // one language it would only join that language's synonyms, which did not help (`wordnetWithin`).
  const mixed = presentLanguages(prepared).length > 1;
  if (settings.wordnet && crossLingual && (mixed || settings.wordnetWithin === 'concepts'))
    lexicon = indexLexicon(options.lexicon ?? cldrLexicon(), options.generalLexicon ?? wordnetLexicon());
  const synonyms =
    settings.wordnet &&
    crossLingual &&
    !mixed &&
    (settings.wordnetWithin === 'synonyms' || settings.wordnetWithin === 'extra')
      ? synonymGroups(
          main,
          options.generalLexicon ?? wordnetLexicon(),
          settings.synonymMinLength,
          settings.synonymUnambiguous,
        )
      : null;

  // 2. Phrases, then terms: lexicon concept, cognate, or the stem in its language.
  const phrases = findPhrases(prepared, words, settings.phraseNpmi);
  const { documents, terms, termKeys } = buildTerms(
    prepared,
    words,
    phrases,
    lexicon,
    crossLingual,
    synonyms,
    settings.wordnetWithin === 'extra',
  );
  let meaning =
    options.wordVectors && settings.vectorWeight > 0
      ? passageVectors(prepared, words, lexicon, crossLingual, options.wordVectors)
      : null;
  for (const p of prepared) p.tokens = NO_TOKENS;
  yield 0.3;

  // 3. TF-IDF, LSA, each language's mean removed (a language is not a theme).
  const model = buildTfIdf(
    documents,
    termKeys,
    settings.synonymWeight === 1
      ? {}
      : { termWeight: (key) => (key.startsWith('s:') ? settings.synonymWeight : 1) },
  );
  documents.length = 0; // the model holds what is needed of them (term counts)
  const keptInfo = model.vocabulary.map((key) => terms.get(key) as TermInfo);
  const components = Math.min(options.components ?? defaultComponents(n), model.vocabulary.length);
  let space =
    components >= 2
      ? reduceDimensions(model.vectors, model.vocabulary.length, components, seed)
      : model.vectors;
  let dim = components >= 2 ? (space[0]?.values.length ?? 0) : model.vocabulary.length;
  if (crossLingual && components >= 2) space = centrePerLanguage(space, prepared, dim);
  if (meaning && components >= 2) {
    space = joinVectors(space, dim, meaning, settings.vectorWeight);
    dim += meaning.dims;
  }
  meaning = null; // the space holds it now
  // Short texts share few words: a passage's nearest neighbours say what it is about as well.
  let neighbours: Int32Array[] = [];
  if (components >= 2 && n > settings.neighbours + 1 && n <= NEIGHBOUR_MAX_TEXTS) {
    for (let step = 0; step < settings.steps; step++) {
      const found = nearestNeighbours(
        space,
        Math.max(settings.neighbours, step === 0 ? settings.priorNeighbours : 0),
      );
      if (step === 0) neighbours = found.map((x) => x.slice(0, settings.priorNeighbours));
      space = smoothByNeighbours(
        space,
        found.map((x) => x.slice(0, settings.neighbours)),
      );
    }
  }
  yield 0.45;

  // 4. The number of themes, then the clustering of every passage.
  let k = Math.max(1, Math.min(options.k ?? 0, n));
  let score: number | null = null;
  let initial: Float64Array[] | undefined;
  if (!options.k) {
    const minK = Math.max(THEMES_MIN_K, options.minK ?? THEMES_MIN_K);
    const maxK = Math.min(options.maxK ?? THEMES_MAX_K, Math.floor(n / 3));
    if (maxK < minK) k = 1;
    else {
      const chosen = chooseK(space, dim, minK, maxK, seed);
      k = chosen.k;
      score = chosen.silhouette;
      initial = chosen.centroids;
    }
  }
  yield 0.75;
  const refine = k > 1 && (options.refine ?? true);
  // Word counts over the kept vocabulary (the TF-IDF terms), for the mixture model.
  const kept = refine ? model.vectors.map((v, i) => ({ terms: v.indices, counts: model.counts[i] })) : [];
  // In a corpus mixing languages, the mixture model weighs each language's words apart.
  const polylingual =
    refine && crossLingual && settings.languageDmm && presentLanguages(prepared).length > 1
      ? {
          languages: Int32Array.from(prepared, (p) => LANGUAGES.indexOf(p.language)),
          shared: Uint8Array.from(model.vocabulary, (key) =>
            key.startsWith('c:') || key.startsWith('g:') ? 1 : 0,
          ),
        }
      : {};
  // Several k-means starts on small corpora, each refined by the mixture model: the best fit wins.
  const starts = k === 1 || initial || n > 3000 ? 1 : settings.starts;
  let clustering: Clustering = { k: 1, assignments: new Int32Array(n), centroids: [], cohesion: 0 };
  let bestFit = Number.NEGATIVE_INFINITY;
  for (let s = 0; s < starts && k > 1; s++) {
    const start = sphericalKMeans(space, dim, k, {
      seed: seed + s * 104729,
      restarts: initial ? 1 : n > 3000 ? 2 : refine ? 2 : 10,
      initial,
    });
    if (!refine) {
      clustering = start;
      break;
    }
    const refined = refineByDmm(kept, model.vocabulary.length, start.assignments, k, {
      neighbours,
      gamma: settings.prior,
      beta: settings.beta,
      ...polylingual,
    });
    if (refined.score > bestFit) {
      bestFit = refined.score;
      clustering = {
        ...start,
        assignments: refined.assignments,
        centroids: centresOf(space, refined.assignments, k, dim),
      };
    }
    yield 0.75 + (0.2 * (s + 1)) / starts;
  }
  if (refine && k > 1) clustering = fillEmptyThemes(clustering, space, k, dim, seed);
  yield 0.95;
  const reader = options.language ?? main;
  const themes = describeThemes(
    inputs,
    prepared,
    model,
    keptInfo,
    space,
    clustering,
    lexicon,
    reader,
    options,
  );
  const order = new Map(themes.map((t, i) => [t.index, i]));
  const result: ThemeSuggestions = {
    k: themes.length,
    silhouette: score,
    languages,
    themes: themes.map((t, i) => ({ ...t, index: i })),
    assignments: Array.from(clustering.assignments, (c) => order.get(c) ?? 0),
  };
  yield 1;
  return result;
}

/**
 * The mixture model may empty a theme (a larger theme draws its passages, the rich get richer):
 * with a fixed k the researcher asked for k themes, so each emptied theme takes one half of the
 * largest theme, split in two by spherical k-means (one step of bisecting k-means, Steinbach et al.
 * 2000). The halves are not refined again: the mixture model would merge them back.
 */
export function fillEmptyThemes(
  clustering: Clustering,
  space: readonly SparseVector[],
  k: number,
  dim: number,
  seed: number,
): Clustering {
  const assignments = Int32Array.from(clustering.assignments);
  const sizes = new Int32Array(k);
  for (const z of assignments) sizes[z]++;
  let changed = false;
  for (let z = 0; z < k; z++) {
    if (sizes[z] > 0) continue;
    let largest = 0;
    for (let c = 1; c < k; c++) if (sizes[c] > sizes[largest]) largest = c;
    if (sizes[largest] < 2) break;
    const members: number[] = [];
    for (let i = 0; i < assignments.length; i++) if (assignments[i] === largest) members.push(i);
    const halves = sphericalKMeans(
      members.map((i) => space[i]),
      dim,
      2,
      { seed, restarts: 3 },
    );
    members.forEach((i, x) => {
      if (halves.assignments[x] !== 1) return;
      assignments[i] = z;
      sizes[z]++;
      sizes[largest]--;
    });
    changed = true;
  }
  if (!changed) return clustering;
  return { ...clustering, assignments, centroids: centresOf(space, assignments, k, dim) };
}

/** Unit-length mean direction of each cluster in the clustering space. */
function centresOf(
  space: readonly SparseVector[],
  assignments: Int32Array,
  k: number,
  dim: number,
): Float64Array[] {
  const centres = Array.from({ length: k }, () => new Float64Array(dim));
  space.forEach((v, i) => {
    const c = centres[assignments[i]];
    for (let j = 0; j < v.indices.length; j++) c[v.indices[j]] += v.values[j];
  });
  for (const c of centres) normalise(c);
  return centres;
}

type LanguageScores = Record<Language, number>;

/** Each language's share of the passages whose language is known, smoothed (never 0). */
function languageShares(detected: readonly (Language | null)[]): Record<Language, number> {
  const counts: Record<Language, number> = { nl: 1, fr: 1, en: 1 };
  let total = 3;
  for (const l of detected)
    if (l) {
      counts[l]++;
      total++;
    }
  return { nl: counts.nl / total, fr: counts.fr / total, en: counts.en / total };
}

function mainLanguage(detected: readonly (Language | null)[]): Language {
  const counts: Record<Language, number> = { nl: 0, fr: 0, en: 0 };
  for (const l of detected) if (l) counts[l]++;
  let best: Language = 'nl';
  for (const l of LANGUAGES) if (counts[l] > counts[best]) best = l;
  return best;
}

/**
 * Collocations per language: two content words in a row ("sociale woning"), or two with one short
 * function word between them ("mise à jour", "prise en charge"), seen at least PHRASE_MIN_COUNT
 * times with a normalised pointwise mutual information of at least `minNpmi` (settings: 0.45).
 */
function findPhrases(prepared: readonly Prepared[], words: Words, minNpmi: number): Phrases {
  const unigrams = new Float64Array(words.stems.length);
  const totals: Record<Language, number> = { nl: 0, fr: 0, en: 0 };
  const pairs = new Map<number, number>();
  const triples = new Map<number, Map<number, number>>();
  const stemOf = words.stemOf;
  const stride = Math.max(1, words.stems.length);
  const pairKey = (a: number, b: number) => a * stride + b;
  for (const { language, tokens } of prepared) {
    for (let i = 0; i < tokens.length; i++) {
      const a = tokens[i] < 0 ? -1 : stemOf[tokens[i]];
      if (a < 0) continue;
      totals[language]++;
      unigrams[a]++;
      const next = tokens[i + 1];
      if (next === undefined || next < 0) continue;
      const b = stemOf[next];
      if (b >= 0) {
        const key = pairKey(a, b);
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      } else if (words.word[next].length <= 4) {
        const after = tokens[i + 2];
        const c = after === undefined || after < 0 ? -1 : stemOf[after];
        if (c < 0) continue;
        const key = pairKey(a, c);
        const row = triples.get(key) ?? new Map<number, number>();
        row.set(next, (row.get(next) ?? 0) + 1);
        triples.set(key, row);
      }
    }
  }
  const strong = (key: number, count: number) => {
    if (count < PHRASE_MIN_COUNT) return false;
    const a = Math.floor(key / stride);
    const b = key % stride;
    const total = totals[words.stems[a].language];
    const pab = count / total;
    const npmi = Math.log(pab / ((unigrams[a] / total) * (unigrams[b] / total))) / -Math.log(pab);
    return npmi >= minNpmi;
  };
  const found: Phrases = { stride, pairs: new Set(), triples: new Map() };
  for (const [key, count] of pairs) if (strong(key, count)) found.pairs.add(key);
  for (const [key, row] of triples)
    for (const [middle, count] of row)
      if (strong(key, count)) {
        const set = found.triples.get(key) ?? new Set<number>();
        set.add(middle);
        found.triples.set(key, set);
      }
  return found;
}

/**
 * The term ids of every passage. A content word counts as its lexicon concept if the lexicon knows
 * it, else as a cognate shared with another language, else as its stem in its language; a phrase
 * counts as itself, besides its words.
 */
function buildTerms(
  prepared: readonly Prepared[],
  words: Words,
  phrases: Phrases,
  lexicon: LexiconIndex,
  crossLingual: boolean,
  synonyms: Map<string, string> | null = null,
  synonymExtra = false,
) {
  // Cognates: spelling keys shared by words of at least two languages.
  const cognateLanguages = new Map<string, Set<Language>>();
  const cognateOfStem: (string | null)[] = new Array(words.stems.length).fill(null);
  if (crossLingual) {
    for (let w = 0; w < words.word.length; w++) {
      const s = words.stemOf[w];
      if (s < 0 || cognateOfStem[s] !== null) continue;
      const { language, stem: stemmed } = words.stems[s];
      if (lexicon.concepts.has(`${language}:${stemmed}`)) continue;
      const key = cognateKey(words.word[w]);
      if (!key) continue;
      cognateOfStem[s] = key;
      const set = cognateLanguages.get(key) ?? new Set<Language>();
      set.add(language);
      cognateLanguages.set(key, set);
    }
  }
  const keyOf = (s: number): { key: string; concept: number | null } => {
    const { language, stem: stemmed } = words.stems[s];
    const local = `${language}:${stemmed}`;
    if (crossLingual) {
      const concept = lexicon.concepts.get(local);
      if (concept !== undefined) return { key: `c:${concept}`, concept };
      const cognate = cognateOfStem[s];
      if (cognate && (cognateLanguages.get(cognate)?.size ?? 0) > 1)
        return { key: `g:${cognate}`, concept: null };
      const group = synonymExtra ? undefined : synonyms?.get(local);
      if (group !== undefined) return { key: group, concept: null };
    }
    return { key: local, concept: null };
  };

  const ids = new Map<string, number>();
  const termKeys: string[] = [];
  const terms = new Map<string, TermInfo>();
  const idOf = (key: string, concept: number | null, parts: string[] | null) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = termKeys.length;
      ids.set(key, id);
      termKeys.push(key);
      terms.set(key, { forms: {}, concept, parts });
    }
    return id;
  };
  const termOfStem = new Int32Array(words.stems.length).fill(-1);
  const termOf = (s: number) => {
    if (termOfStem[s] < 0) {
      const { key, concept } = keyOf(s);
      termOfStem[s] = idOf(key, concept, null);
    }
    return termOfStem[s];
  };
  const wordCount = new Float64Array(words.word.length);
  const phraseTerm = (a: number, b: number, middle: number) => {
    const first = words.stems[a];
    const key = `${first.language}:p:${first.stem}${middle >= 0 ? ` ${words.word[middle]}` : ''} ${words.stems[b].stem}`;
    return idOf(key, null, [termKeys[termOf(a)], termKeys[termOf(b)]]);
  };
  // The phrases by the stem they begin with: pairs by their second stem, triples by their last stem
  // and the word between (last × words + middle); the phrase's record once it has occurred, else -1.
  const wordTotal = words.word.length;
  const pairsOf: (Map<number, number> | undefined)[] = new Array(words.stems.length).fill(undefined);
  const triplesOf: (Map<number, number> | undefined)[] = new Array(words.stems.length).fill(undefined);
  for (const key of phrases.pairs) {
    const a = Math.floor(key / phrases.stride);
    pairsOf[a] ??= new Map();
    pairsOf[a].set(key % phrases.stride, -1);
  }
  for (const [key, middles] of phrases.triples) {
    const a = Math.floor(key / phrases.stride);
    const c = key % phrases.stride;
    triplesOf[a] ??= new Map();
    for (const middle of middles) triplesOf[a].set(c * wordTotal + middle, -1);
  }
  // Each phrase once it has occurred: its term, its middle word (-1 for a pair), and its forms, each
  // pair of words (first, last) that stood for it (keyed first × words + last) with a counter.
  const records: { term: number; middle: number; forms: Map<number, number> }[] = [];
  let formCounts = new Int32Array(256);
  let formTotal = 0;
  const record = (term: number, middle: number) => {
    records.push({ term, middle, forms: new Map() });
    return records.length - 1;
  };

  // The documents' term ids in one array (views of it once all are built, no array per document).
  let all = new Int32Array(
    Math.max(
      64,
      prepared.reduce((sum, p) => sum + p.tokens.length, 0),
    ),
  );
  let size = 0;
  const offsets = new Int32Array(prepared.length + 1);
  const { stemOf } = words;
  prepared.forEach(({ tokens }, d) => {
    if (all.length < size + 3 * tokens.length) {
      const grown = new Int32Array(Math.max(2 * all.length, size + 3 * tokens.length));
      grown.set(all.subarray(0, size));
      all = grown;
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const a = t < 0 ? -1 : stemOf[t];
      if (a < 0) continue;
      wordCount[t]++;
      const term = termOfStem[a];
      all[size++] = term < 0 ? termOf(a) : term;
      if (synonymExtra && synonyms) {
        const st = words.stems[a];
        const local = `${st.language}:${st.stem}`;
        const group = lexicon.concepts.has(local) ? undefined : synonyms.get(local);
        if (group !== undefined) all[size++] = idOf(group, null, null);
      }
      const pairs = pairsOf[a];
      const triples = triplesOf[a];
      if (pairs === undefined && triples === undefined) continue;
      const next = tokens[i + 1];
      if (next === undefined || next < 0) continue;
      const b = stemOf[next];
      let found = -1;
      let last = -1;
      if (b >= 0) {
        const known = pairs?.get(b);
        if (known !== undefined) {
          found = known >= 0 ? known : record(phraseTerm(a, b, -1), -1);
          if (known < 0) pairs?.set(b, found);
          last = next;
        }
      } else if (triples !== undefined) {
        const after = tokens[i + 2];
        const c = after === undefined || after < 0 ? -1 : stemOf[after];
        const known = c >= 0 ? triples.get(c * wordTotal + next) : undefined;
        if (known !== undefined) {
          found = known >= 0 ? known : record(phraseTerm(a, c, next), next);
          if (known < 0) triples.set(c * wordTotal + next, found);
          last = after;
        }
      }
      if (found >= 0) {
        const phrase = records[found];
        all[size++] = phrase.term;
        const form = t * wordTotal + last;
        let slot = phrase.forms.get(form);
        if (slot === undefined) {
          slot = formTotal++;
          phrase.forms.set(form, slot);
          if (slot === formCounts.length) {
            const grown = new Int32Array(2 * formCounts.length);
            grown.set(formCounts);
            formCounts = grown;
          }
        }
        formCounts[slot]++;
      }
    }
    offsets[d + 1] = size;
  });
  const documents = Array.from(prepared, (_, d) => all.subarray(offsets[d], offsets[d + 1]));
  // The words that stood for each term, with their counts, per language.
  for (let w = 0; w < words.word.length; w++) {
    if (wordCount[w] === 0) continue;
    const info = terms.get(termKeys[termOfStem[words.stemOf[w]]]) as TermInfo;
    const language = words.language[w];
    const forms = info.forms[language] ?? new Map<string, number>();
    info.forms[language] = forms;
    forms.set(words.word[w], (forms.get(words.word[w]) ?? 0) + wordCount[w]);
  }
  for (const { term, middle, forms: counted } of records) {
    const key = termKeys[term];
    const info = terms.get(key) as TermInfo;
    const forms = new Map<string, number>();
    for (const [form, slot] of counted) {
      const firstWord = words.word[Math.floor(form / wordTotal)];
      const lastWord = words.word[form % wordTotal];
      forms.set(
        middle >= 0 ? `${firstWord} ${words.word[middle]} ${lastWord}` : `${firstWord} ${lastWord}`,
        formCounts[slot],
      );
    }
    info.forms[key.slice(0, 2) as Language] = forms;
  }
  return { documents, terms, termKeys };
}

const DIMINUTIVE = /(je|jes)$/;
/** The words a Dutch diminutive may be made from, likeliest first. */
function diminutiveBases(word: string): string[] {
  const w = word.replace(/s$/, '');
  const out: string[] = [];
  for (const ending of ['etje', 'tje', 'pje', 'kje', 'je'])
    if (w.endsWith(ending) && w.length - ending.length >= 3) out.push(w.slice(0, -ending.length));
  // "mannetje" → "man", "bolletje" → "bol": a doubled consonant before -etje.
  const doubled = /([bdfgklmnprst])\1etje$/.exec(w);
  if (doubled) out.unshift(w.slice(0, -5));
  return out;
}

/** Each passage's mean word vector, `dims` values a passage (see passageVectors). */
type PassageVectors = { dims: number; values: Float64Array };

/**
 * The meaning of each passage as one vector of the word vectors shared by the three languages: the sum
 * of its content words' vectors, each weighed by its stem's inverse document frequency (a word in every
 * passage says little), less the mean of its language's passages (what every passage of a language
 * shares, as Arora et al. 2017 remove the common component), of length 1. An English word is looked up
 * as it is written; a Dutch or French one through the lexicon's English word for its concept, else the
 * English words of its wordnet senses, else (Dutch) through the head of a closed compound ("rolstoel":
 * "stoel"). A passage none of whose words is known has a zero vector: its words alone then place it.
 */
function passageVectors(
  prepared: readonly Prepared[],
  words: Words,
  lexicon: LexiconIndex,
  crossLingual: boolean,
  vectors: WordVectors,
): PassageVectors {
  const n = prepared.length;
  const { dims } = vectors;
  const documentFrequency = new Int32Array(words.stems.length);
  const seen = new Int32Array(words.stems.length).fill(-1);
  prepared.forEach((p, i) => {
    for (const w of p.tokens) {
      const s = w < 0 ? -1 : words.stemOf[w];
      if (s >= 0 && seen[s] !== i) {
        seen[s] = i;
        documentFrequency[s]++;
      }
    }
  });
  // Each distinct word's vector once, in single precision (the vectors are 8-bit to begin with).
  const cache = new Map<number, Float32Array | null>();
  const scratch = new Float64Array(dims);
  const vectorOf = (w: number): Float32Array | null => {
    const cached = cache.get(w);
    if (cached !== undefined) return cached;
    const v = scratch.fill(0);
    const language = words.language[w];
    const word = words.word[w];
    const stemmed = words.stems[words.stemOf[w]].stem;
    let found = false;
    if (language === 'en') {
      const row = vectors.english.get(word);
      if (row !== undefined) {
        addEnglishRow(vectors, row, 1, v);
        found = true;
      }
    } else if (isLinkedLanguage(language)) {
      const concept = crossLingual ? lexicon.concepts.get(`${language}:${stemmed}`) : undefined;
      const row =
        concept === undefined
          ? undefined
          : lexicon.names[concept].en.map((e) => vectors.english.get(e)).find((r) => r !== undefined);
      if (row !== undefined) {
        addEnglishRow(vectors, row, 1, v);
        found = true;
      } else
        found =
          addLinkedStem(vectors, language, `=${word}`, 1, v) ||
          addLinkedStem(vectors, language, stemmed, 1, v);
      // A Dutch diminutive means what its word means ("hondje", "bloempje", "mannetje"); Snowball
      // leaves the ending on.
      if (!found && language === 'nl' && DIMINUTIVE.test(word))
        for (const base of diminutiveBases(word))
          if (!found) found = addLinkedStem(vectors, language, stem(base, language), 1, v);
      // A Dutch closed compound means what its head means: the longest known head of ≥ 4 letters.
      for (let at = 3; !found && language === 'nl' && at <= word.length - 4; at++)
        found = addLinkedStem(vectors, language, stem(word.slice(at), language), 1, v);
    }
    const out = found ? Float32Array.from(v) : null;
    cache.set(w, out);
    return out;
  };
  const values = new Float64Array(n * dims);
  prepared.forEach((p, i) => {
    const into = values.subarray(i * dims, (i + 1) * dims);
    for (const w of p.tokens) {
      const s = w < 0 ? -1 : words.stemOf[w];
      if (s < 0) continue;
      const v = vectorOf(w);
      if (!v) continue;
      const idf = Math.log(n / documentFrequency[s]);
      for (let j = 0; j < dims; j++) into[j] += idf * v[j];
    }
    normalise(into);
  });
  // Less each language's mean direction.
  for (const language of LANGUAGES) {
    const mean = new Float64Array(dims);
    let count = 0;
    prepared.forEach((p, i) => {
      if (p.language !== language) return;
      count++;
      for (let j = 0; j < dims; j++) mean[j] += values[i * dims + j];
    });
    if (count === 0) continue;
    prepared.forEach((p, i) => {
      if (p.language !== language) return;
      const into = values.subarray(i * dims, (i + 1) * dims);
      let zero = true;
      for (let j = 0; j < dims; j++) if (into[j] !== 0) zero = false;
      if (zero) return;
      for (let j = 0; j < dims; j++) into[j] -= mean[j] / count;
      normalise(into);
    });
  }
  return { dims, values };
}

/** Each passage's LSA vector followed by `weight` × its mean word vector, of length 1. */
function joinVectors(
  space: readonly SparseVector[],
  dim: number,
  meaning: PassageVectors,
  weight: number,
): SparseVector[] {
  const size = dim + meaning.dims;
  const indices = Int32Array.from({ length: size }, (_, j) => j);
  return space.map((v, i) => {
    const values = new Float64Array(size);
    for (let j = 0; j < v.indices.length; j++) values[v.indices[j]] = v.values[j];
    for (let j = 0; j < meaning.dims; j++) values[dim + j] = weight * meaning.values[i * meaning.dims + j];
    normalise(values);
    return { indices, values };
  });
}

/**
 * Removes each language's mean direction from the passages of that language (only when a corpus
 * mixes languages): what all Dutch passages share, as against the French ones, is their language,
 * not a theme. Changes the vectors in place.
 */
function centrePerLanguage(
  space: SparseVector[],
  prepared: readonly Prepared[],
  dim: number,
): SparseVector[] {
  const counts: Record<Language, number> = { nl: 0, fr: 0, en: 0 };
  for (const p of prepared) counts[p.language]++;
  const present = LANGUAGES.filter((l) => counts[l] >= Math.max(5, 0.05 * prepared.length));
  if (present.length < 2) return space;
  const means = {} as Record<Language, Float64Array>;
  for (const l of LANGUAGES) means[l] = new Float64Array(dim);
  space.forEach((v, i) => {
    const m = means[prepared[i].language];
    for (let j = 0; j < v.indices.length; j++) m[v.indices[j]] += v.values[j];
  });
  for (const l of LANGUAGES) if (counts[l] > 0) for (let j = 0; j < dim; j++) means[l][j] /= counts[l];
  // In place: the space is the engine's own (fresh from the LSA), nothing else holds it.
  space.forEach((v, i) => {
    const language = prepared[i].language;
    if (!present.includes(language)) return;
    const values = v.values;
    for (let j = 0; j < v.indices.length; j++) values[j] -= means[language][v.indices[j]];
    normalise(values);
  });
  return space;
}

const synonymCache = new WeakMap<Lexicon, Map<string, Map<string, string>>>();
/**
 * Synonym groups of one language from a general dictionary: `lang:stem` → group key, for the words
 * of at least `minLength` letters; with `unambiguous`, a stem that several concepts hold is left out.
 * Only concepts that keep at least two distinct stems of the language form a group.
 */
export function synonymGroups(
  language: Language,
  general: Lexicon,
  minLength: number,
  unambiguous: boolean,
): Map<string, string> {
  const cacheKey = `${language}:${minLength}:${unambiguous}`;
  const cached = synonymCache.get(general)?.get(cacheKey);
  if (cached) return cached;
  const stemsOf = general.map((concept) => {
    const set = new Set<string>();
    for (const word of concept[language]) {
      if (word.length < minLength || word.includes(' ')) continue;
      const key = termKey(word, language);
      if (key && !key.includes(' ')) set.add(key);
    }
    return [...set];
  });
  const uses = new Map<string, number>();
  for (const stems of stemsOf) for (const x of stems) uses.set(x, (uses.get(x) ?? 0) + 1);
  const groups = new Map<string, string>();
  for (const stems of stemsOf) {
    const free = stems.filter((x) => !groups.has(`${language}:${x}`) && (!unambiguous || uses.get(x) === 1));
    if (free.length < 2) continue;
    const name = `s:${language}:${[...free].sort()[0]}`;
    for (const x of free) groups.set(`${language}:${x}`, name);
  }
  const byLexicon = synonymCache.get(general) ?? new Map<string, Map<string, string>>();
  byLexicon.set(cacheKey, groups);
  synonymCache.set(general, byLexicon);
  return groups;
}

/** The languages that hold at least 5 passages and 5% of the corpus. */
function presentLanguages(prepared: readonly Prepared[]): Language[] {
  const counts: Record<Language, number> = { nl: 0, fr: 0, en: 0 };
  for (const p of prepared) counts[p.language]++;
  return LANGUAGES.filter((l) => counts[l] >= Math.max(5, 0.05 * prepared.length));
}

/**
 * The `m` most similar other passages of each passage (cosine; ties to the earlier passage), most
 * similar first. Compares every pair: only for corpora up to NEIGHBOUR_MAX_TEXTS.
 */
function nearestNeighbours(space: readonly SparseVector[], m: number): Int32Array[] {
  const n = space.length;
  const top = new Int32Array(m);
  const topSim = new Float64Array(m);
  return space.map((v, i) => {
    let filled = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const s = dotSparse(v, space[j]);
      if (filled === m && s <= topSim[m - 1]) continue;
      let at = filled < m ? filled++ : m - 1;
      while (at > 0 && topSim[at - 1] < s) {
        topSim[at] = topSim[at - 1];
        top[at] = top[at - 1];
        at--;
      }
      topSim[at] = s;
      top[at] = j;
    }
    return top.slice(0, filled);
  });
}

/**
 * Each passage's vector plus the mean of its neighbours' vectors, of length 1 again: one step of
 * diffusion over the graph of nearest neighbours (the latent space is dense, index = position).
 */
function smoothByNeighbours(
  space: readonly SparseVector[],
  neighbours: readonly Int32Array[],
): SparseVector[] {
  const dim = space[0]?.values.length ?? 0;
  const all = new Float64Array(space.length * dim);
  return space.map((v, i) => {
    const values = all.subarray(i * dim, (i + 1) * dim);
    values.set(v.values);
    const near = neighbours[i];
    for (const j of near) {
      const u = space[j];
      for (let x = 0; x < u.indices.length; x++) values[u.indices[x]] += u.values[x] / near.length;
    }
    normalise(values);
    return { indices: v.indices, values };
  });
}

/**
 * The number of themes without clustering once per candidate k: a sample is over-clustered once
 * (spherical k-means with about 2√n clusters), the clusters are merged pairwise, always the two whose
 * union loses least cohesion (Ward's criterion on the sphere), and each k along the way is scored by
 * the silhouette (cosine distance) on a sub-sample of 600, from one matrix of distances. The best
 * k's merged centres seed the final clustering of every passage.
 */
function chooseK(
  space: readonly SparseVector[],
  dim: number,
  minK: number,
  maxK: number,
  seed: number,
): { k: number; silhouette: number; centroids: Float64Array[] } {
  const sample = seededSample(space.length, K_SELECTION_SAMPLE, seed).map((i) => space[i]);
  const m = sample.length;
  const start = Math.max(minK, Math.min(maxK, Math.floor(m / 3), Math.round(2 * Math.sqrt(m))));
  const over = sphericalKMeans(sample, dim, start, { seed, restarts: 1, maxIterations: 20 });
  // Sums of member vectors per cluster; similarity of each sampled text to each cluster's sum.
  const sums = Array.from({ length: start }, () => new Float64Array(dim));
  for (let i = 0; i < m; i++) {
    const v = sample[i];
    const s = sums[over.assignments[i]];
    for (let j = 0; j < v.indices.length; j++) s[v.indices[j]] += v.values[j];
  }
  const dots = new Float64Array(m * start);
  for (let i = 0; i < m; i++)
    for (let c = 0; c < start; c++) dots[i * start + c] = dotDense(sample[i], sums[c]);
  const alive = Array.from({ length: start }, (_, c) => c);
  const owner = Int32Array.from(over.assignments);
  const norm = (s: Float64Array) => Math.sqrt(s.reduce((a, x) => a + x * x, 0));
  const norms = sums.map(norm);
  const pairDot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let j = 0; j < dim; j++) s += a[j] * b[j];
    return s;
  };

  // Silhouette (cosine distance) on a sub-sample, from one matrix of pairwise distances.
  const measured = seededSample(m, SILHOUETTE_SAMPLE, seed + 1);
  const q = measured.length;
  const distance = new Float64Array(q * q);
  for (let x = 0; x < q; x++)
    for (let y = x + 1; y < q; y++) {
      const d = 1 - dotSparse(sample[measured[x]], sample[measured[y]]);
      distance[x * q + y] = d;
      distance[y * q + x] = d;
    }
  const totals = new Float64Array(start);
  const counts = new Int32Array(start);
  const sizes = new Int32Array(start);
  const measuredOwner = new Int32Array(q);
  const silhouetteNow = () => {
    let total = 0;
    sizes.fill(0);
    for (let y = 0; y < q; y++) {
      measuredOwner[y] = owner[measured[y]];
      sizes[measuredOwner[y]]++;
    }
    for (let x = 0; x < q; x++) {
      totals.fill(0);
      // Every other measured text's distance, by cluster (the distance to itself is 0 and adds nothing).
      const row = x * q;
      for (let y = 0; y < q; y++) totals[measuredOwner[y]] += distance[row + y];
      const own = measuredOwner[x];
      counts.set(sizes);
      counts[own]--;
      if (counts[own] === 0) continue;
      const a = totals[own] / counts[own];
      let b = Number.POSITIVE_INFINITY;
      for (const c of alive) if (c !== own && counts[c] > 0) b = Math.min(b, totals[c] / counts[c]);
      if (!Number.isFinite(b)) continue;
      total += (b - a) / Math.max(a, b);
    }
    return total / q;
  };

  const levels: { k: number; silhouette: number; centroids: Float64Array[] }[] = [];
  const record = () => {
    if (alive.length > maxK) return;
    levels.push({
      k: alive.length,
      silhouette: silhouetteNow(),
      centroids: alive.map((c) => {
        const centre = Float64Array.from(sums[c]);
        normalise(centre);
        return centre;
      }),
    });
  };
  record();
  while (alive.length > minK) {
    let pair: [number, number] = [alive[0], alive[1]];
    let lowest = Number.POSITIVE_INFINITY;
    for (let x = 0; x < alive.length; x++)
      for (let y = x + 1; y < alive.length; y++) {
        const a = alive[x];
        const b = alive[y];
        const merged = Math.sqrt(norms[a] ** 2 + norms[b] ** 2 + 2 * pairDot(sums[a], sums[b]));
        const loss = norms[a] + norms[b] - merged;
        if (loss < lowest - 1e-12) {
          lowest = loss;
          pair = [a, b];
        }
      }
    const [a, b] = pair;
    for (let j = 0; j < dim; j++) sums[a][j] += sums[b][j];
    norms[a] = norm(sums[a]);
    for (let i = 0; i < m; i++) {
      dots[i * start + a] += dots[i * start + b];
      if (owner[i] === b) owner[i] = a;
    }
    alive.splice(alive.indexOf(b), 1);
    record();
  }
  // The fewest themes whose silhouette comes within PARSIMONY of the best one: fine partitions of
  // near-duplicate statements score as well as the themes a reader wants.
  const top = Math.max(...levels.map((l) => l.silhouette));
  const fewest = levels.filter((l) => l.silhouette >= PARSIMONY * top).sort((a, b) => a.k - b.k)[0];
  return fewest ?? levels[0];
}

function describeThemes(
  inputs: readonly ThemeInput[],
  prepared: readonly Prepared[],
  model: ReturnType<typeof buildTfIdf>,
  info: readonly TermInfo[],
  space: readonly SparseVector[],
  clustering: Clustering,
  lexicon: LexiconIndex,
  reader: Language,
  options: SuggestThemesOptions,
): SuggestedTheme[] {
  const topTerms = options.topTerms ?? 8;
  const topPassages = options.topPassages ?? 3;
  const dim = model.vocabulary.length;
  const themes: SuggestedTheme[] = [];
  for (let c = 0; c < clustering.k; c++) {
    // Terms come from the mean TF-IDF vector of the members; closeness from the clustering space.
    const centroid = new Float64Array(dim);
    const centre = clustering.centroids[c];
    const members: { id: string; score: number }[] = [];
    const languages: Record<Language, number> = { nl: 0, fr: 0, en: 0 };
    for (let i = 0; i < inputs.length; i++) {
      if (clustering.assignments[i] !== c) continue;
      const v = model.vectors[i];
      for (let j = 0; j < v.indices.length; j++) centroid[v.indices[j]] += v.values[j];
      members.push({ id: inputs[i].id, score: centre ? dotDense(space[i], centre) : 1 });
      languages[prepared[i].language]++;
    }
    normalise(centroid);
    if (members.length === 0) continue;
    members.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const ranked = Array.from({ length: dim }, (_, j) => j)
      .filter((j) => centroid[j] > 0)
      .sort((a, b) => centroid[b] - centroid[a] || a - b);
    const terms: ThemeTerm[] = [];
    const shown = new Set<string>();
    // A phrase among the strongest terms hides its own words ("mise à jour", not "mise", "jour").
    const hidden = new Set<string>();
    for (const j of ranked.slice(0, topTerms * 2)) for (const p of info[j].parts ?? []) hidden.add(p);
    for (const j of ranked) {
      if (terms.length >= topTerms) break;
      if (hidden.has(model.vocabulary[j])) continue;
      const { term, forms } = display(info[j], lexicon, reader);
      if (!term || shown.has(term) || !labelWorthy(term)) continue;
      shown.add(term);
      // The same term as a reader of each language would see it (a stop word there keeps the reader's form).
      const names = {} as Record<Language, string>;
      for (const l of LANGUAGES) {
        const named = l === reader ? term : display(info[j], lexicon, l).term;
        names[l] = named && labelWorthy(named) ? named : term;
      }
      terms.push({ term, weight: round(centroid[j]), names, ...(forms.length > 1 ? { forms } : {}) });
    }
    const labels = {} as Record<Language, string>;
    for (const l of LANGUAGES)
      labels[l] = [...new Set(terms.map((t) => t.names?.[l] ?? t.term))].slice(0, 3).join(', ');
    themes.push({
      index: c,
      label: labels[reader],
      labels,
      terms,
      passages: members.slice(0, topPassages).map((m) => ({ id: m.id, score: round(m.score) })),
      size: members.length,
      languages,
    });
  }
  return themes.sort((a, b) => b.size - a.size || a.index - b.index);
}

/** A term in the reader's language where the passages or the lexicon have it, with its other forms. */
function display(term: TermInfo, lexicon: LexiconIndex, reader: Language): { term: string; forms: string[] } {
  const topOf = (l: Language) =>
    [...(term.forms[l] ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] as
      | string
      | undefined;
  const forms = LANGUAGES.map(topOf).filter((f): f is string => Boolean(f));
  const own = topOf(reader);
  if (own) return { term: own, forms: [own, ...forms.filter((f) => f !== own)] };
  const named = term.concept !== null ? lexicon.names[term.concept]?.[reader]?.[0] : undefined;
  if (named) return { term: named, forms: [named, ...forms.filter((f) => f !== named)] };
  const counts = LANGUAGES.map((l) => [...(term.forms[l]?.values() ?? [])].reduce((s, x) => s + x, 0));
  const most = LANGUAGES[counts.indexOf(Math.max(...counts))];
  const fallback = topOf(most) ?? '';
  return { term: fallback, forms: [fallback, ...forms.filter((f) => f !== fallback)] };
}

/** No stop word of any language and no piece of an address in a label, even inside a phrase's ends. */
function labelWorthy(term: string): boolean {
  const words = term.split(' ');
  const ends = [words[0], words[words.length - 1]];
  return ends.every((w) => !isStopWordAnywhere(w) && !ADDRESS_FRAGMENTS.has(w));
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** A deterministic sample of indices (all of them when n is small), in ascending order. */
function seededSample(n: number, size: number, seed: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (n <= size) return all;
  const random = seededRandom(seed);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, size).sort((a, b) => a - b);
}

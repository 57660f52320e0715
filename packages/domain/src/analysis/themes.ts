import type { Language } from '../roles.ts';
import { type Clustering, silhouette, sphericalKMeans } from './kmeans.ts';
import { reduceDimensions } from './lsa.ts';
import { seededRandom } from './prng.ts';
import { analyseText, stem } from './text.ts';
import { buildTfIdf, dotDense, normalise, type SparseVector } from './tfidf.ts';

export type ThemeInput = { id: string; text: string; language?: Language };

export type SuggestThemesOptions = {
  /** A fixed number of themes; otherwise chosen by silhouette between minK and maxK. */
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
};

export type SuggestedTheme = {
  /** Stable within one result: 0 is the largest theme. */
  index: number;
  /** The three strongest terms, for a first name the researcher can change. */
  label: string;
  terms: { term: string; weight: number }[];
  /** Most representative passages first (highest cosine similarity to the theme's centre). */
  passages: { id: string; score: number }[];
  size: number;
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
export const THEMES_MAX_K = 12;
/** Latent dimensions grow with the corpus (about √n), between 10 and 60. */
export const LSA_COMPONENTS_MAX = 60;
export function defaultComponents(texts: number): number {
  return Math.max(10, Math.min(LSA_COMPONENTS_MAX, Math.round(Math.sqrt(texts) * 1.1)));
}
/** Choosing k clusters a sample of this size; the final clustering uses every text. */
const K_SELECTION_SAMPLE = 800;
const SILHOUETTE_SAMPLE = 400;

/**
 * Suggests themes in a corpus of Dutch, French and English passages: language detection,
 * tokenisation, stop words, Snowball stemming, TF-IDF and spherical k-means. Deterministic for
 * the same input and options.
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

/** Yields the share of work done (0–1) and returns the suggestions. */
function* themeSteps(
  inputs: readonly ThemeInput[],
  options: SuggestThemesOptions,
): Generator<number, ThemeSuggestions, void> {
  const seed = options.seed ?? 20171206;
  const languages: Record<Language, number> = { nl: 0, fr: 0, en: 0 };
  // Terms are numbered per language so that "in" (nl) and "in" (en) stay apart.
  const termIds: Record<Language, Map<string, number>> = { nl: new Map(), fr: new Map(), en: new Map() };
  const termNames: string[] = [];
  const wordCounts: Record<Language, Map<string, number>> = { nl: new Map(), fr: new Map(), en: new Map() };
  const documents: Int32Array[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    const analysed = analyseText(input.text, input.language);
    const lang = analysed.language;
    languages[lang]++;
    const ids = termIds[lang];
    const counts = wordCounts[lang];
    const doc = new Int32Array(analysed.terms.length);
    analysed.terms.forEach((term, j) => {
      let id = ids.get(term);
      if (id === undefined) {
        id = termNames.length;
        ids.set(term, id);
        termNames.push(`${lang}:${term}`);
      }
      doc[j] = id;
      const word = analysed.words[j];
      counts.set(word, (counts.get(word) ?? 0) + 1);
    });
    documents.push(doc);
    if (i % 500 === 499) yield (0.3 * i) / inputs.length;
  }
  const surface = surfaceForms(wordCounts);
  yield 0.3;

  const n = inputs.length;
  if (n === 0) return { k: 0, silhouette: null, languages, themes: [], assignments: [] };
  const model = buildTfIdf(documents, termNames);
  const components = Math.min(options.components ?? defaultComponents(n), model.vocabulary.length);
  const space =
    components >= 2
      ? reduceDimensions(model.vectors, model.vocabulary.length, components, seed)
      : model.vectors;
  const dim = components >= 2 ? (space[0]?.values.length ?? 0) : model.vocabulary.length;
  yield 0.4;

  let k = Math.max(1, Math.min(options.k ?? 0, n));
  let score: number | null = null;
  if (!options.k) {
    const minK = Math.max(THEMES_MIN_K, options.minK ?? THEMES_MIN_K);
    const maxK = Math.min(options.maxK ?? THEMES_MAX_K, Math.floor(n / 3));
    if (maxK < minK) k = 1;
    else {
      const sample = seededSample(n, K_SELECTION_SAMPLE, seed);
      const sampleVectors = sample.map((i) => space[i]);
      const measured = seededSample(sample.length, SILHOUETTE_SAMPLE, seed + 1);
      let best = Number.NEGATIVE_INFINITY;
      for (let candidate = minK; candidate <= maxK; candidate++) {
        const c = sphericalKMeans(sampleVectors, dim, candidate, { seed, restarts: 2 });
        const s = silhouette(sampleVectors, c.assignments, candidate, measured);
        if (s > best + 1e-9) {
          best = s;
          k = candidate;
        }
        yield 0.4 + (0.4 * (candidate - minK + 1)) / (maxK - minK + 1);
      }
      score = best;
    }
  }

  const clustering: Clustering =
    k === 1
      ? { k: 1, assignments: new Int32Array(n), centroids: [], cohesion: 0 }
      : sphericalKMeans(space, dim, k, { seed, restarts: n > 3000 ? 2 : 10 });
  yield 0.95;
  const themes = describeThemes(inputs, model, space, clustering, surface, options);
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

function describeThemes(
  inputs: readonly ThemeInput[],
  model: ReturnType<typeof buildTfIdf>,
  space: readonly SparseVector[],
  clustering: Clustering,
  surface: Map<string, string>,
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
    for (let i = 0; i < inputs.length; i++) {
      if (clustering.assignments[i] !== c) continue;
      const v = model.vectors[i];
      for (let j = 0; j < v.indices.length; j++) centroid[v.indices[j]] += v.values[j];
      members.push({ id: inputs[i].id, score: centre ? dotDense(space[i], centre) : 1 });
    }
    normalise(centroid);
    if (members.length === 0) continue;
    members.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const termIndices = Array.from({ length: dim }, (_, j) => j)
      .filter((j) => centroid[j] > 0)
      .sort((a, b) => centroid[b] - centroid[a] || a - b)
      .slice(0, topTerms);
    const terms = termIndices.map((j) => ({
      term: displayForm(model.vocabulary[j], surface),
      weight: round(centroid[j]),
    }));
    themes.push({
      index: c,
      label: terms
        .slice(0, 3)
        .map((t) => t.term)
        .join(', '),
      terms,
      passages: members.slice(0, topPassages).map((m) => ({ id: m.id, score: round(m.score) })),
      size: members.length,
    });
  }
  return themes.sort((a, b) => b.size - a.size || a.index - b.index);
}

/** For each stem, the word people used most often ("klachten" rather than "klacht" if that was said). */
function surfaceForms(wordCounts: Record<Language, Map<string, number>>): Map<string, string> {
  const best = new Map<string, { word: string; count: number }>();
  for (const [lang, counts] of Object.entries(wordCounts) as [Language, Map<string, number>][]) {
    for (const [word, count] of counts) {
      const key = `${lang}:${stem(word, lang)}`;
      const current = best.get(key);
      if (!current || count > current.count || (count === current.count && word < current.word))
        best.set(key, { word, count });
    }
  }
  return new Map([...best].map(([key, { word }]) => [key, word]));
}

function displayForm(term: string, surface: Map<string, string>): string {
  return surface.get(term) ?? term.slice(term.indexOf(':') + 1);
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

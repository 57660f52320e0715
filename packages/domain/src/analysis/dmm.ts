/**
 * Refines a clustering of short texts with the Dirichlet multinomial mixture (one topic per text;
 * Yin & Wang 2014, "GSDMM"), deterministically: instead of Gibbs sampling, each text in turn moves to
 * the cluster with the highest collapsed probability of its words given all other texts (hard EM,
 * as in the "iterated conditional modes" of GSDMM). Unlike cosine k-means on LSA vectors, it weighs
 * how often a cluster's texts use each word, which suits texts of a sentence or two.
 */
export type DmmOptions = {
  alpha?: number;
  beta?: number;
  sweeps?: number;
  /**
   * Each text's nearest neighbours (indices of other texts): a cluster gains `gamma` in log
   * probability for every neighbour it already holds, a Markov-random-field prior that keeps texts
   * close in meaning together when their words differ.
   */
  neighbours?: readonly Int32Array[];
  gamma?: number;
  /**
   * For a corpus mixing languages: the language (0, 1, 2) of each text, and which terms are shared
   * across languages (lexicon concepts, cognates). A cluster then has one word distribution per
   * language for the words of that language, and one for the shared terms (polylingual, as in Mimno
   * et al. 2009): a French text is weighed against the French words of a cluster, not against all of
   * its words, most of which may be Dutch.
   */
  languages?: Int32Array;
  shared?: Uint8Array;
};

/** A document as its distinct term ids in ascending order, with how often each occurs. */
export type CountedDocument = { terms: Int32Array; counts: Int32Array };

/**
 * Documents as term-id arrays over `vocabularySize` terms (or the same already counted); returns the
 * refined assignments and the fit of the last sweep (sum of each text's log probability in its
 * cluster, higher is better).
 */
export function refineByDmm(
  documents: readonly Int32Array[] | readonly CountedDocument[],
  vocabularySize: number,
  start: Int32Array,
  k: number,
  options: DmmOptions = {},
): { assignments: Int32Array; score: number } {
  const alpha = options.alpha ?? 0.1;
  const beta = options.beta ?? 0.1;
  const sweeps = options.sweeps ?? 8;
  const neighbours = options.neighbours?.length === documents.length ? options.neighbours : undefined;
  const gamma = options.gamma ?? 0;
  const assignments = Int32Array.from(start);
  const groups =
    options.languages?.length === documents.length && options.shared ? options.languages : undefined;
  const shared = options.shared;
  // Each document once as (term, count) pairs, with its length and how many of its words are its
  // language's own (not shared).
  let buffer = new Int32Array(64);
  const docs = (documents as readonly (Int32Array | CountedDocument)[]).map((doc) => {
    if (!(doc instanceof Int32Array)) {
      let length = 0;
      let own = 0;
      for (let j = 0; j < doc.terms.length; j++) {
        length += doc.counts[j];
        if (shared && !shared[doc.terms[j]]) own += doc.counts[j];
      }
      return { terms: doc.terms, counts: doc.counts, length, own };
    }
    if (buffer.length < doc.length) buffer = new Int32Array(doc.length);
    buffer.set(doc);
    const sorted = buffer.subarray(0, doc.length).sort();
    let distinct = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
    const terms = new Int32Array(distinct);
    const counts = new Int32Array(distinct);
    let at = -1;
    for (let i = 0; i < sorted.length; i++) {
      if (i === 0 || sorted[i] !== sorted[i - 1]) terms[++at] = sorted[i];
      counts[at]++;
    }
    let own = 0;
    if (shared) for (const t of doc) if (!shared[t]) own++;
    return { terms, counts, length: doc.length, own };
  });
  const groupCount = groups ? 3 : 0;
  // Per cluster and language, the words of that language; per cluster, the shared terms.
  const groupWords = new Float64Array(k * groupCount);
  const sharedWords = new Float64Array(k);
  const groupVocabulary = new Float64Array(groupCount);
  let sharedVocabulary = 0;
  if (groups && shared) {
    const seen = new Uint8Array(vocabularySize);
    docs.forEach((doc, d) => {
      for (const t of doc.terms) if (!shared[t]) seen[t] |= 1 << groups[d];
    });
    for (let t = 0; t < vocabularySize; t++) {
      if (shared[t]) sharedVocabulary++;
      for (let g = 0; g < groupCount; g++) if (seen[t] & (1 << g)) groupVocabulary[g]++;
    }
  }
  const docCount = new Float64Array(k);
  const wordCount = new Float64Array(k);
  const counts = new Int32Array(k * vocabularySize);
  const add = (d: number, sign: number) => {
    const z = assignments[d];
    const doc = docs[d];
    docCount[z] += sign;
    wordCount[z] += sign * doc.length;
    if (groups) {
      groupWords[z * groupCount + groups[d]] += sign * doc.own;
      sharedWords[z] += sign * (doc.length - doc.own);
    }
    for (let j = 0; j < doc.terms.length; j++)
      counts[z * vocabularySize + doc.terms[j]] += sign * doc.counts[j];
  };
  for (let d = 0; d < docs.length; d++) add(d, 1);
  const vBeta = vocabularySize * beta;
  // The logarithms of the scores looked up instead of computed again, each the very value
  // Math.log gives for the same sum: log(n + beta) for a term's count n in a cluster (table up to
  // the largest count a term can reach), and each run of denominators log(base + i) of a cluster.
  let largest = 0;
  const totals = new Int32Array(vocabularySize);
  for (const doc of docs)
    for (let j = 0; j < doc.terms.length; j++) {
      totals[doc.terms[j]] += doc.counts[j];
      largest = Math.max(largest, totals[doc.terms[j]]);
    }
  const logCount = new Float64Array(Math.min(largest, LOG_TABLE_MAX) + 1);
  for (let n = 0; n < logCount.length; n++) logCount[n] = Math.log(n + beta);
  const runs = new LogRuns(k * (groupCount + 1));
  let fit = 0;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let moved = 0;
    fit = 0;
    for (let d = 0; d < docs.length; d++) {
      const doc = docs[d];
      if (doc.length === 0) continue;
      add(d, -1);
      let best = assignments[d];
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let z = 0; z < k; z++) {
        let score = Math.log(docCount[z] + alpha);
        if (neighbours && gamma) for (const j of neighbours[d]) if (assignments[j] === z) score += gamma;
        const row = z * vocabularySize;
        for (let j = 0; j < doc.terms.length; j++) {
          const n = counts[row + doc.terms[j]];
          score += n < logCount.length ? logCount[n] : Math.log(n + beta);
          const base = n + beta;
          for (let c = 1; c < doc.counts[j]; c++) score += Math.log(base + c);
        }
        const slot = z * (groupCount + 1);
        if (groups) {
          const g = groups[d];
          const own = groupWords[z * groupCount + g];
          score = runs.subtract(score, slot + g, own + groupVocabulary[g] * beta, doc.own);
          score = runs.subtract(
            score,
            slot + groupCount,
            sharedWords[z] + sharedVocabulary * beta,
            doc.length - doc.own,
          );
        } else score = runs.subtract(score, slot, wordCount[z] + vBeta, doc.length);
        if (score > bestScore + 1e-12) {
          bestScore = score;
          best = z;
        }
      }
      fit += bestScore;
      if (best !== assignments[d]) moved++;
      assignments[d] = best;
      add(d, 1);
    }
    if (moved === 0) break;
  }
  return { assignments, score: fit };
}

/** The largest count whose log(n + beta) is kept in a table. */
const LOG_TABLE_MAX = 1 << 16;
/** Runs of denominators longer than this are computed each time. */
const LOG_RUN_MAX = 1024;

/**
 * Per slot (a cluster, or a cluster and language), the last two runs log(base + i), i = 0, 1, …: a
 * cluster's denominators only change when a text leaves or joins it, and taking a text out to score
 * it gives the second run (its cluster without it), so two per slot serve almost every text.
 */
class LogRuns {
  private readonly bases: Float64Array;
  private readonly filled: Int32Array;
  private readonly tables: Float64Array[];
  private readonly recent: Uint8Array;

  constructor(slots: number) {
    this.bases = new Float64Array(2 * slots).fill(Number.NaN);
    this.filled = new Int32Array(2 * slots);
    this.tables = Array.from({ length: 2 * slots }, () => new Float64Array(0));
    this.recent = new Uint8Array(slots);
  }

  /** score − Σ_{i < length} log(base + i), subtracted one by one as the loop it replaces did. */
  subtract(score: number, slot: number, base: number, length: number): number {
    let result = score;
    if (length > LOG_RUN_MAX) {
      for (let i = 0; i < length; i++) result -= Math.log(base + i);
      return result;
    }
    let way = 2 * slot;
    if (this.bases[way] !== base) {
      if (this.bases[way + 1] === base) way++;
      else {
        way += 1 - this.recent[slot];
        this.bases[way] = base;
        this.filled[way] = 0;
      }
    }
    this.recent[slot] = way - 2 * slot;
    let table = this.tables[way];
    if (this.filled[way] < length) {
      if (table.length < length) {
        const grown = new Float64Array(Math.min(LOG_RUN_MAX, Math.max(length, 2 * table.length)));
        grown.set(table.subarray(0, this.filled[way]));
        table = grown;
        this.tables[way] = grown;
      }
      for (let i = this.filled[way]; i < length; i++) table[i] = Math.log(base + i);
      this.filled[way] = length;
    }
    for (let i = 0; i < length; i++) result -= table[i];
    return result;
  }
}

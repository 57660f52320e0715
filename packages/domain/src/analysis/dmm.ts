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

/**
 * Documents as term-id arrays over `vocabularySize` terms; returns the refined assignments and the
 * fit of the last sweep (sum of each text's log probability in its cluster, higher is better).
 */
export function refineByDmm(
  documents: readonly Int32Array[],
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
  const groupCount = groups ? 3 : 0;
  // Per cluster and language, the words of that language; per cluster, the shared terms.
  const groupWords = new Float64Array(k * groupCount);
  const sharedWords = new Float64Array(k);
  const groupVocabulary = new Float64Array(groupCount);
  let sharedVocabulary = 0;
  if (groups && shared) {
    const seen = new Uint8Array(vocabularySize);
    documents.forEach((doc, d) => {
      for (const t of doc) if (!shared[t]) seen[t] |= 1 << groups[d];
    });
    for (let t = 0; t < vocabularySize; t++) {
      if (shared[t]) sharedVocabulary++;
      for (let g = 0; g < groupCount; g++) if (seen[t] & (1 << g)) groupVocabulary[g]++;
    }
  }
  const docCount = new Float64Array(k);
  const wordCount = new Float64Array(k);
  const counts = new Float64Array(k * vocabularySize);
  // Each document once as (term, count) pairs.
  let buffer = new Int32Array(64);
  const docs = documents.map((doc) => {
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
          const base = counts[row + doc.terms[j]] + beta;
          for (let c = 0; c < doc.counts[j]; c++) score += Math.log(base + c);
        }
        if (groups) {
          const g = groups[d];
          const own = groupWords[z * groupCount + g];
          for (let i = 0; i < doc.own; i++) score -= Math.log(own + groupVocabulary[g] * beta + i);
          for (let i = 0; i < doc.length - doc.own; i++)
            score -= Math.log(sharedWords[z] + sharedVocabulary * beta + i);
        } else for (let i = 0; i < doc.length; i++) score -= Math.log(wordCount[z] + vBeta + i);
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

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
  const docCount = new Float64Array(k);
  const wordCount = new Float64Array(k);
  const counts = new Float64Array(k * vocabularySize);
  // Each document once as (term, count) pairs.
  const docs = documents.map((doc) => {
    const byTerm = new Map<number, number>();
    for (const t of doc) byTerm.set(t, (byTerm.get(t) ?? 0) + 1);
    const terms = Int32Array.from([...byTerm.keys()].sort((a, b) => a - b));
    return { terms, counts: Int32Array.from(terms, (t) => byTerm.get(t) ?? 0), length: doc.length };
  });
  const add = (d: number, sign: number) => {
    const z = assignments[d];
    const doc = docs[d];
    docCount[z] += sign;
    wordCount[z] += sign * doc.length;
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
        for (let i = 0; i < doc.length; i++) score -= Math.log(wordCount[z] + vBeta + i);
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

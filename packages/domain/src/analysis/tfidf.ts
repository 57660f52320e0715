/** A sparse, L2-normalised vector: sorted term indices and their weights. */
export type SparseVector = { indices: Int32Array; values: Float64Array };

export type TfIdfOptions = {
  /** A term must occur in at least this many texts. */
  minDocumentFrequency?: number;
  /** Terms in more than this share of the texts say nothing about a theme. */
  maxDocumentShare?: number;
  /** Keep only the most widespread terms, to bound time and memory on large corpora. */
  maxFeatures?: number;
};

export type TfIdfModel = { vocabulary: string[]; idf: Float64Array; vectors: SparseVector[] };

/** Sublinear term frequency × smoothed inverse document frequency, each vector of length 1. */
export function buildTfIdf(documents: readonly string[][], options: TfIdfOptions = {}): TfIdfModel {
  const n = documents.length;
  const minDf = options.minDocumentFrequency ?? (n >= 20 ? 2 : 1);
  const maxDf = Math.max(minDf, Math.floor((options.maxDocumentShare ?? 0.5) * n));
  const maxFeatures = options.maxFeatures ?? 8000;

  const df = new Map<string, number>();
  for (const doc of documents) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);

  const kept = [...df.entries()]
    .filter(([, d]) => d >= minDf && (d <= maxDf || n < 4))
    // Most widespread first; ties by term so the vocabulary never depends on insertion order.
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, maxFeatures)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vocabulary = kept.map(([term]) => term);
  const index = new Map(vocabulary.map((term, i) => [term, i]));
  const idf = Float64Array.from(kept, ([, d]) => Math.log((1 + n) / (1 + d)) + 1);

  const vectors = documents.map((doc) => {
    const tf = new Map<number, number>();
    for (const term of doc) {
      const i = index.get(term);
      if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
    }
    const indices = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const values = Float64Array.from(indices, (i) => (1 + Math.log(tf.get(i) ?? 1)) * idf[i]);
    normalise(values);
    return { indices, values };
  });
  return { vocabulary, idf, vectors };
}

export function normalise(values: Float64Array): void {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i];
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < values.length; i++) values[i] /= norm;
}

export function dotDense(v: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < v.indices.length; j++) sum += v.values[j] * dense[v.indices[j]];
  return sum;
}

export function dotSparse(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const x = a.indices[i];
    const y = b.indices[j];
    if (x === y) sum += a.values[i++] * b.values[j++];
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** A sparse, L2-normalised vector: sorted term indices and their weights. */
export type SparseVector = { indices: Int32Array; values: Float64Array };

export type TfIdfOptions = {
  /** A term must occur in at least this many texts. */
  minDocumentFrequency?: number;
  /** Terms in more than this share of the texts say nothing about a theme. */
  maxDocumentShare?: number;
  /** Keep only the most widespread terms, to bound time and memory on large corpora. */
  maxFeatures?: number;
  /** A factor on a term's weight, by its name (1 when absent). */
  termWeight?: (term: string) => number;
};

export type TfIdfModel = {
  vocabulary: string[];
  idf: Float64Array;
  vectors: SparseVector[];
  /** How often each term of a vector (its `indices`) occurs in the document. */
  counts: Int32Array[];
};

/**
 * Sublinear term frequency × smoothed inverse document frequency, each vector of length 1.
 * Documents are given as term ids into `terms` (the names only serve the vocabulary).
 */
export function buildTfIdf(
  documents: readonly Int32Array[],
  terms: readonly string[],
  options: TfIdfOptions = {},
): TfIdfModel {
  const n = documents.length;
  const minDf = options.minDocumentFrequency ?? (n >= 20 ? 2 : 1);
  const maxDf = Math.max(minDf, Math.floor((options.maxDocumentShare ?? 0.5) * n));
  const maxFeatures = options.maxFeatures ?? 8000;

  const df = new Int32Array(terms.length);
  const lastSeen = new Int32Array(terms.length).fill(-1);
  documents.forEach((doc, d) => {
    for (const t of doc) {
      if (lastSeen[t] !== d) {
        lastSeen[t] = d;
        df[t]++;
      }
    }
  });
  const byName = (a: number, b: number) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0);
  const kept = Array.from({ length: terms.length }, (_, t) => t)
    .filter((t) => df[t] >= minDf && (df[t] <= maxDf || n < 4))
    // Most widespread first; ties by name so the vocabulary never depends on input order.
    .sort((a, b) => df[b] - df[a] || byName(a, b))
    .slice(0, maxFeatures)
    .sort(byName);
  const vocabulary = kept.map((t) => terms[t]);
  const index = new Int32Array(terms.length).fill(-1);
  kept.forEach((t, i) => {
    index[t] = i;
  });
  const idf = Float64Array.from(
    kept,
    (t) => (Math.log((1 + n) / (1 + df[t])) + 1) * (options.termWeight?.(terms[t]) ?? 1),
  );

  // Each document's kept term ids, sorted, then counted, into arrays shared by all documents (one
  // allocation instead of three per document, sized by counting first); the vectors are views of them.
  let total = 0;
  lastSeen.fill(-1);
  documents.forEach((doc, d) => {
    for (const t of doc) {
      if (index[t] >= 0 && lastSeen[t] !== d) {
        lastSeen[t] = d;
        total++;
      }
    }
  });
  let ids = new Int32Array(64);
  const offsets = new Int32Array(n + 1);
  const allIndices = new Int32Array(total);
  const allCounts = new Int32Array(total);
  let size = 0;
  documents.forEach((doc, d) => {
    if (ids.length < doc.length) ids = new Int32Array(doc.length);
    let length = 0;
    for (const t of doc) if (index[t] >= 0) ids[length++] = index[t];
    const sorted = ids.subarray(0, length).sort();
    for (let x = 0; x < length; x++) {
      if (x === 0 || sorted[x] !== sorted[x - 1]) {
        allIndices[size] = sorted[x];
        allCounts[size++] = 0;
      }
      allCounts[size - 1]++;
    }
    offsets[d + 1] = size;
  });
  const allValues = new Float64Array(size);
  const vectors: SparseVector[] = [];
  const counts: Int32Array[] = [];
  for (let d = 0; d < n; d++) {
    const indices = allIndices.subarray(offsets[d], offsets[d + 1]);
    const values = allValues.subarray(offsets[d], offsets[d + 1]);
    const tf = allCounts.subarray(offsets[d], offsets[d + 1]);
    for (let j = 0; j < indices.length; j++) values[j] = (1 + Math.log(tf[j])) * idf[indices[j]];
    normalise(values);
    vectors.push({ indices, values });
    counts.push(tf);
  }
  return { vocabulary, idf, vectors, counts };
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

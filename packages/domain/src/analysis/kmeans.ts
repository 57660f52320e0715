import { seededRandom } from './prng.ts';
import { dotDense, dotSparse, normalise, type SparseVector } from './tfidf.ts';

export type Clustering = {
  k: number;
  assignments: Int32Array;
  /** Unit-length centroids, one dense array over the vocabulary per cluster. */
  centroids: Float64Array[];
  /** Sum of cosine similarities to the own centroid (higher is tighter). */
  cohesion: number;
};

export type KMeansOptions = {
  seed?: number;
  maxIterations?: number;
  restarts?: number;
  /** Unit-length starting centroids (k of them): one run from there instead of k-means++ restarts. */
  initial?: readonly Float64Array[];
};

/**
 * Spherical k-means (cosine similarity) with k-means++ seeding from a fixed-seed PRNG: the same
 * vectors and options always give the same clusters. Of several restarts the most cohesive wins.
 */
export function sphericalKMeans(
  vectors: readonly SparseVector[],
  dimension: number,
  k: number,
  options: KMeansOptions = {},
): Clustering {
  const restarts = options.initial ? 1 : (options.restarts ?? 10);
  let best: Clustering | undefined;
  for (let r = 0; r < restarts; r++) {
    const result = runOnce(
      vectors,
      dimension,
      k,
      (options.seed ?? 42) + r * 7919,
      options.maxIterations ?? 30,
      options.initial,
    );
    if (!best || result.cohesion > best.cohesion) best = result;
  }
  return best as Clustering;
}

function runOnce(
  vectors: readonly SparseVector[],
  dimension: number,
  k: number,
  seed: number,
  maxIterations: number,
  initial?: readonly Float64Array[],
): Clustering {
  const n = vectors.length;
  const random = seededRandom(seed);
  const centroids = initial
    ? initial.map((c) => Float64Array.from(c))
    : seedPlusPlus(vectors, dimension, k, random);
  const assignments = new Int32Array(n).fill(-1);
  const similarity = new Float64Array(n);
  // Vectors with every index (those of the latent space): the same products without the indirection.
  const dense = vectors.every((v) => v.indices.length === dimension);
  let cohesion = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let changed = 0;
    cohesion = 0;
    for (let i = 0; i < n; i++) {
      let bestC = 0;
      let bestS = Number.NEGATIVE_INFINITY;
      const values = vectors[i].values;
      for (let c = 0; c < k; c++) {
        const s = dense ? dotValues(values, centroids[c]) : dotDense(vectors[i], centroids[c]);
        if (s > bestS) {
          bestS = s;
          bestC = c;
        }
      }
      if (assignments[i] !== bestC) changed++;
      assignments[i] = bestC;
      similarity[i] = bestS;
      cohesion += bestS;
    }
    if (changed === 0 && iteration > 0) break;
    recompute(vectors, assignments, similarity, centroids);
  }
  return { k, assignments, centroids, cohesion };
}

/** The dot product of a vector that has every index with a dense one (as dotDense sums it). */
function dotValues(values: Float64Array, dense: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < values.length; j++) sum += values[j] * dense[j];
  return sum;
}

function seedPlusPlus(
  vectors: readonly SparseVector[],
  dimension: number,
  k: number,
  random: () => number,
): Float64Array[] {
  const n = vectors.length;
  const centroids: Float64Array[] = [];
  const distance = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let next = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    const centroid = new Float64Array(dimension);
    const v = vectors[next];
    for (let j = 0; j < v.indices.length; j++) centroid[v.indices[j]] = v.values[j];
    centroids.push(centroid);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = Math.max(0, 1 - dotSparse(vectors[i], v));
      if (d < distance[i]) distance[i] = d;
      total += distance[i] * distance[i];
    }
    if (total === 0) break;
    let target = random() * total;
    next = n - 1;
    for (let i = 0; i < n; i++) {
      target -= distance[i] * distance[i];
      if (target <= 0) {
        next = i;
        break;
      }
    }
  }
  while (centroids.length < k) centroids.push(new Float64Array(dimension));
  return centroids;
}

/** Mean direction of each cluster; an emptied cluster restarts at the worst-served text. */
function recompute(
  vectors: readonly SparseVector[],
  assignments: Int32Array,
  similarity: Float64Array,
  centroids: Float64Array[],
): void {
  const sizes = new Int32Array(centroids.length);
  for (const c of centroids) c.fill(0);
  for (let i = 0; i < vectors.length; i++) {
    const c = centroids[assignments[i]];
    const v = vectors[i];
    sizes[assignments[i]]++;
    for (let j = 0; j < v.indices.length; j++) c[v.indices[j]] += v.values[j];
  }
  for (let c = 0; c < centroids.length; c++) {
    if (sizes[c] === 0) {
      let worst = 0;
      for (let i = 1; i < vectors.length; i++) if (similarity[i] < similarity[worst]) worst = i;
      similarity[worst] = Number.POSITIVE_INFINITY;
      const v = vectors[worst];
      for (let j = 0; j < v.indices.length; j++) centroids[c][v.indices[j]] = v.values[j];
    }
    normalise(centroids[c]);
  }
}

/** Mean silhouette with cosine distance over the given texts (all of them when few). */
export function silhouette(
  vectors: readonly SparseVector[],
  assignments: Int32Array,
  k: number,
  sample: readonly number[],
): number {
  if (k < 2) return 0;
  let total = 0;
  let counted = 0;
  const sums = new Float64Array(k);
  const counts = new Int32Array(k);
  for (const i of sample) {
    sums.fill(0);
    counts.fill(0);
    for (const j of sample) {
      if (i === j) continue;
      sums[assignments[j]] += 1 - dotSparse(vectors[i], vectors[j]);
      counts[assignments[j]]++;
    }
    const own = assignments[i];
    if (counts[own] === 0) continue;
    const a = sums[own] / counts[own];
    let b = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) if (c !== own && counts[c] > 0) b = Math.min(b, sums[c] / counts[c]);
    if (!Number.isFinite(b)) continue;
    total += (b - a) / Math.max(a, b);
    counted++;
  }
  return counted ? total / counted : 0;
}

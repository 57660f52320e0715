import { seededRandom } from './prng.ts';
import { tokenize } from './text.ts';

/**
 * The plain baseline the theme engine is measured against: Euclidean k-means (k-means++ seeding)
 * on raw term counts, without stop words, stemming or weighting.
 */
export function baselineKMeans(
  texts: readonly string[],
  k: number,
  seed = 20171206,
  maxIterations = 30,
): number[] {
  const vocabulary = new Map<string, number>();
  const docs = texts.map((text) => {
    const counts = new Map<number, number>();
    for (const word of tokenize(text)) {
      let i = vocabulary.get(word);
      if (i === undefined) {
        i = vocabulary.size;
        vocabulary.set(word, i);
      }
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const indices = [...counts.keys()];
    const values = indices.map((i) => counts.get(i) ?? 0);
    return { indices, values, norm2: values.reduce((s, v) => s + v * v, 0) };
  });
  const n = docs.length;
  const dim = vocabulary.size;
  const random = seededRandom(seed);
  const centroids: Float64Array[] = [];
  const norms: number[] = [];
  const distance = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const dist = (i: number, c: number) => {
    const d = docs[i];
    let dot = 0;
    for (let j = 0; j < d.indices.length; j++) dot += d.values[j] * centroids[c][d.indices[j]];
    return Math.max(0, d.norm2 - 2 * dot + norms[c]);
  };
  let next = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    const centroid = new Float64Array(dim);
    docs[next].indices.forEach((i, j) => {
      centroid[i] = docs[next].values[j];
    });
    centroids.push(centroid);
    norms.push(docs[next].norm2);
    let total = 0;
    for (let i = 0; i < n; i++) {
      distance[i] = Math.min(distance[i], dist(i, c));
      total += distance[i];
    }
    let target = random() * total;
    next = n - 1;
    for (let i = 0; i < n; i++) {
      target -= distance[i];
      if (target <= 0) {
        next = i;
        break;
      }
    }
  }
  const assignments = new Array<number>(n).fill(-1);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestD = Number.POSITIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const d = dist(i, c);
        if (d < bestD) [best, bestD] = [c, d];
      }
      if (assignments[i] !== best) changed++;
      assignments[i] = best;
    }
    if (changed === 0) break;
    const sizes = new Array<number>(k).fill(0);
    for (const c of centroids) c.fill(0);
    for (let i = 0; i < n; i++) {
      sizes[assignments[i]]++;
      const d = docs[i];
      for (let j = 0; j < d.indices.length; j++) centroids[assignments[i]][d.indices[j]] += d.values[j];
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] > 0) for (let j = 0; j < dim; j++) centroids[c][j] /= sizes[c];
      norms[c] = centroids[c].reduce((s, v) => s + v * v, 0);
    }
  }
  return assignments;
}

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

/**
 * The baseline the issue measures against: scikit-learn's default `TfidfVectorizer` (lower case,
 * words of two or more letters or digits, no stop words, smoothed idf, sublinear tf off, rows of
 * length 1) and `NMF` with k components (Frobenius loss, multiplicative updates, 200 iterations,
 * scaled random initialisation from a fixed seed); each text goes to its strongest component.
 */
export function baselineTfIdfNmf(
  texts: readonly string[],
  k: number,
  seed = 20171206,
  iterations = 200,
): number[] {
  const vocabulary = new Map<string, number>();
  const rows = texts.map((text) => {
    const counts = new Map<number, number>();
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? []) {
      let i = vocabulary.get(word);
      if (i === undefined) {
        i = vocabulary.size;
        vocabulary.set(word, i);
      }
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    return counts;
  });
  const n = texts.length;
  const d = vocabulary.size;
  const df = new Float64Array(d);
  for (const r of rows) for (const t of r.keys()) df[t]++;
  const idf = Float64Array.from(df, (f) => Math.log((1 + n) / (1 + f)) + 1);
  const x = rows.map((r) => {
    const indices = Int32Array.from([...r.keys()].sort((a, b) => a - b));
    const values = Float64Array.from(indices, (t) => (r.get(t) ?? 0) * idf[t]);
    let norm = 0;
    for (const v of values) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < values.length; j++) values[j] /= norm;
    return { indices, values };
  });
  let mean = 0;
  for (const r of x) for (const v of r.values) mean += v;
  mean /= Math.max(1, n * d);
  const scale = Math.sqrt(mean / k);
  const random = seededRandom(seed);
  const gaussian = () =>
    Math.abs(Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random()));
  const w = Float64Array.from({ length: n * k }, () => scale * gaussian()); // n × k
  const h = Float64Array.from({ length: k * d }, () => scale * gaussian()); // k × d
  const eps = 1e-10;
  for (let it = 0; it < iterations; it++) {
    // H ← H ∘ (Wᵀ X) / (Wᵀ W H)
    const wtx = new Float64Array(k * d);
    for (let i = 0; i < n; i++) {
      const r = x[i];
      for (let j = 0; j < r.indices.length; j++) {
        const t = r.indices[j];
        const v = r.values[j];
        for (let c = 0; c < k; c++) wtx[c * d + t] += w[i * k + c] * v;
      }
    }
    const wtw = new Float64Array(k * k);
    for (let i = 0; i < n; i++)
      for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) wtw[a * k + b] += w[i * k + a] * w[i * k + b];
    for (let a = 0; a < k; a++) {
      for (let t = 0; t < d; t++) {
        let denominator = 0;
        for (let b = 0; b < k; b++) denominator += wtw[a * k + b] * h[b * d + t];
        h[a * d + t] *= wtx[a * d + t] / (denominator + eps);
      }
    }
    // W ← W ∘ (X Hᵀ) / (W H Hᵀ)
    const hht = new Float64Array(k * k);
    for (let a = 0; a < k; a++)
      for (let b = a; b < k; b++) {
        let s = 0;
        for (let t = 0; t < d; t++) s += h[a * d + t] * h[b * d + t];
        hht[a * k + b] = s;
        hht[b * k + a] = s;
      }
    for (let i = 0; i < n; i++) {
      const r = x[i];
      for (let a = 0; a < k; a++) {
        let numerator = 0;
        for (let j = 0; j < r.indices.length; j++) numerator += r.values[j] * h[a * d + r.indices[j]];
        let denominator = 0;
        for (let b = 0; b < k; b++) denominator += w[i * k + b] * hht[b * k + a];
        w[i * k + a] *= numerator / (denominator + eps);
      }
    }
  }
  return Array.from({ length: n }, (_, i) => {
    let best = 0;
    for (let c = 1; c < k; c++) if (w[i * k + c] > w[i * k + best]) best = c;
    return best;
  });
}

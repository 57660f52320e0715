import { seededRandom } from './prng.ts';
import { normalise, type SparseVector } from './tfidf.ts';

/**
 * Latent semantic analysis: projects TF-IDF vectors onto their strongest `components` directions
 * (randomised truncated SVD with power iterations, Halko et al. 2011) and normalises each row.
 * Short texts that share no word but share context land close together. Deterministic per seed.
 */
export function reduceDimensions(
  vectors: readonly SparseVector[],
  dimension: number,
  components: number,
  seed = 7,
  powerIterations = 2,
  fitSample = LSA_FIT_SAMPLE,
): SparseVector[] {
  const fit = sampleOf(vectors, fitSample, seed);
  const n = fit.length;
  const r = Math.min(components + 10, n, dimension);
  if (r < 2) return vectors.slice();
  const random = seededRandom(seed);
  const gaussian = () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  // Y = X Ω (n × r), row-major. Three arrays serve all the steps (memory at 10,000 passages): Ω's
  // array then holds Z = Xᵀ Q and at last Bᵀ, and one scratch array serves Gram-Schmidt.
  const omega = new Float64Array(dimension * r);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian();
  const scratch = new Float64Array(Math.max(n, dimension) * r);
  const y = multiplyX(fit, omega, r, n, new Float64Array(n * r));
  const z = omega;
  for (let p = 0; p < powerIterations; p++) {
    orthonormalise(y, n, r, scratch);
    multiplyXt(fit, y, r, dimension, z);
    orthonormalise(z, dimension, r, scratch);
    multiplyX(fit, z, r, n, y);
  }
  orthonormalise(y, n, r, scratch);
  // B = Qᵀ X (r × d); the eigenvectors U of B Bᵀ give the right singular vectors V = Bᵀ U Λ^-½.
  const b = multiplyXt(fit, y, r, dimension, z); // d × r, i.e. Bᵀ
  const gram = new Float64Array(r * r);
  for (let i = 0; i < dimension; i++) {
    const row = i * r;
    for (let a = 0; a < r; a++) {
      const va = b[row + a];
      if (va === 0) continue;
      for (let c = a; c < r; c++) gram[a * r + c] += va * b[row + c];
    }
  }
  for (let a = 0; a < r; a++) for (let c = 0; c < a; c++) gram[a * r + c] = gram[c * r + a];
  const { values, vectors: eig } = symmetricEigen(gram, r);
  const keep = Array.from({ length: r }, (_, i) => i)
    .sort((i, j) => values[j] - values[i] || i - j)
    .slice(0, Math.min(components, r))
    .filter((e) => values[e] > 1e-12);
  const c = keep.length;
  const projection = new Float64Array(dimension * c); // V, d × c
  // The kept eigenvectors as contiguous rows (the same products, summed in the same order).
  const kept = new Float64Array(c * r);
  for (let e = 0; e < c; e++) for (let a = 0; a < r; a++) kept[e * r + a] = eig[a * r + keep[e]];
  const scale = Float64Array.from(keep, (e) => Math.sqrt(values[e]));
  for (let i = 0; i < dimension; i++) {
    const row = i * r;
    for (let e = 0; e < c; e++) {
      const vector = e * r;
      let s = 0;
      for (let a = 0; a < r; a++) s += b[row + a] * kept[vector + a];
      projection[i * c + e] = s / scale[e];
    }
  }
  // Every text, sampled or not, is projected the same way: x V, then normalised.
  const embedded = multiplyX(vectors, projection, c, vectors.length);
  // Each text's row, normalised, as a view of the one array (no allocation per text).
  const indices = Int32Array.from({ length: c }, (_, i) => i);
  return vectors.map((_, row) => {
    const out = embedded.subarray(row * c, (row + 1) * c);
    normalise(out);
    return { indices, values: out };
  });
}

/** The SVD is fitted on at most this many texts; the rest are projected onto the same directions. */
export const LSA_FIT_SAMPLE = 2000;

function sampleOf(vectors: readonly SparseVector[], size: number, seed: number): SparseVector[] {
  if (vectors.length <= size) return vectors.slice();
  const random = seededRandom(seed ^ 0x5bd1e995);
  const order = Array.from({ length: vectors.length }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (order.length - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order
    .slice(0, size)
    .sort((a, b) => a - b)
    .map((i) => vectors[i]);
}

/** X M into `out` (n × r), which is overwritten. */
function multiplyX(
  vectors: readonly SparseVector[],
  m: Float64Array,
  r: number,
  n: number,
  out: Float64Array = new Float64Array(n * r),
): Float64Array {
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const v = vectors[i];
    const row = i * r;
    for (let j = 0; j < v.indices.length; j++) {
      const w = v.values[j];
      const src = v.indices[j] * r;
      for (let a = 0; a < r; a++) out[row + a] += w * m[src + a];
    }
  }
  return out;
}

/** Xᵀ M into `out` (dimension × r), which is overwritten. */
function multiplyXt(
  vectors: readonly SparseVector[],
  m: Float64Array,
  r: number,
  dimension: number,
  out: Float64Array = new Float64Array(dimension * r),
): Float64Array {
  out.fill(0);
  for (let i = 0; i < vectors.length; i++) {
    const v = vectors[i];
    const row = i * r;
    for (let j = 0; j < v.indices.length; j++) {
      const w = v.values[j];
      const dst = v.indices[j] * r;
      for (let a = 0; a < r; a++) out[dst + a] += w * m[row + a];
    }
  }
  return out;
}

/**
 * Modified Gram-Schmidt on the r columns of a row-major rows × r matrix, worked on a column-major
 * copy (each column contiguous in memory; the same operations in the same order).
 */
function orthonormalise(
  m: Float64Array,
  rows: number,
  r: number,
  scratch = new Float64Array(rows * r),
): void {
  const columns = scratch;
  for (let i = 0; i < rows; i++) for (let a = 0; a < r; a++) columns[a * rows + i] = m[i * r + a];
  for (let a = 0; a < r; a++) {
    const x = columns.subarray(a * rows, (a + 1) * rows);
    for (let c = 0; c < a; c++) {
      const y = columns.subarray(c * rows, (c + 1) * rows);
      let dot = 0;
      for (let i = 0; i < rows; i++) dot += x[i] * y[i];
      for (let i = 0; i < rows; i++) x[i] -= dot * y[i];
    }
    let norm = 0;
    for (let i = 0; i < rows; i++) norm += x[i] * x[i];
    norm = Math.sqrt(norm);
    for (let i = 0; i < rows; i++) x[i] = norm > 1e-12 ? x[i] / norm : 0;
  }
  for (let i = 0; i < rows; i++) for (let a = 0; a < r; a++) m[i * r + a] = columns[a * rows + i];
}

/** Cyclic Jacobi eigen-decomposition of a small symmetric matrix (row-major r × r). */
function symmetricEigen(input: Float64Array, r: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(r * r);
  for (let i = 0; i < r; i++) v[i * r + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < r; p++) for (let q = p + 1; q < r; q++) off += a[p * r + q] * a[p * r + q];
    if (off < 1e-18) break;
    for (let p = 0; p < r; p++) {
      for (let q = p + 1; q < r; q++) {
        const apq = a[p * r + q];
        if (Math.abs(apq) < 1e-15) continue;
        const theta = (a[q * r + q] - a[p * r + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < r; k++) {
          const akp = a[k * r + p];
          const akq = a[k * r + q];
          a[k * r + p] = c * akp - s * akq;
          a[k * r + q] = s * akp + c * akq;
        }
        for (let k = 0; k < r; k++) {
          const apk = a[p * r + k];
          const aqk = a[q * r + k];
          a[p * r + k] = c * apk - s * aqk;
          a[q * r + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < r; k++) {
          const vkp = v[k * r + p];
          const vkq = v[k * r + q];
          v[k * r + p] = c * vkp - s * vkq;
          v[k * r + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: r }, (_, i) => a[i * r + i]), vectors: v };
}

/**
 * Word vectors shared by Dutch, French and English: GloVe's English vectors (Pennington et al. 2014),
 * with each Dutch and French word linked to the English words of its wordnet senses, so a Dutch, a
 * French and an English word of one meaning have nearly one vector. The theme engine adds a passage's
 * mean word vector to the space it clusters in: "hond", "kat" and "paard" share no letter but lie close
 * together. Built offline by `bench/themes/build-word-vectors.ts` into `vectors/word-vectors.bin`
 * (sources and licences in `vectors/README.md`); nothing is fetched from elsewhere at run time. The
 * caller reads the file (Node: fs; the browser: the asset Brug serves) and hands its bytes to
 * `parseWordVectors`.
 *
 * Layout, little-endian: "BRWV", version (u8), dimensions (u8), English rows (u32); the English words
 * (u32 byte length, UTF-8, one a line, in GloVe's order of frequency); the rows (int8, dimensions
 * each) and each row's scale (f32); then for Dutch and French: keys (u32 count, u32 byte length,
 * UTF-8, one a line: a Snowball stem, or "=word" for a word whose senses are not its stem's, as
 * "logement" under the stem "log" of "loger") and per key WORD_VECTOR_LINKS English rows (u16, 0xffff
 * for none) with their weights (u8).
 */
import type { Language } from '../roles.ts';

export const WORD_VECTOR_LINKS = 4;
const NONE = 0xffff;
const MAGIC = 'BRWV';

export type LinkedLanguage = 'nl' | 'fr';
export type WordVectors = {
  dims: number;
  /** English word → row. */
  english: Map<string, number>;
  rows: Int8Array;
  scales: Float32Array;
  /** Per Dutch or French stem (the engine's Snowball stem) or "=word": its English rows and weights. */
  stems: Record<LinkedLanguage, Map<string, number>>;
  links: Record<LinkedLanguage, { rows: Uint16Array; weights: Uint8Array }>;
};

export type WordVectorSource = {
  dims: number;
  english: { word: string; vector: ArrayLike<number> }[];
  links: Record<LinkedLanguage, { stem: string; english: { row: number; weight: number }[] }[]>;
};

/** The bytes of a word-vector file (the build script's side). */
export function encodeWordVectors(source: WordVectorSource): Uint8Array {
  const text = new TextEncoder();
  const parts: Uint8Array[] = [];
  const u32 = (n: number) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n, true);
    parts.push(b);
  };
  const lines = (words: string[]) => {
    const bytes = text.encode(words.join('\n'));
    u32(bytes.length);
    parts.push(bytes);
  };
  if (source.english.length > NONE) throw new Error('at most 65,535 English rows');
  parts.push(text.encode(MAGIC), Uint8Array.of(1, source.dims));
  u32(source.english.length);
  lines(source.english.map((e) => e.word));
  const rows = new Int8Array(source.english.length * source.dims);
  const scales = new Float32Array(source.english.length);
  source.english.forEach((e, r) => {
    let max = 0;
    for (let j = 0; j < source.dims; j++) max = Math.max(max, Math.abs(e.vector[j]));
    const scale = max / 127 || 1;
    scales[r] = scale;
    for (let j = 0; j < source.dims; j++) rows[r * source.dims + j] = Math.round(e.vector[j] / scale);
  });
  parts.push(new Uint8Array(rows.buffer), new Uint8Array(scales.buffer));
  for (const language of ['nl', 'fr'] as const) {
    const entries = source.links[language];
    u32(entries.length);
    lines(entries.map((e) => e.stem));
    const linkRows = new Uint16Array(entries.length * WORD_VECTOR_LINKS).fill(NONE);
    const weights = new Uint8Array(entries.length * WORD_VECTOR_LINKS);
    entries.forEach((e, i) => {
      const top = Math.max(...e.english.map((x) => x.weight));
      e.english.slice(0, WORD_VECTOR_LINKS).forEach((x, j) => {
        linkRows[i * WORD_VECTOR_LINKS + j] = x.row;
        weights[i * WORD_VECTOR_LINKS + j] = Math.max(1, Math.round((255 * x.weight) / top));
      });
    });
    parts.push(new Uint8Array(linkRows.buffer), weights);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Reads a word-vector file; throws on anything that is not one. */
export function parseWordVectors(bytes: Uint8Array): WordVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const take = (n: number) => {
    if (at + n > bytes.length) throw new Error('word vectors: file cut short');
    const out = new Uint8Array(bytes.subarray(at, at + n)); // a copy with its own, aligned buffer
    at += n;
    return out;
  };
  const u32 = () => {
    const n = view.getUint32(at, true);
    at += 4;
    return n;
  };
  const lines = () => {
    const n = u32();
    const s = text.decode(take(n));
    return s ? s.split('\n') : [];
  };
  if (text.decode(take(4)) !== MAGIC || take(1)[0] !== 1) throw new Error('word vectors: not a BRWV v1 file');
  const dims = take(1)[0];
  const count = u32();
  const words = lines();
  if (words.length !== count) throw new Error('word vectors: English words do not match their rows');
  const rows = new Int8Array(take(count * dims).buffer);
  const scales = new Float32Array(take(count * 4).buffer);
  const stems = {} as WordVectors['stems'];
  const links = {} as WordVectors['links'];
  for (const language of ['nl', 'fr'] as const) {
    const n = u32();
    const list = lines();
    if (list.length !== n) throw new Error(`word vectors: ${language} stems do not match their links`);
    stems[language] = new Map(list.map((s, i) => [s, i]));
    links[language] = {
      rows: new Uint16Array(take(n * WORD_VECTOR_LINKS * 2).buffer),
      weights: take(n * WORD_VECTOR_LINKS),
    };
  }
  return { dims, english: new Map(words.map((w, i) => [w, i])), rows, scales, stems, links };
}

/** Adds `weight` × an English row to `into`. */
export function addEnglishRow(vectors: WordVectors, row: number, weight: number, into: Float64Array): void {
  const { dims, rows } = vectors;
  const f = weight * vectors.scales[row];
  for (let j = 0, o = row * dims; j < dims; j++) into[j] += f * rows[o + j];
}

/**
 * The vector of a Dutch or French stem (the weighted mean of its linked English rows), added to
 * `into` with `weight`; false if the stem has none.
 */
export function addLinkedStem(
  vectors: WordVectors,
  language: LinkedLanguage,
  stemmed: string,
  weight: number,
  into: Float64Array,
): boolean {
  const entry = vectors.stems[language].get(stemmed);
  if (entry === undefined) return false;
  const { rows, weights } = vectors.links[language];
  let total = 0;
  for (let j = 0; j < WORD_VECTOR_LINKS; j++)
    if (rows[entry * WORD_VECTOR_LINKS + j] !== NONE) total += weights[entry * WORD_VECTOR_LINKS + j];
  for (let j = 0; j < WORD_VECTOR_LINKS; j++) {
    const row = rows[entry * WORD_VECTOR_LINKS + j];
    if (row !== NONE)
      addEnglishRow(vectors, row, (weight * weights[entry * WORD_VECTOR_LINKS + j]) / total, into);
  }
  return true;
}

export const isLinkedLanguage = (l: Language): l is LinkedLanguage => l === 'nl' || l === 'fr';

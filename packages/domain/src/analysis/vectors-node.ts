/**
 * Node only (benchmarks, tests, the demo's seed): the shipped word vectors, read from disk. The file
 * is found through the package's export, so this works from the sources and from a bundle.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseWordVectors, type WordVectors } from './vectors.ts';

/** Where the word-vector file is (`@brug/domain/word-vectors.bin`). */
export const WORD_VECTORS_FILE = createRequire(import.meta.url).resolve('@brug/domain/word-vectors.bin');

/** The word vectors read and parsed now (a browser's first run pays this too). */
export function readWordVectors(): WordVectors {
  return parseWordVectors(readFileSync(WORD_VECTORS_FILE));
}

let loaded: WordVectors | null = null;
/** The word vectors, read once per process. */
export function loadWordVectors(): WordVectors {
  loaded ??= readWordVectors();
  return loaded;
}

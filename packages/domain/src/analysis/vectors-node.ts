/**
 * Node only (benchmarks, tests, the demo's seed): the shipped word vectors, read once from disk. The
 * file is found through the package's export, so this works from the sources and from a bundle.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseWordVectors, type WordVectors } from './vectors.ts';

let loaded: WordVectors | null = null;
export function loadWordVectors(): WordVectors {
  loaded ??= parseWordVectors(
    readFileSync(createRequire(import.meta.url).resolve('@brug/domain/word-vectors.bin')),
  );
  return loaded;
}

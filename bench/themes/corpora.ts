/**
 * Evaluation corpora for the theme engine, built at run time from the `emojibase-data` npm package
 * (MIT; its texts are the Unicode CLDR annotations, Unicode licence): for every emoji, the name and
 * keywords that CLDR's Dutch, French and English contributors wrote, with the emoji's subgroup
 * ("animal-mammal", "food-fruit", "transport-ground", "medical", …) as its known topic. Nothing here
 * was written by the project. Emoji alternate between two folds by their order: fold A only serves to
 * build the bilingual lexicon the engine is measured with (the shipped lexicon comes from all of them),
 * fold B is what is clustered, so no passage measured was seen by the lexicon; in the cross-validated
 * protocol (quality.ts) the roles are also swapped: fold A clustered with a lexicon from fold B.
 */
import { createRequire } from 'node:module';
import type { Language } from '../../packages/domain/src/roles.ts';

const require = createRequire(import.meta.url);

type Emoji = {
  label: string;
  hexcode: string;
  tags?: string[];
  group?: number;
  subgroup?: number;
  order?: number;
};

export type LabelledText = { id: string; text: string; label: string; language: Language };

const LEFT_OUT = new Set([
  'country-flag',
  'subdivision-flag',
  'skin-tone',
  'hair-style',
  'keycap',
  'alphanum',
]);
/** Topics with fewer emoji than this in the measured fold are left out (too small to be a theme). */
const MIN_TOPIC = 6;

function load(language: Language): Map<string, Emoji> {
  const data = require(`emojibase-data/${language}/data.json`) as Emoji[];
  return new Map(data.map((e) => [e.hexcode, e]));
}

function subgroups(): Record<string, string> {
  return (require('emojibase-data/meta/groups.json') as { subgroups: Record<string, string> }).subgroups;
}

export const emojibaseVersion = (require('emojibase-data/package.json') as { version: string }).version;

export function textOf(e: Emoji): string {
  return `${e.label}: ${(e.tags ?? []).join(', ')}.`;
}

/** The entries of one fold, in every language, aligned by emoji. */
export function fold(which: Fold): { hexcode: string; topic: string; texts: Record<Language, string> }[] {
  const names = subgroups();
  const by = { nl: load('nl'), fr: load('fr'), en: load('en') };
  const out: { hexcode: string; topic: string; texts: Record<Language, string> }[] = [];
  for (const [hexcode, en] of by.en) {
    const nl = by.nl.get(hexcode);
    const fr = by.fr.get(hexcode);
    if (!nl || !fr || en.subgroup === undefined || en.order === undefined) continue;
    const topic = names[String(en.subgroup)];
    if (!topic || LEFT_OUT.has(topic)) continue;
    if ((en.order % 2 === 0) !== (which === 'A')) continue;
    out.push({ hexcode, topic, texts: { nl: textOf(nl), fr: textOf(fr), en: textOf(en) } });
  }
  return out.sort((a, b) => a.hexcode.localeCompare(b.hexcode));
}

export type Fold = 'A' | 'B';
export const otherFold = (f: Fold): Fold => (f === 'A' ? 'B' : 'A');

/**
 * Parallel entries of one fold, for building the lexicon a measurement uses: the lexicon comes from
 * the fold that is not clustered (by default A, when B is measured).
 */
export function lexiconEntries(which: Fold = 'A'): Record<Language, string>[] {
  return fold(which).map((e) => e.texts);
}

function measured(which: Fold) {
  const entries = fold(which);
  const sizes = new Map<string, number>();
  for (const e of entries) sizes.set(e.topic, (sizes.get(e.topic) ?? 0) + 1);
  return entries.filter((e) => (sizes.get(e.topic) ?? 0) >= MIN_TOPIC);
}

/** One fold (by default B) in one language. */
export function corpus(language: Language, which: Fold = 'B'): LabelledText[] {
  return measured(which).map((e) => ({
    id: `${language}-${e.hexcode}`,
    text: e.texts[language],
    label: e.topic,
    language,
  }));
}

/** One fold (by default B) with every other emoji of each topic in Dutch and the rest in French. */
export function mixedCorpus(which: Fold = 'B'): LabelledText[] {
  const seen = new Map<string, number>();
  return measured(which).map((e) => {
    const i = seen.get(e.topic) ?? 0;
    seen.set(e.topic, i + 1);
    const language: Language = i % 2 === 0 ? 'nl' : 'fr';
    return { id: `${language}-${e.hexcode}`, text: e.texts[language], label: e.topic, language };
  });
}

import { type CodeTranslations, STARTER_CODES } from '@brug/domain/analysis/schemas';
import type { Language } from '@brug/domain/roles';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

const normal = (s: string) => s.trim().toLocaleLowerCase();

/** Every language's name of each starter code, to recognise one whatever language it was made in. */
const KNOWN = new Map<string, string>();
for (const c of STARTER_CODES) {
  KNOWN.set(normal(c.name), c.key);
  for (const texts of [nl, fr, en])
    KNOWN.set(normal((texts.starter as Record<string, string>)[c.key]), c.key);
}

/** The starter code a name is, in any of its languages (undefined for a code of the bureau's own). */
export function starterKeyOf(name: string): string | undefined {
  return KNOWN.get(normal(name));
}

/**
 * A code's name in the reader's language where Brug has a translation (the starter codebook), else the
 * name as the bureau wrote it.
 */
export function readerCodeName(name: string, t: (key: string) => string): string {
  const key = starterKeyOf(name);
  return key ? t(`starter.${key}`) : name;
}

/**
 * A code's name for the reader: the bureau's translation into the reader's language (kept sealed
 * beside the name, as a finding keeps its statement's), else the starter codebook's own words, else
 * the name as written — which a page can then mark as the original.
 */
export function nameForReader(
  original: string,
  translations: CodeTranslations,
  lang: Language,
  t: (key: string) => string,
): { name: string; inReaderLanguage: boolean } {
  const translated = translations[lang];
  if (translated) return { name: translated, inReaderLanguage: true };
  if (starterKeyOf(original)) return { name: readerCodeName(original, t), inReaderLanguage: true };
  return { name: original, inReaderLanguage: false };
}

import { LANGUAGES, type Language } from '../roles.ts';

/**
 * A code's names in nl, fr and en travel in its `<Description>`, the one free-text field QDA-XML 1.0
 * gives a code (Project-mrt2019.xsd allows no extension elements or attributes, so anything else
 * would not validate). They follow the description as a block other tools show as plain text and
 * keep when they write the code back:
 *
 *     What the code is about.
 *
 *     [Brug: code name translations]
 *     nl: Verbeterpunt
 *     fr: Point d'amélioration
 *     en: Improvement point
 *
 * Reading takes the block off the description again. A block with any other line is left as text.
 */
export const TRANSLATIONS_HEADER = '[Brug: code name translations]';

export type NameTranslations = Partial<Record<Language, string>>;

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** The description as written to the file: the code's own text, then its names per language. */
export function describeWithTranslations(description: string, translations: NameTranslations = {}): string {
  const lines = LANGUAGES.flatMap((lang) => {
    const name = oneLine(translations[lang] ?? '');
    return name ? [`${lang}: ${name}`] : [];
  });
  if (!lines.length) return description;
  const block = [TRANSLATIONS_HEADER, ...lines].join('\n');
  return description.trim() ? `${description.trimEnd()}\n\n${block}` : block;
}

/** The description as read from a file, without the block, and the names the block gave. */
export function splitTranslations(
  text: string,
  maxLength: number,
): { description: string; translations: NameTranslations } {
  const normalised = text.replace(/\r\n?/g, '\n');
  const at = normalised.lastIndexOf(TRANSLATIONS_HEADER);
  if (at < 0 || (at > 0 && normalised[at - 1] !== '\n')) return { description: text, translations: {} };
  const lines = normalised
    .slice(at + TRANSLATIONS_HEADER.length)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const translations: NameTranslations = {};
  for (const line of lines) {
    const m = /^(nl|fr|en):\s*(.+)$/.exec(line);
    if (!m) return { description: text, translations: {} };
    translations[m[1] as Language] = m[2].trim().slice(0, maxLength);
  }
  return { description: normalised.slice(0, at).trim(), translations };
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The fonts every PDF embeds (subset to the letters used), both under the SIL Open Font License 1.1:
 *
 * - Noto Sans (`@embedpdf/fonts-latin`) for Latin, Greek and Cyrillic: Turkish ı/ş/ğ, Polish ł/ź, €.
 *   The standard PDF fonts (Helvetica) are not embedded and only know Windows-1252, which garbled them.
 * - Vazirmatn (`vazirmatn`) for Arabic: a glyph for every letter form, so a reader that copies or
 *   reads the text aloud gets the letters back. Noto Sans Arabic builds dotted letters from a base
 *   glyph and a dot, and readers then extract other letters.
 */
const LATIN_DIR = path.join(path.dirname(require.resolve('@embedpdf/fonts-latin')), '..', 'fonts');
const ARABIC_DIR = path.join(path.dirname(require.resolve('vazirmatn/package.json')), 'fonts', 'ttf');

export const FONT_FILES = {
  Sans: path.join(LATIN_DIR, 'NotoSans-Regular.ttf'),
  'Sans-Bold': path.join(LATIN_DIR, 'NotoSans-Bold.ttf'),
  Arabic: path.join(ARABIC_DIR, 'Vazirmatn-Regular.ttf'),
  'Arabic-Bold': path.join(ARABIC_DIR, 'Vazirmatn-Bold.ttf'),
} as const;

export type FontName = keyof typeof FONT_FILES;

/** A font file's bytes, or the font fontkit parsed from them (pdfkit takes either). */
export type FontSource = Buffer | { layout: (...args: never[]) => unknown };

let loaded: Map<FontName, FontSource> | undefined;

/**
 * The fonts, read from disk once. After a document used one, the font fontkit parsed takes the
 * file's place (`keepParsedFont`): later documents skip parsing it and reuse its glyph and layout
 * caches (a report took 385 ms instead of 15 ms before). Each document still makes its own subset.
 */
export function fontSources(): Map<FontName, FontSource> {
  loaded ??= new Map(
    (Object.keys(FONT_FILES) as FontName[]).map((name) => [name, readFileSync(FONT_FILES[name])]),
  );
  return loaded;
}

type Glyph = { codePoints: number[] };
type ParsedFont = { getGlyph(id: number, characters?: number[]): Glyph | null };
const mended = new WeakSet<object>();

export function keepParsedFont(name: FontName, font: FontSource | undefined) {
  if (!font || typeof (font as { layout?: unknown }).layout !== 'function') return;
  mendGlyphLetters(font as unknown as ParsedFont);
  fontSources().set(name, font);
}

/**
 * fontkit keeps a glyph as it first made it. A subset takes in the parts of an accented letter ("o"
 * of "ö", "z" of "ź") as glyphs without a letter; a later document laying out "o" got that glyph,
 * wrote no letter for it in its ToUnicode map, and copied text lost every "o". A glyph asked for by
 * its letter takes the letter when it has none.
 */
function mendGlyphLetters(font: ParsedFont) {
  if (mended.has(font)) return;
  mended.add(font);
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, characters = []) => {
    const glyph = getGlyph(id, characters);
    if (glyph && glyph.codePoints.length === 0 && characters.length > 0) glyph.codePoints = characters;
    return glyph;
  };
}

/** Interview notes are rich text (HTML); coding and theme suggestions work on their plain text. */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/** Plain text of the editor's HTML: block ends become blank lines, tags go, entities are decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li|h[1-6]|div|blockquote|tr)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+|#39);/gi, (m, e: string) => {
      if (ENTITIES[e.toLowerCase()] !== undefined) return ENTITIES[e.toLowerCase()];
      if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return m;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export type Passage = { start: number; end: number; text: string };

export const PASSAGE_MIN_LENGTH = 20;

/** The paragraphs of a plain text (split at line breaks), with their offsets; very short lines are left out. */
export function splitPassages(text: string, minLength = PASSAGE_MIN_LENGTH): Passage[] {
  const out: Passage[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length < minLength) continue;
    const start = (m.index ?? 0) + lead;
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

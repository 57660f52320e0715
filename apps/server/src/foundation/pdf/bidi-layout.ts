import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** Letters written right to left (Hebrew, Arabic and their presentation forms). */
export const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
/** Characters only the Arabic font carries. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/;

/** A run of text drawn with one font and one direction: a word, a part of one, or a space. */
export type Piece = {
  /** The characters to hand to the font: fontkit lays an Arabic run out right to left itself. */
  text: string;
  /** The same characters in reading order, for text extraction and screen readers. */
  logical: string;
  /** Index of the first character in the paragraph. */
  start: number;
  /** Offset from the line's left edge, in points. */
  x: number;
  width: number;
  /** Index of the styled span the piece belongs to (bold, …). */
  span: number;
  arabic: boolean;
  space: boolean;
  rtl: boolean;
};
export type Line = { pieces: Piece[]; width: number };
export type Measure = (text: string, span: number, arabic: boolean) => number;

type Run = { start: number; end: number; level: number; span: number; space: boolean };

/**
 * Lays out one paragraph of mixed-direction text with the Unicode bidirectional algorithm: lines are
 * broken in reading order, then each line's runs are put in display order (rule L2), so an Arabic
 * sentence reads right to left with Latin names and numbers in it left to right. pdfkit on its own
 * lays each word out separately and left to right, which put Arabic words in the wrong order and
 * their spaces on the wrong side.
 */
export function layoutParagraph(
  text: string,
  spanOf: (index: number) => number,
  measure: Measure,
  maxWidth: number,
  direction: 'ltr' | 'rtl' | 'auto' = 'auto',
): { lines: Line[]; rtl: boolean } {
  const embedding = bidi.getEmbeddingLevels(text, direction);
  const rtl = (embedding.paragraphs[0]?.level ?? 0) % 2 === 1;
  const runs = splitRuns(text, embedding.levels, spanOf);
  const pieces = runs.map((r) => toPiece(text, r, measure));

  // Greedy line breaking at spaces, in reading order.
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let word: Piece[] = [];
  const widthOf = (ps: Piece[]) => ps.reduce((s, p) => s + p.width, 0);
  const flushWord = () => {
    if (!word.length) return;
    if (line.length && widthOf(line) + widthOf(word) > maxWidth) {
      while (line.length && line.at(-1)!.space) line.pop();
      lines.push(line);
      line = [];
    }
    line.push(...word);
    word = [];
  };
  for (const p of pieces) {
    if (p.space && p.logical.includes('\n')) {
      flushWord();
      while (line.length && line.at(-1)!.space) line.pop();
      lines.push(line);
      line = [];
    } else if (p.space) {
      flushWord();
      if (line.length) line.push(p);
    } else word.push(p);
  }
  flushWord();
  while (line.length && line.at(-1)!.space) line.pop();
  if (line.length) lines.push(line);

  return {
    rtl,
    lines: lines.map((l) => {
      const visual = reorder(l, runs, pieces);
      let x = 0;
      for (const p of visual) {
        p.x = x;
        x += p.width;
      }
      return { pieces: visual, width: x };
    }),
  };
}

function splitRuns(text: string, levels: Uint8Array, spanOf: (i: number) => number): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]);
    const level = levels[i];
    const span = spanOf(i);
    const last = runs.at(-1);
    if (last && last.level === level && last.span === span && last.space === space) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level, span, space });
  }
  return runs;
}

function toPiece(text: string, run: Run, measure: Measure): Piece {
  const logical = text.slice(run.start, run.end);
  const arabic = ARABIC_SCRIPT.test(logical);
  const odd = run.level % 2 === 1;
  let drawn = logical;
  // fontkit turns any run with Arabic letters right to left. That is right for letters at an odd
  // level; other characters at an odd level (brackets, punctuation between two spaces) are turned
  // here, mirrored; Arabic-Indic digits at an even level are turned in advance so that fontkit's
  // turn puts them back in reading order.
  if (odd && !arabic)
    drawn = [...logical]
      .reverse()
      .map((c) => bidi.getMirroredCharacter(c) ?? c)
      .join('');
  else if (!odd && arabic) drawn = [...logical].reverse().join('');
  const space = run.space;
  return {
    text: space ? ' '.repeat(logical.length) : drawn,
    logical,
    start: run.start,
    x: 0,
    width: measure(space ? ' '.repeat(logical.length) : drawn, run.span, arabic),
    span: run.span,
    arabic,
    space,
    rtl: odd,
  };
}

/** Rule L2: from the highest level down to the lowest odd one, reverse every run of pieces at that level or higher. */
function reorder(line: Piece[], runs: Run[], pieces: Piece[]): Piece[] {
  const levelOf = new Map(pieces.map((p, i) => [p, runs[i].level]));
  const out = [...line];
  const levels = out.map((p) => levelOf.get(p) ?? 0);
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; ) {
      if (levels[i] < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && levels[j] >= level) j++;
      reverseRange(out, i, j);
      reverseRange(levels, i, j);
      i = j;
    }
  }
  return out;
}

function reverseRange<T>(a: T[], from: number, to: number) {
  for (let i = from, j = to - 1; i < j; i++, j--) [a[i], a[j]] = [a[j], a[i]];
}

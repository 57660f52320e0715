/**
 * REFI-QDA 1.5 counts positions in a plain-text source in Unicode code points; JavaScript strings,
 * and Brug's stored offsets, count UTF-16 code units. An emoji is one code point but two units, so
 * every position after it differs. These helpers translate between the two, and keep a passage
 * from splitting a character (a surrogate pair, or a user-perceived character made of several
 * code points such as 👩🏽‍⚕️ or e + combining accent).
 */
export type PositionMap = {
  /** Length of the text in code points. */
  codePoints: number;
  /** UTF-16 offset of a code point offset (clamped to the text). */
  toUtf16(codePoint: number): number;
  /** Code point offset of a UTF-16 offset (an offset inside a surrogate pair counts as its start). */
  toCodePoint(utf16: number): number;
  /** The grapheme boundary at or before a UTF-16 offset. */
  snapStart(utf16: number): number;
  /** The grapheme boundary at or after a UTF-16 offset. */
  snapEnd(utf16: number): number;
};

let segmenter: Intl.Segmenter | null = null;

function graphemeBoundaries(text: string): Int32Array {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  const out: number[] = [];
  for (const s of segmenter.segment(text)) out.push(s.index);
  out.push(text.length);
  return Int32Array.from(out);
}

export function positionMap(text: string): PositionMap {
  // utf16At[i] is the UTF-16 offset of code point i; utf16At[codePoints] = text.length.
  const utf16At = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    utf16At[n++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  utf16At[n] = text.length;
  const codePoints = n;
  let bounds: Int32Array | null = null;
  const boundaries = () => {
    bounds ??= graphemeBoundaries(text);
    return bounds;
  };
  /** Index of the last entry ≤ x in a sorted array. */
  const floorIndex = (arr: Int32Array, len: number, x: number) => {
    let lo = 0;
    let hi = len - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (arr[mid] <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    codePoints,
    toUtf16: (cp) => utf16At[Math.max(0, Math.min(codePoints, Math.trunc(cp)))],
    toCodePoint: (u) => floorIndex(utf16At, codePoints + 1, Math.max(0, Math.min(text.length, u))),
    snapStart(u) {
      const b = boundaries();
      return b[floorIndex(b, b.length, Math.max(0, Math.min(text.length, u)))];
    },
    snapEnd(u) {
      const b = boundaries();
      const x = Math.max(0, Math.min(text.length, u));
      const i = floorIndex(b, b.length, x);
      return b[i] === x ? x : b[Math.min(i + 1, b.length - 1)];
    },
  };
}

/** Code point length of a string. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

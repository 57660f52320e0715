import { SUPPRESSION_MIN_FREE_TEXT, SUPPRESSION_MIN_RESPONSES } from '../limits.ts';

/**
 * Suppression rules for every published survey figure (DESIGN.md §4).
 *
 * - Primary: a count under SURVEY_K (5) is hidden; free-text answers are shown only from 10 answers on.
 * - Complementary, in every line (row or column) whose total is published: a line with hidden
 *   cells has at least two of them, together at least SURVEY_K, so neither can be worked out from the
 *   total. The smallest published cell is hidden next until that holds.
 * - Linear audit: no hidden cell or hidden total may be a linear combination of published
 *   figures (the totals of rows, columns and the grand total); further cells are hidden until none is.
 * - One margin for all breakdowns: the totals of a table are computed with the one-way rule, the
 *   same as the figure without a breakdown, so two breakdowns of the same population share the
 *   same published totals and cannot be played off against each other.
 * Index figures (trust means) are built from whole groups of at least SURVEY_K respondents instead, see
 * `selectGroups`, so that any difference of two published sums covers SURVEY_K respondents or none.
 */
export const SURVEY_K = SUPPRESSION_MIN_RESPONSES;
export const SURVEY_K_FREE_TEXT = SUPPRESSION_MIN_FREE_TEXT;

export type PublishedCell = number | null;
export type SuppressedVector = { cells: PublishedCell[]; total: PublishedCell };
export type SuppressedTable = {
  cells: PublishedCell[][];
  rowTotals: PublishedCell[];
  colTotals: PublishedCell[];
  total: PublishedCell;
};

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** Hides within one line, given which cells are already hidden; returns whether anything changed. */
function protectLine(values: number[], hidden: boolean[], k: number): boolean {
  let changed = false;
  for (;;) {
    const hiddenIdx = values.map((_, i) => i).filter((i) => hidden[i]);
    if (hiddenIdx.length === 0) return changed;
    const hiddenSum = sum(hiddenIdx.map((i) => values[i]));
    if (hiddenIdx.length >= 2 && hiddenSum >= k) return changed;
    const visible = values.map((_, i) => i).filter((i) => !hidden[i]);
    if (visible.length === 0) return changed;
    visible.sort((a, b) => values[a] - values[b] || a - b);
    hidden[visible[0]] = true;
    changed = true;
  }
}

/** A one-way distribution (e.g. answers per scale point) with its total. */
export function suppressVector(counts: number[], k = SURVEY_K): SuppressedVector {
  const total = sum(counts);
  if (total < k) return { cells: counts.map(() => null), total: null };
  const hidden = counts.map((c) => c < k);
  protectLine(counts, hidden, k);
  return { cells: counts.map((c, i) => (hidden[i] ? null : c)), total };
}

/**
 * A two-way table (rows: a breakdown such as district; columns: e.g. answers) with its margins.
 * The column totals equal `suppressVector` of the column sums, the figure shown without breakdown.
 */
export function suppressTable(counts: number[][], k = SURVEY_K): SuppressedTable {
  const rows = counts.length;
  const cols = rows ? counts[0].length : 0;
  const rowSums = counts.map(sum);
  const colSums = Array.from({ length: cols }, (_, j) => sum(counts.map((r) => r[j])));
  const total = sum(rowSums);
  if (total < k || rows === 0 || cols === 0)
    return {
      cells: counts.map((r) => r.map(() => null)),
      rowTotals: counts.map(() => null),
      colTotals: colSums.map(() => null),
      total: total < k ? null : total,
    };
  const rowPub = suppressVector(rowSums, k).cells.map((c) => c !== null);
  const colPub = suppressVector(colSums, k).cells.map((c) => c !== null);
  const hidden = counts.map((r, i) => r.map((c, j) => c < k || !rowPub[i] || !colPub[j]));

  for (let guard = 0; guard < rows * cols + 2; guard++) {
    let changed = true;
    while (changed) {
      changed = false;
      for (let i = 0; i < rows; i++) if (rowPub[i] && protectLine(counts[i], hidden[i], k)) changed = true;
      for (let j = 0; j < cols; j++) {
        if (!colPub[j]) continue;
        const col = hidden.map((r) => r[j]);
        if (
          protectLine(
            counts.map((r) => r[j]),
            col,
            k,
          )
        ) {
          col.forEach((h, i) => {
            hidden[i][j] = h;
          });
          changed = true;
        }
      }
    }
    const exposed = findDeterminable(hidden, rowPub, colPub);
    if (!exposed) break;
    // Hide the smallest published cell in the exposed cell's row or column (or anywhere).
    const candidates: [number, number][] = [];
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++)
        if (!hidden[i][j] && (i === exposed.row || j === exposed.col)) candidates.push([i, j]);
    if (candidates.length === 0)
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) if (!hidden[i][j]) candidates.push([i, j]);
    if (candidates.length === 0) break;
    candidates.sort((a, b) => counts[a[0]][a[1]] - counts[b[0]][b[1]]);
    hidden[candidates[0][0]][candidates[0][1]] = true;
  }
  return {
    cells: counts.map((r, i) => r.map((c, j) => (hidden[i][j] ? null : c))),
    rowTotals: rowSums.map((s, i) => (rowPub[i] ? s : null)),
    colTotals: colSums.map((s, j) => (colPub[j] ? s : null)),
    total,
  };
}

/**
 * The first hidden cell or hidden total that published figures determine exactly, if any. The
 * published equations are the row totals, column totals and grand total, restricted to hidden
 * cells; a hidden quantity is determined when its coefficient vector lies in their span.
 */
export function findDeterminable(
  hidden: boolean[][],
  rowPub: boolean[],
  colPub: boolean[],
): { row: number; col: number } | null {
  const vars: [number, number][] = [];
  hidden.forEach((r, i) => {
    r.forEach((h, j) => {
      if (h) vars.push([i, j]);
    });
  });
  if (vars.length === 0) return null;
  const equations: number[][] = [];
  const rowVec = (i: number) => vars.map(([r]) => (r === i ? 1 : 0));
  const colVec = (j: number) => vars.map(([, c]) => (c === j ? 1 : 0));
  rowPub.forEach((p, i) => {
    if (p) equations.push(rowVec(i));
  });
  colPub.forEach((p, j) => {
    if (p) equations.push(colVec(j));
  });
  equations.push(vars.map(() => 1));
  const basis = reduce(equations);
  for (let v = 0; v < vars.length; v++) {
    const unit = vars.map((_, x) => (x === v ? 1 : 0));
    if (inSpan(basis, unit)) return { row: vars[v][0], col: vars[v][1] };
  }
  for (let i = 0; i < rowPub.length; i++) {
    const vec = rowVec(i);
    if (!rowPub[i] && vec.some((x) => x) && inSpan(basis, vec)) return { row: i, col: -1 };
  }
  for (let j = 0; j < colPub.length; j++) {
    const vec = colVec(j);
    if (!colPub[j] && vec.some((x) => x) && inSpan(basis, vec)) return { row: -1, col: j };
  }
  return null;
}

const EPS = 1e-9;

/** Row-echelon basis of the equations (Gaussian elimination), as [pivot column, row] pairs. */
function reduce(rows: number[][]): { pivot: number; row: number[] }[] {
  const basis: { pivot: number; row: number[] }[] = [];
  for (const original of rows) {
    const r = eliminate(basis, original.slice());
    const pivot = r.findIndex((x) => Math.abs(x) > EPS);
    if (pivot < 0) continue;
    const scale = r[pivot];
    for (let x = 0; x < r.length; x++) r[x] /= scale;
    for (const b of basis) {
      const f = b.row[pivot];
      if (Math.abs(f) > EPS) for (let x = 0; x < r.length; x++) b.row[x] -= f * r[x];
    }
    basis.push({ pivot, row: r });
  }
  return basis;
}

function eliminate(basis: { pivot: number; row: number[] }[], v: number[]): number[] {
  for (const b of basis) {
    const f = v[b.pivot];
    if (Math.abs(f) > EPS) for (let x = 0; x < v.length; x++) v[x] -= f * b.row[x];
  }
  return v;
}

function inSpan(basis: { pivot: number; row: number[] }[], v: number[]): boolean {
  return eliminate(basis, v.slice()).every((x) => Math.abs(x) < 1e-6);
}

/** Free-text answers to one question are shown only when there are enough of them. */
export function freeTextVisible(count: number, k = SURVEY_K_FREE_TEXT): boolean {
  return count >= k;
}

export type RespondentGroup = { key: string; parent: string; n: number };

/**
 * Which groups of respondents may enter index figures. Parents (e.g. one survey's phase in one
 * quarter) enter when they hold at least SURVEY_K respondents; their children (the same split by
 * district) when they hold at least SURVEY_K and the children left out of a parent hold none or at
 * least SURVEY_K together — otherwise the next-smallest child is left out too. Every published sum is
 * then a sum of whole groups, and any difference of two covers SURVEY_K respondents or none.
 */
export function selectGroups(
  parents: { key: string; n: number }[],
  children: RespondentGroup[],
  k = SURVEY_K,
) {
  const parentOk = new Set(parents.filter((p) => p.n >= k).map((p) => p.key));
  const childOk = new Set<string>();
  const byParent = new Map<string, RespondentGroup[]>();
  for (const c of children) {
    if (!parentOk.has(c.parent)) continue;
    const list = byParent.get(c.parent) ?? [];
    list.push(c);
    byParent.set(c.parent, list);
  }
  for (const [parentKey, list] of byParent) {
    const parentN = parents.find((p) => p.key === parentKey)!.n;
    const kept = list.filter((c) => c.n >= k).sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
    let keptN = sum(kept.map((c) => c.n));
    while (kept.length > 0 && parentN - keptN > 0 && parentN - keptN < k) {
      keptN -= kept.shift()!.n;
    }
    for (const c of kept) childOk.add(c.key);
  }
  return { parents: parentOk, children: childOk };
}

import { SUPPRESSION_MIN_FREE_TEXT, SUPPRESSION_MIN_RESPONSES } from '../limits.ts';

/**
 * Suppression rules for every published survey figure (DESIGN.md §4).
 *
 * - Primary: a count under SURVEY_K (5) is hidden; free-text answers are shown only from 10 answers on.
 * - Complementary, in every line (row or column) whose total is published: a line with hidden
 *   cells has at least two of them, together at least SURVEY_K, so neither can be worked out from the
 *   total. The smallest published cell is hidden next until that holds.
 * - Audit: no hidden cell or hidden total may be determined by the published figures (the cells, the
 *   totals of rows, columns and the grand total) and the fact that no count is negative; further
 *   cells are hidden until none is (`findDeterminable`).
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
    const exposed = findDeterminable(hidden, rowPub, colPub, counts);
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
 * The first hidden cell or hidden total that the published figures determine exactly, if any: the
 * attacker knows the published cells, the published row and column totals and the grand total, and
 * that no count is negative.
 *
 * Another table agreeing with all of that differs from the true one by a flow around a cycle of the
 * graph whose nodes are the rows, the columns and one node for the unpublished rows and one for the
 * unpublished columns (their totals are free, their sum is the grand total), and whose edges are the
 * hidden cells (row to column) and the unpublished totals. A cell can grow by one along any cycle, but
 * can shrink only when it is not zero. A hidden cell is determined when no such cycle passes through
 * it, a hidden total when none passes through its edge. With every count positive this is the linear
 * audit (the cell's equation is not in the span of the published ones); the zeros are what it missed:
 * in [[0,0,0],[0,5,0],[5,5,0]] the grand total less the third row and the middle column left four
 * hidden cells that had to add up to 0, so each was 0.
 */
export function findDeterminable(
  hidden: boolean[][],
  rowPub: boolean[],
  colPub: boolean[],
  counts: number[][],
  totalPub = true,
): { row: number; col: number } | null {
  const rows = hidden.length;
  const cols = rows ? hidden[0].length : 0;
  const col = (j: number) => rows + j;
  const freeRows = rows + cols;
  const freeCols = freeRows + 1;
  // arcs[node]: [to, edge id]; an edge id is the cell's (i * cols + j) or a total's (negative).
  const arcs: [number, number][][] = Array.from({ length: rows + cols + 2 }, () => []);
  const arc = (from: number, to: number, edge: number) => arcs[from].push([to, edge]);
  const rowEdge = (i: number) => -1 - i;
  const colEdge = (j: number) => -1 - rows - j;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      if (!hidden[i][j]) continue;
      arc(i, col(j), i * cols + j);
      if (counts[i][j] > 0) arc(col(j), i, i * cols + j);
    }
  for (let i = 0; i < rows; i++)
    if (!rowPub[i]) {
      arc(freeRows, i, rowEdge(i));
      arc(i, freeRows, rowEdge(i));
    }
  for (let j = 0; j < cols; j++)
    if (!colPub[j]) {
      arc(freeCols, col(j), colEdge(j));
      arc(col(j), freeCols, colEdge(j));
    }
  if (!totalPub) {
    arc(freeRows, freeCols, -1 - rows - cols);
    arc(freeCols, freeRows, -1 - rows - cols);
  }
  const reaches = (from: number, to: number, without: number) => {
    const seen = new Uint8Array(arcs.length);
    const stack = [from];
    seen[from] = 1;
    while (stack.length > 0) {
      const node = stack.pop() as number;
      if (node === to) return true;
      for (const [next, edge] of arcs[node])
        if (edge !== without && !seen[next]) {
          seen[next] = 1;
          stack.push(next);
        }
    }
    return false;
  };
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      if (!hidden[i][j]) continue;
      const edge = i * cols + j;
      const grows = reaches(col(j), i, edge);
      const shrinks = counts[i][j] > 0 && reaches(i, col(j), edge);
      if (!grows && !shrinks) return { row: i, col: j };
    }
  // A hidden total with hidden cells behind it (one without any is the sum of published cells).
  for (let i = 0; i < rows; i++)
    if (
      !rowPub[i] &&
      hidden[i].some(Boolean) &&
      !reaches(i, freeRows, rowEdge(i)) &&
      !reaches(freeRows, i, rowEdge(i))
    )
      return { row: i, col: -1 };
  for (let j = 0; j < cols; j++)
    if (
      !colPub[j] &&
      hidden.some((r) => r[j]) &&
      !reaches(col(j), freeCols, colEdge(j)) &&
      !reaches(freeCols, col(j), colEdge(j))
    )
      return { row: -1, col: j };
  return null;
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

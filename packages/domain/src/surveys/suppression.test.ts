import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDeterminable, SURVEY_K, selectGroups, suppressTable, suppressVector } from './suppression.ts';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * The attacker: every non-negative integer table that agrees with what was published. Returns the
 * hidden cells that take a single value in all of them (then they are recovered): one table that
 * agrees is found, then, for each hidden cell, one where that cell differs (searched with that cell
 * first, so that a large table whose cells all stay open is settled in a few steps instead of by
 * walking every table that agrees).
 */
function recoverHidden(published: ReturnType<typeof suppressTable>, rows: number, cols: number) {
  const hidden: [number, number][] = [];
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) if (published.cells[i][j] === null) hidden.push([i, j]);
  const total = published.total;
  const bound = total ?? SURVEY_K - 1;

  /** A table agreeing with the published figures, its hidden cells filled in `order`, the first one not `forbid`. */
  const solve = (order: [number, number][], forbid?: number): Map<string, number> | null => {
    const grid = published.cells.map((r) => r.map((c) => c ?? 0));
    const rowOk = (i: number) => published.rowTotals[i] === null || sum(grid[i]) === published.rowTotals[i];
    const colOk = (j: number) =>
      published.colTotals[j] === null || sum(grid.map((r) => r[j])) === published.colTotals[j];
    let nodes = 0;
    const dfs = (h: number): boolean => {
      if (++nodes > 3_000_000) throw new Error('search too large');
      if (h === order.length) {
        for (let i = 0; i < rows; i++) if (!rowOk(i)) return false;
        for (let j = 0; j < cols; j++) if (!colOk(j)) return false;
        if (total !== null && sum(grid.map(sum)) !== total) return false;
        // The whole table is hidden when the total is: anything under K fits.
        if (total === null && sum(grid.map(sum)) >= SURVEY_K) return false;
        return true;
      }
      const [i, j] = order[h];
      const rowLeft =
        published.rowTotals[i] === null
          ? bound
          : (published.rowTotals[i] as number) - sum(grid[i].slice(0, j)) - sum(grid[i].slice(j + 1));
      const colLeft =
        published.colTotals[j] === null
          ? bound
          : (published.colTotals[j] as number) - sum(grid.map((r, x) => (x === i ? 0 : r[j])));
      const grandLeft = bound - sum(grid.map(sum)) + grid[i][j];
      const max = Math.min(rowLeft, colLeft, grandLeft);
      const lastInRow = !order.slice(h + 1).some(([r]) => r === i);
      const lastInCol = !order.slice(h + 1).some(([, c]) => c === j);
      for (let v = 0; v <= max; v++) {
        if (h === 0 && v === forbid) continue;
        grid[i][j] = v;
        if (lastInRow && !rowOk(i)) continue;
        if (lastInCol && !colOk(j)) continue;
        if (dfs(h + 1)) return true;
      }
      grid[i][j] = 0;
      return false;
    };
    if (!dfs(0)) return null;
    return new Map(order.map(([i, j]) => [`${i},${j}`, grid[i][j]]));
  };

  if (hidden.length === 0) return [];
  const first = solve(hidden);
  if (!first) throw new Error('no table agrees with the published figures');
  return hidden.filter(([i, j], x) => {
    const rest = hidden.filter((_, y) => y !== x);
    return solve([[i, j], ...rest], first.get(`${i},${j}`)) === null;
  });
}

const table = fc
  .record({ rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 2, max: 3 }) })
  .chain(({ rows, cols }) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

describe('[SURVEYS] suppression of one-way distributions', () => {
  it('never shows a count under 5, and hides either nothing or at least two cells worth 5', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 11 }), (counts) => {
        const { cells, total } = suppressVector(counts);
        for (const c of cells) if (c !== null) expect(c).toBeGreaterThanOrEqual(SURVEY_K);
        if (sum(counts) < SURVEY_K) {
          expect(total).toBeNull();
          expect(cells.every((c) => c === null)).toBe(true);
          return;
        }
        expect(total).toBe(sum(counts));
        const hidden = counts.filter((_, i) => cells[i] === null);
        if (hidden.length > 0) {
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          expect(sum(hidden)).toBeGreaterThanOrEqual(SURVEY_K);
        }
        // The total minus what is shown never pins down a single hidden cell.
        const shown = sum(cells.map((c) => c ?? 0));
        if (hidden.length === 1) expect(total! - shown).not.toBe(hidden[0]);
      }),
      { numRuns: 2000 },
    );
  });

  it('hides the only small cell together with the next-smallest one', () => {
    expect(suppressVector([2, 10, 7, 30])).toEqual({ cells: [null, 10, null, 30], total: 49 });
    expect(suppressVector([0, 0, 12, 9])).toEqual({ cells: [null, null, 12, null], total: 21 });
    expect(suppressVector([3])).toEqual({ cells: [null], total: null });
  });
});

describe('[SURVEYS] suppression of breakdowns', () => {
  it('the attacker recovers a cell hidden alone, and settles a whole hidden table without walking it', () => {
    // Not Brug's suppression: one cell hidden in a row and a column whose totals are shown.
    const leaky = {
      cells: [
        [null, 7],
        [6, 8],
      ],
      rowTotals: [12, 14],
      colTotals: [11, 15],
      total: 26,
    };
    expect(recoverHidden(leaky, 2, 2)).toEqual([[0, 0]]);
    // Every cell hidden, total 25 (found by the property below: the earlier attacker gave up on it).
    const counts = [
      [0, 3, 6],
      [0, 0, 3],
      [2, 8, 3],
    ];
    expect(recoverHidden(suppressTable(counts), 3, 3)).toEqual([]);
  });

  it('no hidden zero can be worked out from hidden cells that must add up to nothing', () => {
    // Found by the property below: the grand total less the third row and the middle column left four
    // hidden cells that had to add up to 0. The linear audit saw no cell in the span of the published
    // equations; the attacker also knows that no count is negative.
    const counts = [
      [0, 0, 0],
      [0, 5, 0],
      [5, 5, 0],
    ];
    const published = suppressTable(counts);
    expect(recoverHidden(published, 3, 3)).toEqual([]);
    // The published figures before the fix: the cell of 5 in the third row and middle column shown.
    const before = {
      cells: [
        [null, null, null],
        [null, null, null],
        [null, 5, null],
      ],
      rowTotals: [null, null, 10],
      colTotals: [null, 10, null],
      total: 15,
    };
    expect(recoverHidden(before, 3, 3)).toEqual([
      [0, 0],
      [0, 2],
      [1, 0],
      [1, 2],
    ]);
    const hidden = before.cells.map((r) => r.map((c) => c === null));
    expect(findDeterminable(hidden, [false, false, true], [false, true, false], counts)).toEqual({
      row: 0,
      col: 0,
    });
  });

  it('no hidden cell can be worked out from the published cells and totals (exhaustive attacker)', () => {
    fc.assert(
      fc.property(table, (counts) => {
        const published = suppressTable(counts);
        for (const row of published.cells)
          for (const c of row) if (c !== null) expect(c).toBeGreaterThanOrEqual(SURVEY_K);
        for (const t of [...published.rowTotals, ...published.colTotals])
          if (t !== null) expect(t).toBeGreaterThanOrEqual(SURVEY_K);
        expect(recoverHidden(published, counts.length, counts[0].length)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('shares its totals with the figure without breakdown, so two breakdowns cannot be played off', () => {
    fc.assert(
      fc.property(table, (counts) => {
        const cols = counts[0].length;
        const colSums = Array.from({ length: cols }, (_, j) => sum(counts.map((r) => r[j])));
        const published = suppressTable(counts);
        const flat = suppressVector(colSums);
        expect(published.colTotals).toEqual(sum(colSums) < SURVEY_K ? colSums.map(() => null) : flat.cells);
        // Transposed (the other breakdown of the same people), the grand total is the same figure.
        const other = suppressTable(colSums.map((c) => [c]));
        expect(other.total).toBe(published.total);
      }),
      { numRuns: 500 },
    );
  });

  it('the attacker does recover a cell hidden without complementary suppression', () => {
    const naive = {
      cells: [
        [null, 8],
        [10, 12],
      ],
      rowTotals: [11, 22],
      colTotals: [13, 20],
      total: 33,
    };
    expect(recoverHidden(naive, 2, 2)).toEqual([[0, 0]]);
  });

  it('hides a district with 3 answers and another one beside it', () => {
    const t = suppressTable([
      [3, 8],
      [10, 12],
      [9, 11],
    ]);
    expect(t.cells[0][0]).toBeNull();
    expect(t.cells.flat().filter((c) => c === null).length).toBeGreaterThanOrEqual(4);
  });
});

describe('[SURVEYS] groups that enter index figures', () => {
  const groups = fc
    .array(fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 6,
    })
    .map((ps) => ({
      parents: ps.map((cs, p) => ({ key: `p${p}`, n: sum(cs) })),
      children: ps.flatMap((cs, p) => cs.map((n, c) => ({ key: `p${p}/c${c}`, parent: `p${p}`, n }))),
    }));

  it('any difference of published sums covers at least 5 respondents or none', () => {
    fc.assert(
      fc.property(groups, ({ parents, children }) => {
        const chosen = selectGroups(parents, children);
        for (const p of parents) {
          if (!chosen.parents.has(p.key)) continue;
          expect(p.n).toBeGreaterThanOrEqual(SURVEY_K);
          const kept = children.filter((c) => c.parent === p.key && chosen.children.has(c.key));
          for (const c of kept) expect(c.n).toBeGreaterThanOrEqual(SURVEY_K);
          const rest = p.n - sum(kept.map((c) => c.n));
          expect(rest === 0 || rest >= SURVEY_K).toBe(true);
          // The attacker subtracts every published child from its parent: whatever is left is
          // never one small group on its own.
          const left = children.filter((c) => c.parent === p.key && !chosen.children.has(c.key));
          const small = left.filter((c) => c.n > 0 && c.n < SURVEY_K);
          if (small.length > 0) expect(rest).toBeGreaterThan(small[0].n);
        }
        for (const c of children)
          if (chosen.children.has(c.key)) expect(chosen.parents.has(c.parent)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

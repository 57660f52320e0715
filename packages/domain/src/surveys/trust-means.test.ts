import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardise } from './scales.ts';
import { SURVEY_K, suppressTable, suppressVector } from './suppression.ts';
import { meanMayBeShown, singleTrustQuestion } from './trust-means.ts';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * The attacker: every distribution of the group's answers (non-negative counts) that agrees with
 * the published cells and total, and, when the mean is shown, with the mean and interval (taken
 * as exact: the sum and the sum of squares of the rescaled answers). Returns, per hidden cell, the
 * values it can still take.
 */
function feasibleHidden(
  cells: (number | null)[],
  total: number | null,
  weights: number[],
  moments: { sum: number; sumSq: number } | null,
): Map<number, Set<number>> {
  const hidden = cells.flatMap((c, j) => (c === null ? [j] : []));
  const values = new Map(hidden.map((j) => [j, new Set<number>()]));
  const shown = sum(cells.map((c) => c ?? 0));
  const budget = total === null ? SURVEY_K - 1 : total - shown;
  const x = cells.map((c) => c ?? 0);
  const visit = (h: number, left: number) => {
    if (h === hidden.length) {
      if (total !== null && left !== 0) return;
      if (total === null && sum(x) >= SURVEY_K) return;
      if (moments) {
        const s = sum(x.map((n, j) => n * weights[j]));
        const q = sum(x.map((n, j) => n * weights[j] ** 2));
        if (Math.abs(s - moments.sum) > 1e-6 || Math.abs(q - moments.sumSq) > 1e-6) return;
      }
      for (const j of hidden) values.get(j)!.add(x[j]);
      return;
    }
    for (let v = 0; v <= left; v++) {
      x[hidden[h]] = v;
      visit(h + 1, left - v);
    }
    x[hidden[h]] = 0;
  };
  visit(0, budget);
  return values;
}

/** A group's answers on a scale: counts per point, at most 5 points so the attacker stays quick. */
const group = fc
  .record({ min: fc.integer({ min: 0, max: 1 }), points: fc.integer({ min: 2, max: 5 }) })
  .chain(({ min, points }) =>
    fc.record({
      min: fc.constant(min),
      max: fc.constant(min + points - 1),
      counts: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: points, maxLength: points }),
    }),
  );

const weightsOf = (min: number, max: number) =>
  Array.from({ length: max - min + 1 }, (_, j) => standardise(min + j, { min, max }));
const momentsOf = (counts: number[], weights: number[]) => ({
  sum: sum(counts.map((n, j) => n * weights[j])),
  sumSq: sum(counts.map((n, j) => n * weights[j] ** 2)),
});

describe('[SURVEYS] trust means beside a distribution of one trust question', () => {
  it('a mean that is shown never narrows a hidden cell of the same group', () => {
    fc.assert(
      fc.property(group, ({ min, max, counts }) => {
        const published = suppressVector(counts);
        if (!meanMayBeShown(published.cells)) return;
        const weights = weightsOf(min, max);
        const without = feasibleHidden(published.cells, published.total, weights, null);
        const withMean = feasibleHidden(
          published.cells,
          published.total,
          weights,
          momentsOf(counts, weights),
        );
        expect(withMean).toEqual(without);
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for each district of a breakdown, whose row is suppressed with the others', () => {
    const table = fc
      .record({ rows: fc.integer({ min: 1, max: 4 }), points: fc.integer({ min: 2, max: 4 }) })
      .chain(({ rows, points }) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: points, maxLength: points }), {
          minLength: rows,
          maxLength: rows,
        }),
      );
    fc.assert(
      fc.property(table, (counts) => {
        const t = suppressTable(counts);
        const weights = weightsOf(1, counts[0].length);
        counts.forEach((row, i) => {
          if (!meanMayBeShown(t.cells[i])) return;
          const without = feasibleHidden(t.cells[i], t.rowTotals[i], weights, null);
          const withMean = feasibleHidden(t.cells[i], t.rowTotals[i], weights, momentsOf(row, weights));
          expect(withMean).toEqual(without);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('the gap it closes: beside hidden cells, the mean gives them away', () => {
    // 1–4 scale ("how often…"): 2 and 7 answers hidden on points 1 and 3, the total published.
    const counts = [2, 10, 7, 30];
    const published = suppressVector(counts);
    expect(published.cells).toEqual([null, 10, null, 30]);
    const weights = weightsOf(1, 4);
    const without = feasibleHidden(published.cells, published.total, weights, null);
    expect(without.get(0)!.size).toBeGreaterThan(1);
    const withMean = feasibleHidden(published.cells, published.total, weights, momentsOf(counts, weights));
    expect(withMean.get(0)).toEqual(new Set([2]));
    expect(withMean.get(2)).toEqual(new Set([7]));
    expect(meanMayBeShown(published.cells)).toBe(false);
  });

  it('applies to surveys whose index rests on one question only', () => {
    const item = (id: string, itemId: string) => ({ kind: 'item' as const, id, itemId, translations: {} });
    const languages = [{ code: 'nl', name: 'Nederlands', rtl: false }];
    expect(
      singleTrustQuestion({
        languages,
        questions: [item('trust', 'ess_trust_police'), item('safe', 'nts_safe')],
      } as never),
    ).toEqual({ id: 'trust', min: 0, max: 10 });
    expect(
      singleTrustQuestion({
        languages,
        questions: [item('trust', 'ess_trust_police'), item('respect', 'ess_d15_respect')],
      } as never),
    ).toBeNull();
  });
});

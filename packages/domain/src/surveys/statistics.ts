/**
 * Statistics of the trust index from sufficient statistics (count, sum, sum of squares), so that
 * figures can be combined from pre-aggregated groups without reading single responses.
 */
export type Moments = { n: number; sum: number; sumSq: number };
export type Estimate = { n: number; mean: number; low: number; high: number };
export type Difference = { diff: number; low: number; high: number; nBefore: number; nAfter: number };

export const EMPTY_MOMENTS: Moments = { n: 0, sum: 0, sumSq: 0 };

export function addMoments(a: Moments, b: Moments): Moments {
  return { n: a.n + b.n, sum: a.sum + b.sum, sumSq: a.sumSq + b.sumSq };
}

export function momentsOf(values: number[]): Moments {
  return values.reduce((m, v) => ({ n: m.n + 1, sum: m.sum + v, sumSq: m.sumSq + v * v }), EMPTY_MOMENTS);
}

function variance(m: Moments): number {
  if (m.n < 2) return 0;
  return Math.max(0, (m.sumSq - (m.sum * m.sum) / m.n) / (m.n - 1));
}

/** Two-sided 97.5% quantile of Student's t (Cornish–Fisher expansion; exact to 3 decimals from df 3 on). */
export function tQuantile975(df: number): number {
  const exact = [Number.NaN, 12.706, 4.303, 3.182, 3.1824];
  if (df < 1) return Number.NaN;
  if (df <= 3) return exact[Math.floor(df)];
  const z = 1.959963984540054;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  );
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Mean with its 95% confidence interval (t distribution). */
export function estimateMean(m: Moments): Estimate | null {
  if (m.n < 2) return null;
  const mean = m.sum / m.n;
  const half = tQuantile975(m.n - 1) * Math.sqrt(variance(m) / m.n);
  return { n: m.n, mean: round1(mean), low: round1(mean - half), high: round1(mean + half) };
}

/** After minus before, with a 95% interval (Welch: the two groups are different people or unlinked). */
export function estimateDifference(before: Moments, after: Moments): Difference | null {
  if (before.n < 2 || after.n < 2) return null;
  const v1 = variance(before) / before.n;
  const v2 = variance(after) / after.n;
  const diff = after.sum / after.n - before.sum / before.n;
  const se = Math.sqrt(v1 + v2);
  const df =
    se === 0 ? before.n + after.n - 2 : (v1 + v2) ** 2 / (v1 ** 2 / (before.n - 1) + v2 ** 2 / (after.n - 1));
  const half = tQuantile975(Math.max(1, df)) * se;
  return {
    diff: round1(diff),
    low: round1(diff - half),
    high: round1(diff + half),
    nBefore: before.n,
    nAfter: after.n,
  };
}

/** `2026-Q4` for a day `2026-11-25`. */
export function quarterOf(day: string): string {
  const [y, m] = day.split('-').map(Number);
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** The first and last day of a quarter `2026-Q4`. */
export function quarterRange(quarter: string): { from: string; to: string } {
  const [y, q] = quarter.split('-Q').map(Number);
  const startMonth = (q - 1) * 3 + 1;
  const end = new Date(Date.UTC(y, startMonth + 2, 0));
  return { from: `${y}-${String(startMonth).padStart(2, '0')}-01`, to: end.toISOString().slice(0, 10) };
}

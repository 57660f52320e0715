/** Agreement between two labelings of the same items, for measuring theme quality. */

function contingency(a: readonly (string | number)[], b: readonly (string | number)[]) {
  if (a.length !== b.length) throw new Error('labelings differ in length');
  const rows = new Map<string | number, number>();
  const cols = new Map<string | number, number>();
  const cells = new Map<string, number>();
  for (let i = 0; i < a.length; i++) {
    rows.set(a[i], (rows.get(a[i]) ?? 0) + 1);
    cols.set(b[i], (cols.get(b[i]) ?? 0) + 1);
    const key = `${a[i]}\u0000${b[i]}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  return { n: a.length, rows: [...rows.values()], cols: [...cols.values()], cells: [...cells.values()] };
}

const entropy = (counts: number[], n: number) =>
  counts.reduce((h, c) => (c > 0 ? h - (c / n) * Math.log(c / n) : h), 0);

/** Normalised mutual information, arithmetic-mean normalisation (as scikit-learn's default). */
export function normalizedMutualInformation(
  a: readonly (string | number)[],
  b: readonly (string | number)[],
): number {
  const { n, rows, cols } = contingency(a, b);
  if (n === 0) return 1;
  const ra = new Map<string | number, number>();
  const cb = new Map<string | number, number>();
  for (let i = 0; i < n; i++) {
    ra.set(a[i], (ra.get(a[i]) ?? 0) + 1);
    cb.set(b[i], (cb.get(b[i]) ?? 0) + 1);
  }
  const joint = new Map<string, { c: number; x: string | number; y: string | number }>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}\u0000${b[i]}`;
    const e = joint.get(key);
    if (e) e.c++;
    else joint.set(key, { c: 1, x: a[i], y: b[i] });
  }
  let mi = 0;
  for (const { c, x, y } of joint.values()) {
    mi += (c / n) * Math.log((n * c) / ((ra.get(x) ?? 1) * (cb.get(y) ?? 1)));
  }
  const ha = entropy(rows, n);
  const hb = entropy(cols, n);
  if (ha === 0 && hb === 0) return 1;
  const mean = (ha + hb) / 2;
  return mean === 0 ? 0 : mi / mean;
}

const pairs = (x: number) => (x * (x - 1)) / 2;

/** Adjusted Rand index: 1 for identical partitions, about 0 for chance agreement. */
export function adjustedRandIndex(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const { n, rows, cols, cells } = contingency(a, b);
  const index = cells.reduce((s, c) => s + pairs(c), 0);
  const sumRows = rows.reduce((s, c) => s + pairs(c), 0);
  const sumCols = cols.reduce((s, c) => s + pairs(c), 0);
  const expected = (sumRows * sumCols) / pairs(n);
  const max = (sumRows + sumCols) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

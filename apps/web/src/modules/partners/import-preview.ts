import type { ImportReport } from '@brug/domain/partners';

type Row = ImportReport['rows'][number];

/** Rows of the preview shown at once: a file of thousands of rows is read page by page. */
export const PREVIEW_PAGE_SIZE = 50;

/**
 * What a row asks of the coordinator: 0 a fix or a choice (invalid, or left out by them and to be
 * taken back in), 1 a note to read, 2 nothing.
 */
function attention(r: Row): number {
  if (r.action === 'invalid' || r.action === 'skip') return 0;
  return r.derivedDistrict || r.contactSkipped ? 1 : 2;
}

/**
 * The preview's rows in the order to read them: those to fix first, then those with a note, then the
 * rest, each group in the file's order. The order follows the server's report, not the coordinator's
 * ticks, so a row does not jump away while it is being fixed or skipped.
 */
export function previewOrder(rows: readonly Row[]): Row[] {
  return rows
    .map((r, i) => ({ r, i, a: attention(r) }))
    .sort((x, y) => x.a - y.a || x.i - y.i)
    .map(({ r }) => r);
}

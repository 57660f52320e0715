import { describe, expect, it } from 'vitest';
import { previewOrder } from './import-preview.ts';

type Row = Parameters<typeof previewOrder>[0][number];
const row = (n: number, action: Row['action'], extra: Partial<Row> = {}): Row =>
  ({ row: n, name: `Org ${n}`, action, errors: {}, ...extra }) as Row;

describe('the order of an import preview', () => {
  it('puts rows to fix or taken out first, then rows with a note, then the rest, each in file order', () => {
    const rows = [
      row(1, 'create'),
      row(2, 'update', { derivedDistrict: { district: 'Berchem', postcode: '2600' } } as Partial<Row>),
      row(3, 'invalid', { errors: { postcode: 'vier cijfers' } }),
      row(4, 'create', { contactSkipped: 'erased' } as Partial<Row>),
      row(5, 'skip'),
      row(6, 'invalid', { errors: { name: 'verplicht' } }),
      row(7, 'create'),
    ];
    expect(previewOrder(rows).map((r) => r.row)).toEqual([3, 5, 6, 2, 4, 1, 7]);
    // The report itself is left as it was.
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps a file without remarks in its own order', () => {
    const rows = Array.from({ length: 120 }, (_, i) => row(i + 1, 'create'));
    expect(previewOrder(rows).map((r) => r.row)).toEqual(rows.map((r) => r.row));
  });
});

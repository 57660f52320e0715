import {
  AppError,
  CONTROL_CHARACTER_MESSAGE,
  type CsvEncoding,
  type CsvSeparator,
  hasControlCharacter,
} from '@brug/domain';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** A sheet as read: its rows, and for a CSV file the encoding and separator it was found to use. */
export type Sheet = { rows: string[][]; encoding?: CsvEncoding; separator?: CsvSeparator };

/**
 * The text of a CSV file and the encoding it was written in: a byte order mark says UTF-8 or UTF-16
 * (little or big endian); without one, bytes that are valid UTF-8 are read as UTF-8, anything else as
 * Windows-1252 — what Excel writes in nl-BE and fr-BE ("Café" as 43 61 66 E9).
 */
export function decodeCsv(data: Buffer): { text: string; encoding: CsvEncoding } {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(data.subarray(3)), encoding: 'utf-8-bom' };
  if (data[0] === 0xff && data[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), encoding: 'utf-16le' };
  if (data[0] === 0xfe && data[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    // Not TextDecoder: Node 20's 'windows-1252' decodes as Latin-1, so € ‘ ’ “ ” – — … are lost.
    return { text: iconv.decode(data, 'windows-1252'), encoding: 'windows-1252' };
  }
}

/**
 * The column separator: of `;` (Excel in Belgium), `,` and tab, the one found most often outside
 * quotes in the header line — and, on a tie, the one that splits the next lines into as many columns.
 */
export function detectSeparator(text: string): CsvSeparator {
  const lines = firstLines(text, 6);
  const counts = (line: string) => {
    const c: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) c[ch]++;
    }
    return c;
  };
  const perLine = lines.map(counts);
  const score = (sep: CsvSeparator) => {
    const head = perLine[0]?.[sep] ?? 0;
    const consistent = perLine.slice(1).filter((c) => c[sep] === head).length;
    return head * 100 + consistent;
  };
  const best = (['\t', ';', ','] as const).reduce((a, b) => (score(b) > score(a) ? b : a));
  return score(best) >= 100 ? best : ';';
}

function firstLines(text: string, n: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < n && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim()) out.push(line);
    start = end + 1;
  }
  return out;
}

/** A cell Brug wrote with a leading apostrophe so that no spreadsheet runs it: the value itself. */
const GUARDED = /^'(?=[=+\-@\t\r])/;

/**
 * A file's text passes no request schema, so its cells meet the same rule here: no control
 * character (PostgreSQL refuses NUL); tab and line breaks within a cell stay.
 */
function refuseControlCharacters(sheet: Sheet): Sheet {
  for (const [r, row] of sheet.rows.entries())
    for (const [c, cell] of row.entries())
      if (hasControlCharacter(cell))
        throw new AppError('VALIDATION', `Row ${r + 1}, column ${c + 1} holds a control character`, {
          fields: { file: CONTROL_CHARACTER_MESSAGE },
        });
  return sheet;
}

/** The rows of a CSV file (encoding and separator detected) or of an XLSX file's first sheet. */
export async function readSheet(format: 'csv' | 'xlsx', data: Buffer): Promise<Sheet> {
  return refuseControlCharacters(await readRows(format, data));
}

async function readRows(format: 'csv' | 'xlsx', data: Buffer): Promise<Sheet> {
  if (format === 'csv') {
    const { text, encoding } = decodeCsv(data);
    const separator = detectSeparator(text);
    const rows = parse(text, {
      bom: true,
      delimiter: separator,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    return { rows: rows.map((r) => r.map((v) => v.replace(GUARDED, ''))), encoding, separator };
  }
  const workbook = new (await loadExcel()).Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [] };
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  return { rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('hyperlink' in value) return String(value.hyperlink);
    return '';
  }
  return String(value);
}

/** Values a spreadsheet may start with that a spreadsheet program would run as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV (UTF-8 with BOM, `;` as Excel in Belgium expects) or XLSX file. In XLSX every value is a
 * text cell — never a formula, so no apostrophe is needed — and the columns listed in `textColumns`
 * (phone numbers) are formatted as text, so that "+32 3 123 45 67" stays as written.
 */
export async function writeSheet(
  format: 'csv' | 'xlsx',
  header: string[],
  rows: string[][],
  textColumns: number[] = [],
): Promise<Buffer> {
  if (format === 'csv') {
    const lines = [header, ...rows].map((r) => r.map(csvCell).join(';'));
    return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  }
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet('Brug');
  sheet.addRow(header).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  for (const c of textColumns) sheet.getColumn(c + 1).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Loaded on first use: the library is large and most requests never need it. */
async function loadExcel() {
  return (await import('exceljs')).default;
}

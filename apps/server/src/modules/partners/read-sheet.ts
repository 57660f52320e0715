import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';

/** The rows of a CSV (comma or semicolon separated, as Belgian spreadsheets often are) or of an XLSX file's first sheet. */
export async function readSheet(format: 'csv' | 'xlsx', data: Buffer): Promise<string[][]> {
  if (format === 'csv') {
    const text = data.toString('utf8');
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    return parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  }
  const workbook = new (await loadExcel()).Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  return rows;
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

export async function writeSheet(
  format: 'csv' | 'xlsx',
  header: string[],
  rows: string[][],
): Promise<Buffer> {
  if (format === 'csv') {
    const lines = [header, ...rows].map((r) => r.map(csvCell).join(';'));
    return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  }
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet('Brug');
  sheet.addRow(header).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map((v) => (FORMULA_START.test(v) ? `'${v}` : v)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Loaded on first use: the library is large and most requests never need it. */
async function loadExcel() {
  return (await import('exceljs')).default;
}

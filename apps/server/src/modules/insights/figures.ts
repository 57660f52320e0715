import { type DashboardView, formatInterval } from '@brug/domain';
import { REPORT_TEXT, type ReportLang } from './texts.ts';

export type FigureRow = { section: string; figure: string; value: number | string | null };

/**
 * The dashboard as rows of figures, for CSV and XLSX. Every value comes from the dashboard itself,
 * so exports carry exactly the suppression the screen does (trust only from groups of 5 or more).
 */
export function figureRows(d: DashboardView, lang: ReportLang): FigureRow[] {
  const t = REPORT_TEXT[lang];
  const rows: FigureRow[] = [];
  for (const f of d.funnel ?? [])
    rows.push({
      section: t.funnel,
      figure: t.stages[f.key as keyof typeof t.stages] ?? f.key,
      value: f.count,
    });
  for (const w of d.waves ?? []) {
    rows.push({ section: t.waves, figure: `${w.wave}`, value: w.organisations });
    rows.push({ section: t.waves, figure: `${w.wave}: ${t.stages.partner}`, value: w.partners });
  }
  for (const f of d.findingsByKind ?? [])
    rows.push({ section: t.findings, figure: t.findingKinds[f.key] ?? f.key, value: f.count });
  for (const i of d.initiativesByStatus ?? [])
    rows.push({ section: t.initiatives, figure: t.status[i.key] ?? i.key, value: i.count });
  for (const i of d.initiativesByType ?? [])
    rows.push({ section: t.initiatives, figure: i.key, value: i.count });
  if (d.activities) {
    rows.push({ section: t.keyFigures, figure: t.activitiesHeld, value: d.activities.held });
    rows.push({ section: t.keyFigures, figure: t.attendance, value: d.activities.attendance });
  }
  if (d.colleagues) {
    rows.push({ section: t.keyFigures, figure: t.colleagues, value: d.colleagues.active });
    rows.push({ section: t.keyFigures, figure: t.hours, value: d.colleagues.hours });
  }
  if (d.needsWithoutInitiative !== null)
    rows.push({ section: t.keyFigures, figure: t.needsOpen, value: d.needsWithoutInitiative });
  rows.push({ section: t.keyFigures, figure: t.responses, value: d.trust.responses });
  d.trust.quarters.forEach((q, i) => {
    const o = d.trust.overall[i];
    rows.push({
      section: t.trustIndex,
      figure: q,
      value: o ? formatInterval(o.mean, o.low, o.high, lang, { n: o.n }) : null,
    });
    d.trust.columns.forEach((c, j) => {
      const e = d.trust.cells[i][j];
      rows.push({
        section: t.trustIndex,
        figure: `${q} ${c}`,
        value: e ? formatInterval(e.mean, e.low, e.high, lang, { n: e.n }) : null,
      });
    });
  });
  return rows;
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote always; neutralise spreadsheet formulas.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
};

export function toCsv(rows: FigureRow[], lang: ReportLang): string {
  const t = REPORT_TEXT[lang];
  const lines = [[t.section, t.figure, t.value].map(csvCell).join(',')];
  for (const r of rows) lines.push([r.section, r.figure, r.value].map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function toXlsx(rows: FigureRow[], lang: ReportLang): Promise<Buffer> {
  const t = REPORT_TEXT[lang];
  const book = new (await loadExcel()).Workbook();
  book.creator = 'Brug';
  const sheet = book.addWorksheet(t.keyFigures);
  sheet.columns = [
    { header: t.section, key: 'section', width: 40 },
    { header: t.figure, key: 'figure', width: 40 },
    { header: t.value, key: 'value', width: 30 },
  ];
  for (const r of rows) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Loaded on first use: the library is large and most requests never need it. */
async function loadExcel() {
  return (await import('exceljs')).default;
}

import type { Database } from '@brug/db';
import { type DashboardView, estimateDifference, formatInterval } from '@brug/domain';

import { createPdf } from '../../foundation/pdf/document.ts';
import { groupUnits, zoneTrustUnits } from '../surveys/trust-figures.ts';
import { figureRows } from './figures.ts';
import { REPORT_TEXT, type ReportLang } from './texts.ts';

type ReportData = {
  zoneName: string;
  dashboard: DashboardView;
  findings: { kind: string; text: string }[];
  initiatives: { id: string; title: string; type: string; status: string }[];
};

/** Published findings and initiatives for the report; absent modules give empty lists. */
export async function loadReportData(
  database: Database,
  zoneId: string,
  lang: ReportLang,
  dashboard: DashboardView,
) {
  const rows = async (text: string, values: unknown[]) => (await database.executeSql(text, values)).rows;
  const has = async (t: string) => (await rows('select to_regclass($1) as r', [t]))[0].r !== null;
  const [zone] = await rows('select name from zones where id = $1', [zoneId]);
  const from = dashboard.filters.from ? `${dashboard.filters.from}T00:00:00Z` : null;
  const to = dashboard.filters.to ? `${dashboard.filters.to}T23:59:59.999Z` : null;
  const findings = (await has('findings'))
    ? (
        await rows(
          `select kind, coalesce(translations ->> $2, statement) as text from findings
            where zone_id = $1 and status = 'published' and statement is not null
              and ($3::timestamptz is null or published_at >= $3) and ($4::timestamptz is null or published_at <= $4)
            order by kind, published_at limit 60`,
          [zoneId, lang, from, to],
        )
      ).map((r) => ({ kind: String(r.kind), text: String(r.text) }))
    : [];
  const initiatives = (await has('initiatives'))
    ? (
        await rows(
          `select id, title, type, status from initiatives where zone_id = $1 and status <> 'dropped'
            and ($2::timestamptz is null or created_at <= $2) order by updated_at desc limit 60`,
          [zoneId, to],
        )
      ).map((r) => ({
        id: String(r.id),
        title: String(r.title),
        type: String(r.type),
        status: String(r.status),
      }))
    : [];
  return { zoneName: String(zone?.name ?? ''), dashboard, findings, initiatives } satisfies ReportData;
}

/** The programme report as a PDF: period, key figures, charts, findings, initiatives, method. */
export async function reportPdf(
  database: Database,
  zoneId: string,
  lang: ReportLang,
  data: ReportData,
): Promise<Buffer> {
  const t = REPORT_TEXT[lang];
  const d = data.dashboard;
  const { parents } = await zoneTrustUnits(database.db, zoneId, new Date().toISOString().slice(0, 10));
  const byInitiative = new Map<string, ReturnType<typeof estimateDifference>>();
  const perInitiative = groupUnits(parents, (u) => (u.initiativeId ? `${u.initiativeId}|${u.phase}` : null));
  for (const i of data.initiatives) {
    const b = perInitiative.get(`${i.id}|before`);
    const a = perInitiative.get(`${i.id}|after`);
    if (b && a) byInitiative.set(i.id, estimateDifference(b, a));
  }

  const pdf = await createPdf({ title: `${t.title} — ${data.zoneName}`, lang });
  const { doc } = pdf;
  const W = pdf.width;
  const h1 = (s: string) => pdf.heading(2, s, { size: 15, color: '#0b3d91', before: 0.8 });

  pdf.heading(1, t.title, { size: 24 });
  pdf.paragraph(`${t.subtitle} — ${data.zoneName}`, { size: 14 });
  const day = (iso: string) =>
    new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const period =
    d.filters.from || d.filters.to
      ? `${d.filters.from ? day(d.filters.from) : '…'} – ${d.filters.to ? day(d.filters.to) : '…'}`
      : t.whole;
  pdf.paragraph(`${t.period}${t.colon}${period}`);
  const today = new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeZone: 'Europe/Brussels' });
  pdf.paragraph(`${t.generated}${t.colon}${today.format(new Date())}`);

  h1(t.keyFigures);
  for (const r of figureRows(d, lang).filter((r) => r.section === t.keyFigures))
    pdf.paragraph(`${r.figure}${t.colon}${r.value ?? '—'}`);
  if (d.unavailable.length)
    pdf.paragraph(`${t.notAvailable}${t.colon}${d.unavailable.join(', ')}`, { color: '#555' });

  if (d.funnel) {
    h1(t.funnel);
    const bars = d.funnel.map((f) => ({ label: t.stages[f.key as keyof typeof t.stages], value: f.count }));
    pdf.figure(bars.map((b) => `${b.label}${t.colon}${b.value}`).join('; '), () => barChart(doc, bars, W));
  }

  h1(t.trust);
  if (d.trust.quarters.length === 0) pdf.paragraph(t.noResult);
  else {
    const points = d.trust.quarters.map((q, i) => ({ label: q, e: d.trust.overall[i] }));
    const interval = (e: { mean: number; low: number; high: number; n: number }) =>
      formatInterval(e.mean, e.low, e.high, lang, { n: e.n });
    pdf.figure(points.map((p) => `${p.label}${t.colon}${p.e ? interval(p.e) : '—'}`).join('; '), () =>
      intervalChart(doc, points, W, interval),
    );
  }

  h1(t.findings);
  if (data.findings.length === 0) pdf.paragraph('—');
  for (const f of data.findings)
    pdf.paragraph([{ text: `${t.findingKinds[f.kind] ?? f.kind}${t.colon}`, bold: true }, { text: f.text }], {
      before: 0.2,
    });

  h1(t.initiatives);
  if (data.initiatives.length === 0) pdf.paragraph('—');
  for (const i of data.initiatives) {
    const diff = byInitiative.get(i.id);
    const result = diff
      ? `${t.trustIndex} ${t.beforeAfter}${t.colon}${formatInterval(diff.diff, diff.low, diff.high, lang, { signed: true })}`
      : t.noResult;
    pdf.paragraph(i.title, { bold: true, before: 0.2 });
    pdf.paragraph(`${t.status[i.status] ?? i.status} · ${t.types[i.type] ?? i.type} · ${result}`);
  }

  h1(t.method);
  pdf.paragraph(t.methodText, { align: 'justify' });
  return pdf.end();
}

function barChart(doc: PDFKit.PDFDocument, bars: { label: string; value: number }[], width: number) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const x0 = doc.page.margins.left + 130;
  const barW = width - 180;
  for (const b of bars) {
    if (doc.y > doc.page.height - 80) doc.continueOnNewPage();
    const y = doc.y;
    doc
      .font('Sans')
      .fontSize(10)
      .fillColor('#000')
      .text(b.label, doc.page.margins.left, y + 2, { width: 125 });
    doc.rect(x0, y, Math.max(1, (b.value / max) * barW), 14).fill('#2f6fbf');
    doc.fillColor('#000').text(String(b.value), x0 + (b.value / max) * barW + 6, y + 2);
    doc.y = y + 20;
  }
  doc.x = doc.page.margins.left;
}

function intervalChart(
  doc: PDFKit.PDFDocument,
  points: { label: string; e: { mean: number; low: number; high: number; n: number } | null }[],
  width: number,
  label: (e: { mean: number; low: number; high: number; n: number }) => string,
) {
  // Quarter on the left, the 0–100 axis, and room on the right for "56,9 [52 ; 61,8] n=34" on one line.
  const x0 = doc.page.margins.left + 70;
  const scale = (width - 70 - 150) / 100;
  for (const p of points) {
    if (doc.y > doc.page.height - 80) doc.continueOnNewPage();
    const y = doc.y;
    doc
      .font('Sans')
      .fontSize(10)
      .fillColor('#000')
      .text(p.label, doc.page.margins.left, y + 2, { width: 65 });
    doc.rect(x0, y + 6, 100 * scale, 1).fill('#cccccc');
    if (p.e) {
      const lo = Math.max(0, p.e.low);
      const hi = Math.min(100, p.e.high);
      doc.rect(x0 + lo * scale, y + 3, Math.max(1, (hi - lo) * scale), 8).fill('#9bbbe0');
      doc.circle(x0 + p.e.mean * scale, y + 7, 3.5).fill('#0b3d91');
      doc.fillColor('#000').text(label(p.e), x0 + 100 * scale + 6, y + 2, { lineBreak: false });
    } else doc.fillColor('#555').text('—', x0 + 100 * scale + 6, y + 2);
    doc.y = y + 18;
  }
  doc.x = doc.page.margins.left;
  doc.fillColor('#000');
}

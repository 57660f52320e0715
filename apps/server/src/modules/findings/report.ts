import { FINDING_KINDS, type Language, type PublishedFindingView } from '@brug/domain';
import { strToU8, zipSync } from 'fflate';

import { createPdf } from '../../foundation/pdf/document.ts';
import { xmlEscape } from '../analysis/refi-qda.ts';
import { REPORT_TEXTS } from './report-texts.ts';

export type ReportSection = {
  kind: string;
  themes: { theme: string; items: { statement: string; breakdown: string | null }[] }[];
};

/** Published findings grouped by kind, then theme, each statement in the chosen language when translated. */
export function groupForReport(findings: readonly PublishedFindingView[], lang: Language): ReportSection[] {
  const t = REPORT_TEXTS[lang];
  return FINDING_KINDS.map((kind) => {
    const ofKind = findings.filter((f) => f.kind === kind);
    const themes = [...new Set(ofKind.map((f) => f.theme || t.noTheme))].sort((a, b) =>
      a.localeCompare(b, lang),
    );
    return {
      kind: t.kinds[kind],
      themes: themes.map((theme) => ({
        theme,
        items: ofKind
          .filter((f) => (f.theme || t.noTheme) === theme)
          .map((f) => ({
            statement: f.translations[lang] ?? f.statement,
            breakdown: f.breakdown
              ? `${f.breakdown.dimension}: ${f.breakdown.cells.map((c) => `${c.label} (${c.sources} ${t.sources})`).join(', ')}`
              : null,
          })),
      })),
    };
  }).filter((s) => s.themes.length > 0);
}

export async function renderPdf(sections: ReportSection[], lang: Language, zone: string, date: string) {
  const t = REPORT_TEXTS[lang];
  const pdf = await createPdf({ title: `${t.title} — ${zone}`, lang, margin: 56 });
  pdf.heading(1, t.title);
  pdf.paragraph(t.subtitle(zone, date), { size: 11, color: '#444', before: 0.1 });
  if (sections.length === 0) pdf.paragraph(t.none, { size: 12, before: 1 });
  for (const section of sections) {
    pdf.heading(2, section.kind, { size: 16, before: 1 });
    for (const theme of section.themes) {
      pdf.heading(3, theme.theme);
      pdf.list(
        theme.items.map((item) => ({ text: item.statement, note: item.breakdown ?? undefined })),
        { size: 11 },
      );
    }
  }
  return pdf.end();
}

const paragraph = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;

/** A Word document (Office Open XML) the unit can edit: headings as real Word heading styles. */
export function renderDocx(sections: ReportSection[], lang: Language, zone: string, date: string): Buffer {
  const t = REPORT_TEXTS[lang];
  const body = [
    paragraph(t.title, 'Title'),
    paragraph(t.subtitle(zone, date)),
    ...(sections.length ? [] : [paragraph(t.none)]),
    ...sections.flatMap((s) => [
      paragraph(s.kind, 'Heading1'),
      ...s.themes.flatMap((theme) => [
        paragraph(theme.theme, 'Heading2'),
        ...theme.items.flatMap((i) => [
          paragraph(`• ${i.statement}`, 'ListBullet'),
          ...(i.breakdown ? [paragraph(i.breakdown)] : []),
        ]),
      ]),
    ]),
  ].join('');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const style = (id: string, name: string, size: number, bold: boolean) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="80"/></w:pPr><w:rPr>${bold ? '<w:b/>' : ''}<w:sz w:val="${size}"/></w:rPr></w:style>`;
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="${lang}"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>${style('Title', 'Title', 44, true)}${style('Heading1', 'heading 1', 32, true)}${style('Heading2', 'heading 2', 26, true)}<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style></w:styles>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  };
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
}

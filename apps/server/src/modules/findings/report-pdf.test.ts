import { describe, expect, it } from 'vitest';
import { inspectPdf, normaliseText, pdfProblems } from '../../foundation/pdf/inspect-pdf.ts';
import { type ReportSection, renderPdf } from './report.ts';
import { REPORT_TEXTS } from './report-texts.ts';

const sections: ReportSection[] = [
  {
    kind: 'Behoeften',
    themes: [
      {
        theme: 'Ontmoeting in Kadıköy-straat',
        items: [
          {
            statement: 'Jongeren uit Łódź en Kadıköy willen een vaste plek; een zaal kost 40 € per avond.',
            breakdown: 'Leeftijd: 18–25 (3 bronnen), 26–40 (4 bronnen)',
          },
          { statement: 'Ouders vragen uitleg in het Arabisch: "مرحبا بكم في الحي".', breakdown: null },
        ],
      },
    ],
  },
];

describe('[FINDINGS] the published findings as PDF', () => {
  it('embeds its fonts, is tagged with a title and language, and gives back Turkish, Polish, € and Arabic', async () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const bytes = await renderPdf(sections, lang, 'Schaarbeek', '2026-12-05');
      expect(pdfProblems(bytes, { title: `${REPORT_TEXTS[lang].title} — Schaarbeek`, lang })).toEqual([]);
    }
    const bytes = await renderPdf(sections, 'nl', 'Schaarbeek', '2026-12-05');
    const { text, rawText, structure, fonts } = inspectPdf(bytes);
    expect(fonts.map((f) => f.name).join(' ')).toMatch(
      /NotoSans-Regular.*Vazirmatn|Vazirmatn.*NotoSans-Regular/,
    );
    const extracted = normaliseText(text);
    expect(extracted).toContain('Ontmoeting in Kadıköy-straat');
    expect(extracted).toContain('Jongeren uit Łódź en Kadıköy willen een vaste plek');
    expect(extracted).toContain('40 € per avond');
    expect(normaliseText(rawText)).toContain('مرحبا بكم في الحي');
    // Kind and theme are headings; each statement a list item with its breakdown.
    expect(structure).toMatch(/H2 \(block\)\n {2}H3 \(block\)\n {2}L \(block\)\n {4}LI/);
  });

  it('says so when nothing is published yet', async () => {
    const { text } = inspectPdf(await renderPdf([], 'fr', 'Łódź', '2026-12-05'));
    expect(normaliseText(text)).toContain(normaliseText(REPORT_TEXTS.fr.none));
    expect(normaliseText(text)).toContain('Łódź');
  });
});

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { layoutParagraph } from './bidi-layout.ts';
import { createPdf } from './document.ts';
import { inspectPdf, normaliseText } from './inspect-pdf.ts';

/** The text in content order, line by line, as pdf.js (Firefox, many screen readers' sources) reads it. */
async function pdfjsText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++)
    for (const item of (await (await pdf.getPage(p)).getTextContent({ includeMarkedContent: true })).items)
      if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : ' ');
  return parts.join('');
}

// One character per point: widths are easy to follow.
const measure = (text: string) => text.length;
const drawn = (text: string, width = 1000) =>
  layoutParagraph(text, () => 0, measure, width).lines.map((l) => l.pieces.filter((p) => !p.space));

describe('[PDF] right-to-left layout', () => {
  it('puts Arabic words right to left, each word in typing order for the font to shape', () => {
    const [line] = drawn('امسح الرمز بهاتفك');
    // Left to right on the page: the last word first. fontkit turns each word's letters.
    expect(line.map((p) => p.text)).toEqual(['بهاتفك', 'الرمز', 'امسح']);
    expect(line.every((p) => p.arabic && p.rtl)).toBe(true);
  });

  it('keeps a Latin name and a number left to right inside an Arabic sentence', () => {
    const [line] = drawn('مرحبا Kadıköy 2024 في بروكسل');
    expect(line.map((p) => p.text)).toEqual(['بروكسل', 'في', 'Kadıköy', '2024', 'مرحبا']);
    // Neutral punctuation at the end of an Arabic sentence stays with its word, on the left.
    expect(drawn('أعطِ رأيك.')[0].map((p) => p.text)).toEqual(['رأيك.', 'أعطِ']);
  });

  it('breaks lines in reading order: the first words of an Arabic sentence are on the first line', () => {
    const lines = drawn('واحد اثنان ثلاثة اربعة', 12);
    expect(lines.map((l) => l.map((p) => p.logical))).toEqual([
      ['اثنان', 'واحد'],
      ['اربعة', 'ثلاثة'],
    ]);
  });

  it('mirrors brackets and leaves a left-to-right sentence as it is', () => {
    const [line] = drawn('Kadıköy (Łódź) kost 5 €');
    expect(line.map((p) => p.text).join(' ')).toBe('Kadıköy (Łódź) kost 5 €');
    expect(line.some((p) => p.rtl)).toBe(false);
  });
});

describe('[PDF] a tagged document with embedded fonts', () => {
  const sample = async () => {
    const pdf = await createPdf({ title: 'Verslag Kadıköy – Łódź', lang: 'nl' });
    pdf.heading(1, 'Verslag Kadıköy');
    pdf.paragraph([{ text: 'Budget: ', bold: true }, { text: '1.250 € voor Łódź en Kadıköy.' }]);
    pdf.paragraph('امسح الرمز بهاتفك وأعطِ رأيك.', { lang: 'ar', align: 'center' });
    pdf.paragraph('مرحبا Kadıköy 2024 في بروكسل', { lang: 'ar' });
    pdf.list([{ text: 'Eerste vaststelling', note: 'Leeftijd: 18–25 (3 bronnen)' }]);
    pdf.figure('Een blauwe balk van 120 punten', (doc) => doc.rect(50, doc.y, 120, 10).fill('#2f6fbf'));
    pdf.artifact((doc) => doc.moveTo(50, 800).lineTo(545, 800).stroke('#ccc'));
    return pdf.end();
  };

  it('embeds every font, carries a title, a language and a structure tree', async () => {
    const { fonts, info, structure, warnings } = inspectPdf(await sample());
    expect(warnings).toEqual([]);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSans-Bold',
      'NotoSans-Regular',
      'Vazirmatn-Regular',
    ]);
    expect(fonts.every((f) => f.embedded && f.unicode)).toBe(true);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Verslag Kadıköy – Łódź');
    expect(structure).toMatch(/^Document\n {2}H1 \(block\)\n {2}P \(block\)\n {2}P \(block\)/);
    for (const tag of ['L', 'LI', 'Lbl', 'LBody', 'Figure']) expect(structure).toContain(`${tag}`);
  });

  it('gives the text back to pdftotext and pdf.js: Turkish, Polish, the euro and Arabic in reading order', async () => {
    const bytes = await sample();
    const latin1 = bytes.toString('latin1');
    expect(latin1).toContain('/Lang (nl)');
    expect(latin1).toContain('/DisplayDocTitle true');
    expect(latin1).toContain('<pdfuaid:part>1</pdfuaid:part>');
    const { text, rawText } = inspectPdf(bytes);
    const poppler = normaliseText(text);
    expect(poppler).toContain('Verslag Kadıköy');
    expect(poppler).toContain('Budget 1 250 € voor Łódź en Kadıköy');
    expect(normaliseText(rawText)).toContain('امسح الرمز بهاتفك وأعط رأيك');
    expect(normaliseText(rawText)).toContain('مرحبا Kadıköy 2024 في بروكسل');
    const pdfjs = normaliseText(await pdfjsText(bytes));
    expect(pdfjs).toContain('امسح الرمز بهاتفك وأعط رأيك');
    expect(pdfjs).toContain('مرحبا Kadıköy 2024 في بروكسل');
    // The lam-alef ligature comes back as the two letters in typing order.
    const ligature = await createPdf({ title: 'لا', lang: 'ar' });
    ligature.paragraph('لا نسأل عن اسمك الإلكتروني');
    const back = await ligature.end();
    expect(normaliseText(inspectPdf(back).rawText)).toContain('لا نسأل عن اسمك الإلكتروني');
    expect(normaliseText(await pdfjsText(back))).toContain('لا نسأل عن اسمك الإلكتروني');
  });

  it('gives a letter back in a later document after an earlier one drew it only inside an accented letter', async () => {
    // "ǯ" is drawn from the glyph of "ӡ" and a caron: the first document's subset took that glyph in
    // without a letter, and the parsed font kept it so. A later document then wrote "ӡ" with no
    // letter behind it, and copying its text lost it (as "o" and "z" after "Łódź" and "Kadıköy").
    const first = await createPdf({ title: 'ǯ', lang: 'nl' });
    first.paragraph('ǯ');
    expect(normaliseText(inspectPdf(await first.end()).text)).toBe('ǯ');
    const later = await createPdf({ title: 'ӡ', lang: 'nl' });
    later.paragraph('ӡ ǯ ӡ');
    // (pdftotext leaves out the spaces between such narrow words.)
    expect(normaliseText(inspectPdf(await later.end()).text).replace(/ /g, '')).toBe('ӡǯӡ');
  });

  it('breaks a long Arabic paragraph over pages without losing words', async () => {
    const pdf = await createPdf({ title: 'طويل', lang: 'ar' });
    const words = Array.from({ length: 900 }, (_, i) => `كلمة${i % 10 === 0 ? ' بروكسل' : ''}`).join(' ');
    pdf.paragraph(words, { lang: 'ar' });
    const { info, text, warnings } = inspectPdf(await pdf.end());
    expect(warnings).toEqual([]);
    expect(Number(info.Pages)).toBeGreaterThan(1);
    expect(normaliseText(text).match(/كلمة/g)).toHaveLength(900);
  });
});

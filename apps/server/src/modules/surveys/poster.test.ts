import type { SurveyDefinition } from '@brug/domain';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';
import { inspectPdf, normaliseText, pdfProblems } from '../../foundation/pdf/inspect-pdf.ts';

let t: TestApp;
let coordinator: Client;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const languages = (codes: string[]): SurveyDefinition['languages'] =>
  codes.map((code) => ({ code, name: code, rtl: code === 'ar' }));
const definition = (codes: string[]): SurveyDefinition => ({
  languages: languages(codes),
  questions: [
    {
      kind: 'item',
      id: 'trust',
      itemId: 'ess_trust_police',
      translations: codes.includes('ar')
        ? { ar: { text: 'إلى أي مدى تثق بالشرطة؟', labels: ['لا ثقة على الإطلاق', 'ثقة تامة'] } }
        : {},
    },
  ],
});

/** The text a reader (or a screen reader) gets out of the PDF, page by page. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent({ includeMarkedContent: true });
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  return parts.join('\n');
}

beforeAll(async () => {
  t = await buildTestApp();
  const zone = await createZone(t.ctx);
  coordinator = (await loginAs(t, zone.id, 'coordinator')).client;
}, 240_000);
afterAll(async () => t?.close(), 120_000);

describe('[SURVEYS] the printable poster', () => {
  it('carries the title and the invitation in Arabic, with an embedded Arabic font', async () => {
    const s = (
      await coordinator.post('/api/surveys', {
        title: { nl: 'Buurtvoetbal in Kadıköy', fr: 'Football de quartier à Łódź', ar: 'كرة القدم في الحي' },
        kind: 'pulse',
        opensOn: day(-1),
        closesOn: day(10),
        definition: definition(['nl', 'fr', 'ar']),
      })
    ).json();
    const res = await coordinator.get(`/api/surveys/${s.id}/poster.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+Vazirmatn/);
    expect(pdfProblems(res.rawPayload, { title: 'Buurtvoetbal in Kadıköy', lang: 'nl' })).toEqual([]);
    const text = normaliseText(await pdfText(res.rawPayload));
    expect(text).toContain('Buurtvoetbal in Kadıköy');
    expect(text).toContain('Football de quartier à Łódź');
    expect(text).toContain('Scan de code met uw gsm en geef uw mening');
    // The Arabic comes back in reading order, letter for letter, from pdf.js and pdftotext -raw:
    // each word is shaped (joined forms) and the words are laid out right to left.
    const { rawText: poppler, structure } = inspectPdf(res.rawPayload);
    for (const extracted of [text, normaliseText(poppler)])
      for (const line of ['كرة القدم في الحي', 'امسح الرمز بهاتفك وأعط رأيك', 'لا نسأل عن اسمك أو بريدك'])
        expect(extracted).toContain(line);
    // The QR code is a figure with a text alternative.
    expect(structure).toMatch(/^ {2}Figure:\n\s+\/Placement \/Block\n\s+\/BBox/m);
    expect(res.rawPayload.toString('latin1')).toContain('/Alt (QR-code met de link naar de bevraging)');

    const slide = await coordinator.get(`/api/surveys/${s.id}/slide.svg`);
    expect(slide.body).toContain('direction="rtl" xml:lang="ar">امسح الرمز بهاتفك وأعطِ رأيك.</text>');
  });

  it('leaves Arabic out of a survey that is not offered in Arabic', async () => {
    const s = (
      await coordinator.post('/api/surveys', {
        title: { nl: 'Wijkbevraging' },
        kind: 'pulse',
        opensOn: day(-1),
        closesOn: day(10),
        definition: definition(['nl']),
      })
    ).json();
    const res = await coordinator.get(`/api/surveys/${s.id}/poster.pdf`);
    expect(pdfProblems(res.rawPayload, { title: 'Wijkbevraging', lang: 'nl' })).toEqual([]);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Wijkbevraging');
    expect(inspectPdf(res.rawPayload).fonts.some((f) => f.name.includes('Vazirmatn'))).toBe(false);
    expect(text).not.toContain('امسح');
  });
});

import type { SurveyDefinition } from '@brug/domain';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';

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
    const content = await (await pdf.getPage(p)).getTextContent();
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
        title: { nl: 'Buurtvoetbal', fr: 'Football de quartier', ar: 'كرة القدم في الحي' },
        kind: 'pulse',
        opensOn: day(-1),
        closesOn: day(10),
        definition: definition(['nl', 'fr', 'ar']),
      })
    ).json();
    const res = await coordinator.get(`/api/surveys/${s.id}/poster.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+Vazirmatn/);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Buurtvoetbal');
    expect(text).toContain('Scan de code met uw gsm en geef uw mening.');
    // The Arabic comes back letter for letter: the glyphs are the joined forms of these letters,
    // laid out right to left (a reader lists the words from the left edge: the last word first).
    // Spaces are compared loosely: a reader guesses word gaps from glyph positions.
    const letters = (line: string) => line.replace(/\s+/g, '');
    const rightToLeft = (line: string) => line.split(' ').reverse().join('');
    for (const line of ['كرة القدم في الحي', 'امسح الرمز بهاتفك', 'اسمك أو بريدك'])
      expect(letters(text)).toContain(rightToLeft(line));
    // Not the letters in typing order, as they would be without the right-to-left layout.
    expect(letters(text)).not.toContain(letters('امسح الرمز بهاتفك'));

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
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Wijkbevraging');
    expect(text).not.toContain('امسح');
  });
});

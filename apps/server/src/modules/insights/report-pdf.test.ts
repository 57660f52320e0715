import { schema } from '@brug/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';
import { inspectPdf, normaliseText, pdfProblems } from '../../foundation/pdf/inspect-pdf.ts';
import { REPORT_TEXT } from './texts.ts';

let t: TestApp;
let coordinator: Client;
const ZONE = 'Kadıköy – Łódź';

beforeAll(async () => {
  t = await buildTestApp();
  const zone = await createZone(t.ctx, { name: ZONE });
  coordinator = (await loginAs(t, zone.id, 'coordinator')).client;
  await t.ctx.database.db.insert(schema.initiatives).values([
    {
      zoneId: zone.id,
      type: 'meeting',
      title: 'Buurtfeest in Kadıköy-plein: 1.250 € budget',
      status: 'planned',
    },
    { zoneId: zone.id, type: 'meeting', title: 'لقاء الجيران في الحي', status: 'idea' },
  ]);
}, 240_000);
afterAll(async () => t?.close(), 120_000);

describe('[INSIGHTS] the programme report as PDF', () => {
  it('embeds its fonts, is tagged with title and language, and prints Turkish, Polish, € and Arabic', async () => {
    for (const lang of ['nl', 'fr'] as const) {
      const res = await coordinator.get(`/api/insights/report.pdf?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(pdfProblems(res.rawPayload, { title: `${REPORT_TEXT[lang].title} — ${ZONE}`, lang })).toEqual(
        [],
      );
      const { text, rawText, structure } = inspectPdf(res.rawPayload);
      const extracted = normaliseText(text);
      expect(extracted).toContain(`${REPORT_TEXT[lang].subtitle} — ${ZONE}`);
      expect(extracted).toContain('Buurtfeest in Kadıköy-plein 1 250 € budget');
      expect(normaliseText(rawText)).toContain('لقاء الجيران في الحي');
      // Sections are headings of the tree, below the title.
      expect(structure.match(/^ {2}H2 /gm)?.length).toBeGreaterThanOrEqual(4);
    }
  });
});

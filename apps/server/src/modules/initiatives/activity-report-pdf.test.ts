import { schema } from '@brug/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';
import { inspectPdf, normaliseText, pdfProblems } from '../../foundation/pdf/inspect-pdf.ts';
import { shiftActivityToPast } from './test-factories.ts';

let t: TestApp;
let coordinator: Client;
let partner: Client;
let activityId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const zone = await createZone(t.ctx);
  coordinator = (await loginAs(t, zone.id, 'coordinator')).client;
  partner = (await loginAs(t, zone.id, 'partner')).client;
  const [initiative] = await t.ctx.database.db
    .insert(schema.initiatives)
    .values({ zoneId: zone.id, type: 'meeting', title: 'Buurtgesprek Kadıköy', status: 'planned' })
    .returning();
  const startsAt = new Date(Date.now() + 5 * 86_400_000);
  const res = await coordinator.post(`/api/initiatives/${initiative.id}/activities`, {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
    place: 'Zaal Łódź, Brusselsesteenweg 1',
    capacity: 20,
  });
  expect(res.statusCode).toBe(201);
  activityId = res.json().id;
  await shiftActivityToPast(t.ctx, activityId);
}, 240_000);
afterAll(async () => t?.close(), 120_000);

describe('[INITIATIVES] the activity report as PDF', () => {
  it('is there once the report is written, tagged, with embedded fonts, Turkish, Polish, € and Arabic', async () => {
    expect((await coordinator.get(`/api/activities/${activityId}/report.pdf`)).statusCode).toBe(404);
    const saved = await coordinator.put(`/api/activities/${activityId}/report`, {
      whatHappened:
        'Twaalf buren uit Kadıköy en Łódź spraken met de wijkagent; de koffie kostte 18 €.\n\nمرحبا بكم في الحي',
      lessons: 'Volgende keer vroeger beginnen.',
    });
    expect(saved.statusCode).toBe(200);
    for (const [lang, title] of [
      ['nl', 'Verslag van de activiteit — Buurtgesprek Kadıköy'],
      ['fr', 'Rapport de l’activité — Buurtgesprek Kadıköy'],
      ['en', 'Activity report — Buurtgesprek Kadıköy'],
    ] as const) {
      const res = await coordinator.get(`/api/activities/${activityId}/report.pdf?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(pdfProblems(res.rawPayload, { title, lang })).toEqual([]);
    }
    const res = await coordinator.get(`/api/activities/${activityId}/report.pdf?lang=nl`);
    const { text, rawText, structure } = inspectPdf(res.rawPayload);
    const extracted = normaliseText(text);
    expect(extracted).toContain('Zaal Łódź Brusselsesteenweg 1');
    expect(extracted).toContain('Twaalf buren uit Kadıköy en Łódź spraken met de wijkagent');
    expect(extracted).toContain('18 €');
    expect(extracted).toContain('Volgende keer vroeger beginnen');
    expect(normaliseText(rawText)).toContain('مرحبا بكم في الحي');
    expect(structure).toMatch(/^Document\n {2}H1 \(block\)\n {2}P \(block\)/);
    expect(structure.match(/^ {2}H2 /gm)).toHaveLength(2);

    const exports = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.action, 'activity.report.export'), eq(schema.auditLog.targetId, activityId)),
      );
    expect(exports.length).toBe(4);
  });

  it('refuses an unknown language naming the field, and a partner who does not co-own the initiative', async () => {
    const bad = await coordinator.get(`/api/activities/${activityId}/report.pdf?lang=de`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('lang');
    expect((await partner.get(`/api/activities/${activityId}/report.pdf`)).statusCode).toBe(403);
  });
});

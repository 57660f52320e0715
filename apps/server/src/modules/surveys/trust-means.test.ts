import { randomBytes } from 'node:crypto';
import type { SurveyDefinition } from '@brug/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const languages = [{ code: 'nl', name: 'Nederlands', rtl: false }];
const item = (itemId: string) => ({ kind: 'item' as const, id: itemId, itemId, translations: {} });

async function surveyWith(coordinator: Client, itemIds: string[]) {
  const res = await coordinator.post('/api/surveys', {
    title: { nl: 'Respect' },
    kind: 'pulse',
    askDistrict: true,
    opensOn: day(-1),
    closesOn: day(10),
    definition: { languages, questions: itemIds.map(item) } as SurveyDefinition,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; publicId: string };
}
async function answer(publicId: string, district: string, answers: Record<string, number>) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/public/surveys/${publicId}/responses`,
    payload: { language: 'nl', district, deviceToken: randomBytes(12).toString('hex'), answers },
  });
  expect(res.statusCode).toBe(201);
}
/** Answers on the 1–4 "how often" scale: `counts[j]` people chose point j + 1. */
async function answerCounts(publicId: string, district: string, counts: number[], other?: string) {
  for (const [j, n] of counts.entries())
    for (let i = 0; i < n; i++)
      await answer(publicId, district, {
        ess_d15_respect: j + 1,
        ...(other ? { [other]: 1 + ((i + j) % 4) } : {}),
      });
}

beforeAll(async () => {
  t = await buildTestApp();
}, 240_000);
afterAll(async () => t?.close(), 120_000);

describe('[SURVEYS] trust means beside hidden cells', () => {
  it('hides the mean of a group whose distribution of the one trust question hides cells', async () => {
    const zone = await createZone(t.ctx);
    const coordinator = (await loginAs(t, zone.id, 'coordinator')).client;
    const s = await surveyWith(coordinator, ['ess_d15_respect', 'nts_safe']);
    // Deurne: 2 and 7 on points 1 and 3 would be hidden; with the mean they could be worked out.
    await answerCounts(s.publicId, 'Deurne', [2, 10, 7, 30]);
    const r = (await coordinator.get(`/api/surveys/${s.id}/results?breakdown=district`)).json();
    const trust = r.questions[0];
    expect(trust.totals).toEqual([null, 10, null, 30]);
    expect(r.index.overall).toBeNull();
    expect(r.index.byPhase.pulse).toBeNull();
    expect(r.index.byDistrict.Deurne).toBeNull();
    // Nor does it come back through the dashboard or the report's figures.
    const dashboard = (await coordinator.get('/api/insights/dashboard?trendBy=district')).json();
    expect(dashboard.trust.responses).toBe(0);
    expect(dashboard.trust.overall.every((e: unknown) => e === null)).toBe(true);
  });

  it('shows it where the distribution hides nothing', async () => {
    const zone = await createZone(t.ctx);
    const coordinator = (await loginAs(t, zone.id, 'coordinator')).client;
    const s = await surveyWith(coordinator, ['ess_d15_respect']);
    await answerCounts(s.publicId, 'Hoboken', [5, 6, 5, 7]);
    const r = (await coordinator.get(`/api/surveys/${s.id}/results?breakdown=district`)).json();
    expect(r.questions[0].totals).toEqual([5, 6, 5, 7]);
    expect(r.index.overall.n).toBe(23);
    expect(r.index.byDistrict.Hoboken.n).toBe(23);
  });

  it('leaves means of an index made of several questions alone', async () => {
    const zone = await createZone(t.ctx);
    const coordinator = (await loginAs(t, zone.id, 'coordinator')).client;
    const s = await surveyWith(coordinator, ['ess_d15_respect', 'ess_d16_fair']);
    await answerCounts(s.publicId, 'Deurne', [2, 10, 7, 30], 'ess_d16_fair');
    const r = (await coordinator.get(`/api/surveys/${s.id}/results`)).json();
    expect(r.questions[0].totals).toEqual([null, 10, null, 30]);
    expect(r.index.overall.n).toBe(49);
  });
});

import { randomBytes } from 'node:crypto';
import { schema } from '@brug/db';
import type { SurveyDefinition } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let zoneId: string;
let coordinator: Client;
let others: Record<'admin' | 'colleague' | 'researcher' | 'partner', Client>;
let otherZone: Client;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const definition: SurveyDefinition = {
  languages: [
    { code: 'nl', name: 'Nederlands', rtl: false },
    { code: 'ar', name: 'العربية', rtl: true },
  ],
  questions: [
    {
      kind: 'item',
      id: 'trust',
      itemId: 'ess_trust_police',
      translations: { ar: { text: 'إلى أي مدى تثق بالشرطة؟', labels: ['لا ثقة', 'ثقة تامة'] } },
    },
  ],
};
const create = async (overrides: Record<string, unknown> = {}) => {
  const res = await coordinator.post('/api/surveys', {
    title: { nl: 'Wijkpeiling' },
    kind: 'pulse',
    opensOn: day(-1),
    closesOn: day(20),
    definition,
    ...overrides,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; publicId: string };
};
const answer = (publicId: string, trust = 6) =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/surveys/${publicId}/responses`,
    payload: { language: 'nl', deviceToken: randomBytes(12).toString('hex'), answers: { trust } },
  });
const row = async (id: string) =>
  (await t.ctx.database.db.select().from(schema.surveys).where(eq(schema.surveys.id, id)))[0];
const audited = async (action: string, id: string) =>
  (
    await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, action), eq(schema.auditLog.targetId, id)))
  ).length;

beforeAll(async () => {
  t = await buildTestApp();
  zoneId = (await createZone(t.ctx)).id;
  coordinator = (await loginAs(t, zoneId, 'coordinator')).client;
  others = {
    admin: (await loginAs(t, zoneId, 'admin')).client,
    colleague: (await loginAs(t, zoneId, 'colleague')).client,
    researcher: (await loginAs(t, zoneId, 'researcher')).client,
    partner: (await loginAs(t, zoneId, 'partner')).client,
  };
  otherZone = (await loginAs(t, (await createZone(t.ctx)).id, 'coordinator')).client;
}, 240_000);
afterAll(async () => t?.close(), 120_000);

describe('[SURVEYS] editing a survey', () => {
  it('a coordinator changes the questions, a translation and the dates of a survey nobody answered', async () => {
    const s = await create();
    const changed = structuredClone(definition);
    changed.questions[0] = {
      ...changed.questions[0],
      translations: { ar: { text: 'ما مدى ثقتك بالشرطة؟', labels: ['لا ثقة', 'ثقة تامة'] } },
    } as SurveyDefinition['questions'][number];
    changed.questions.push({
      kind: 'item',
      id: 'respect',
      itemId: 'nts_respect',
      translations: {
        ar: { text: 'الشرطة تعامل الناس باحترام.', labels: ['1', '2', '3', '4', '5'] },
      },
    } as SurveyDefinition['questions'][number]);
    const res = await coordinator.patch(`/api/surveys/${s.id}`, {
      title: { nl: 'Wijkpeiling najaar', ar: 'استطلاع الحي' },
      opensOn: day(2),
      closesOn: day(40),
      definition: changed,
    });
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v.status).toBe('scheduled');
    expect(v.answered).toBe(false);
    expect(v.definition.questions.map((q: { id: string }) => q.id)).toEqual(['trust', 'respect']);
    const pub = await t.app.inject({ method: 'GET', url: `/api/public/surveys/${s.publicId}?lang=ar` });
    expect(pub.json().questions[0].text).toBe('ما مدى ثقتك بالشرطة؟');
    expect(pub.json().title).toBe('استطلاع الحي');
    expect(await audited('survey.update', s.id)).toBe(1);
  });

  it('names the field and changes nothing: dates the wrong way round, a missing translation', async () => {
    const s = await create();
    const before = await row(s.id);
    const dates = await coordinator.patch(`/api/surveys/${s.id}`, { opensOn: day(5), closesOn: day(3) });
    expect(dates.statusCode).toBe(400);
    expect(Object.keys(dates.json().fields)).toContain('closesOn');
    const broken = structuredClone(definition);
    (broken.questions[0] as { translations: Record<string, unknown> }).translations = {};
    const missing = await coordinator.patch(`/api/surveys/${s.id}`, { definition: broken });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().fields).some((k) => k.startsWith('definition.'))).toBe(true);
    expect(await row(s.id)).toEqual(before);
  });

  it('keeps the questions once someone answered, but still lets the dates change', async () => {
    const s = await create();
    expect((await answer(s.publicId)).statusCode).toBe(201);
    const before = await row(s.id);
    const other = structuredClone(definition);
    other.questions.push({
      kind: 'text',
      id: 'remark',
      text: { nl: 'Opmerking', ar: 'ملاحظة' },
    } as SurveyDefinition['questions'][number]);
    const res = await coordinator.patch(`/api/surveys/${s.id}`, { definition: other });
    expect(res.statusCode).toBe(409);
    expect(Object.keys(res.json().fields)).toEqual(['definition']);
    expect((await row(s.id)).definition).toEqual(before.definition);
    const later = await coordinator.patch(`/api/surveys/${s.id}`, { closesOn: day(60) });
    expect(later.statusCode).toBe(200);
    expect(later.json()).toMatchObject({ closesOn: day(60), answered: true });
  });
});

describe('[SURVEYS] closing, deleting and archiving', () => {
  it('closes a survey early: the next answer is refused and nothing is stored', async () => {
    const s = await create();
    expect((await answer(s.publicId)).statusCode).toBe(201);
    const res = await coordinator.post(`/api/surveys/${s.id}/close`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', closesOn: day(-1) });
    const late = await answer(s.publicId);
    expect(late.statusCode).toBe(410);
    const responses = await t.ctx.database.db
      .select()
      .from(schema.surveyResponses)
      .where(eq(schema.surveyResponses.surveyId, s.id));
    expect(responses).toHaveLength(1);
    expect((await coordinator.post(`/api/surveys/${s.id}/close`, {})).statusCode).toBe(409);
    expect(await audited('survey.close', s.id)).toBe(1);
  });

  it('closes a survey that has not opened yet without leaving it open a day', async () => {
    const s = await create({ opensOn: day(3), closesOn: day(9) });
    const res = await coordinator.post(`/api/surveys/${s.id}/close`, {});
    expect(res.json()).toMatchObject({ status: 'closed', opensOn: day(-1), closesOn: day(-1) });
  });

  it('deletes a survey nobody answered, with its codes', async () => {
    const s = await create({ access: 'code' });
    expect(
      (await coordinator.post(`/api/surveys/${s.id}/codes`, { phase: 'pulse', count: 5 })).statusCode,
    ).toBe(201);
    const res = await coordinator.delete(`/api/surveys/${s.id}`);
    expect(res.statusCode).toBe(204);
    expect((await coordinator.get(`/api/surveys/${s.id}`)).statusCode).toBe(404);
    const codes = await t.ctx.database.db
      .select()
      .from(schema.surveyCodes)
      .where(eq(schema.surveyCodes.surveyId, s.id));
    expect(codes).toHaveLength(0);
    expect(await audited('survey.delete', s.id)).toBe(1);
    const pub = await t.app.inject({ method: 'GET', url: `/api/public/surveys/${s.publicId}` });
    expect(pub.statusCode).toBe(404);
  });

  it('refuses to delete a survey with answers and archives it instead, results kept', async () => {
    const s = await create();
    for (let i = 0; i < 6; i++) expect((await answer(s.publicId, 3 + i)).statusCode).toBe(201);
    const refused = await coordinator.delete(`/api/surveys/${s.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('archive');
    expect(await row(s.id)).toBeDefined();

    const archived = await coordinator.post(`/api/surveys/${s.id}/archive`, {});
    expect(archived.statusCode).toBe(200);
    expect(archived.json()).toMatchObject({ archived: true, status: 'closed', responses: 6 });
    const current = (await coordinator.get('/api/surveys')).json().items.map((x: { id: string }) => x.id);
    expect(current).not.toContain(s.id);
    // The list counts the responses in the same statement as the surveys.
    const old = (await coordinator.get('/api/surveys?archived=true'))
      .json()
      .items.map((x: { id: string; responses: number | null }) => [x.id, x.responses]);
    expect(old).toEqual([[s.id, 6]]);
    const results = await coordinator.get(`/api/surveys/${s.id}/results`);
    expect(results.json().questions[0].total).toBe(6);
    expect((await answer(s.publicId)).statusCode).toBe(410);
    expect((await coordinator.post(`/api/surveys/${s.id}/archive`, {})).statusCode).toBe(409);
    expect(await audited('survey.archive', s.id)).toBe(1);
  });

  it('only the coordinator edits, closes, archives or deletes; nothing changes for the others', async () => {
    const s = await create();
    const before = await row(s.id);
    for (const client of Object.values(others)) {
      expect((await client.patch(`/api/surveys/${s.id}`, { closesOn: day(3) })).statusCode).toBe(403);
      expect((await client.post(`/api/surveys/${s.id}/close`, {})).statusCode).toBe(403);
      expect((await client.post(`/api/surveys/${s.id}/archive`, {})).statusCode).toBe(403);
      expect((await client.delete(`/api/surveys/${s.id}`)).statusCode).toBe(403);
    }
    expect((await otherZone.delete(`/api/surveys/${s.id}`)).statusCode).toBe(404);
    expect((await otherZone.post(`/api/surveys/${s.id}/close`, {})).statusCode).toBe(404);
    expect(await row(s.id)).toEqual(before);
  });
});

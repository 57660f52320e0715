import { randomBytes } from 'node:crypto';
import type { SurveyDefinition } from '@brug/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let zoneId: string;
let coordinator: Client;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const token = () => randomBytes(16).toString('base64url');

const definition: SurveyDefinition = {
  languages: [
    { code: 'nl', name: 'Nederlands', rtl: false },
    { code: 'fr', name: 'Français', rtl: false },
  ],
  questions: [
    { kind: 'item', id: 'trust', itemId: 'ess_trust_police', translations: {} },
    { kind: 'item', id: 'respect', itemId: 'nts_respect', translations: {} },
    { kind: 'text', id: 'remark', text: { nl: 'Opmerking', fr: 'Remarque' } },
  ],
};
const create = async (overrides: Record<string, unknown> = {}) => {
  const res = await coordinator.post('/api/surveys', {
    title: { nl: 'Samen antwoorden' },
    kind: 'pulse',
    opensOn: day(-1),
    closesOn: day(10),
    definition,
    ...overrides,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; publicId: string };
};
const answer = (publicId: string, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/public/surveys/${publicId}/responses`, payload: body });
const sql = async (text: string, values: unknown[]) => (await t.ctx.database.executeSql(text, values)).rows;

beforeAll(async () => {
  t = await buildTestApp();
  zoneId = (await createZone(t.ctx)).id;
  coordinator = (await loginAs(t, zoneId, 'coordinator')).client;
}, 240_000);
afterAll(async () => t?.close(), 120_000);

describe('[SURVEYS] many respondents at once', () => {
  it('stores every answer of a room answering together, and counts each once', async () => {
    const s = await create();
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        answer(s.publicId, {
          language: i % 2 ? 'fr' : 'nl',
          deviceToken: token(),
          answers: { trust: i % 11, respect: 1 + (i % 5), ...(i % 4 === 0 ? { remark: `r${i}` } : {}) },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 201));
    expect(results[1].json().message).toBe('Merci ! Vos réponses ont été enregistrées de manière anonyme.');
    const [responses] = await sql('select count(*)::int as n from survey_responses where survey_id = $1', [
      s.id,
    ]);
    expect(responses.n).toBe(60);
    const [stats] = await sql(
      'select sum(responses)::int as responses, sum(n)::int as n from survey_stats where survey_id = $1',
      [s.id],
    );
    expect(stats).toEqual({ responses: 60, n: 60 });
    const counts = await sql(
      'select question_id, sum(n)::int as n from survey_answer_counts where survey_id = $1 group by 1 order by 1',
      [s.id],
    );
    expect(counts).toEqual([
      { question_id: 'respect', n: 60 },
      { question_id: 'trust', n: 60 },
    ]);
    const [texts] = await sql('select count(*)::int as n from survey_free_texts where survey_id = $1', [
      s.id,
    ]);
    expect(texts.n).toBe(15);
  });

  it('one device sending the same answer five times at once is stored once', async () => {
    const s = await create();
    const device = token();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        answer(s.publicId, { language: 'nl', deviceToken: device, answers: { trust: 7 } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().message).toBe(
      'U hebt deze bevraging al beantwoord. Dank u!',
    );
    const [stats] = await sql(
      'select coalesce(sum(responses), 0)::int as n from survey_stats where survey_id = $1',
      [s.id],
    );
    expect(stats.n).toBe(1);
  });

  it('one code used by three people at once counts for one of them only', async () => {
    const s = await create({ access: 'code' });
    const [code] = (await coordinator.post(`/api/surveys/${s.id}/codes`, { phase: 'pulse', count: 2 })).json()
      .codes as string[];
    const results = await Promise.all(
      [3, 5, 8].map((trust) => answer(s.publicId, { language: 'fr', code, answers: { trust } })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const [responses] = await sql('select count(*)::int as n from survey_responses where survey_id = $1', [
      s.id,
    ]);
    expect(responses.n).toBe(1);
    const [codes] = await sql(
      'select count(*) filter (where used)::int as used from survey_codes where survey_id = $1',
      [s.id],
    );
    expect(codes.used).toBe(1);
  });

  it('a survey closed early refuses the next answer at once, and stores nothing', async () => {
    const s = await create();
    expect(
      (await answer(s.publicId, { language: 'nl', deviceToken: token(), answers: { trust: 4 } })).statusCode,
    ).toBe(201);
    expect(
      (await coordinator.patch(`/api/surveys/${s.id}`, { closesOn: day(-1), opensOn: day(-2) })).statusCode,
    ).toBe(200);
    const late = await answer(s.publicId, { language: 'nl', deviceToken: token(), answers: { trust: 4 } });
    expect(late.statusCode).toBe(410);
    const [responses] = await sql('select count(*)::int as n from survey_responses where survey_id = $1', [
      s.id,
    ]);
    expect(responses.n).toBe(1);
  });

  it('the dashboard shows a new target group as soon as the survey is changed', async () => {
    const s = await create({ targetGroup: 'jongeren' });
    for (let i = 0; i < 6; i++)
      await answer(s.publicId, { language: 'nl', deviceToken: token(), answers: { trust: 5 + (i % 3) } });
    const before = (await coordinator.get('/api/insights/dashboard?trendBy=targetGroup')).json();
    expect(before.trust.columns).toContain('jongeren');
    expect((await coordinator.patch(`/api/surveys/${s.id}`, { targetGroup: 'senioren' })).statusCode).toBe(
      200,
    );
    const after = (await coordinator.get('/api/insights/dashboard?trendBy=targetGroup')).json();
    expect(after.trust.columns).toContain('senioren');
    expect(after.trust.columns).not.toContain('jongeren');
  });
});

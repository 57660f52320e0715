import { randomBytes } from 'node:crypto';
import { schema } from '@brug/db';
import type { SurveyDefinition } from '@brug/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let zoneA: { id: string };
let zoneB: { id: string };
let coordinator: Client;
let coordinatorB: Client;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const definition: SurveyDefinition = {
  languages: [
    { code: 'nl', name: 'Nederlands', rtl: false },
    { code: 'fr', name: 'Français', rtl: false },
    { code: 'ar', name: 'العربية', rtl: true },
  ],
  questions: [
    {
      kind: 'item',
      id: 'trust',
      itemId: 'ess_trust_police',
      translations: { ar: { text: 'إلى أي مدى تثق بالشرطة؟', labels: ['لا ثقة على الإطلاق', 'ثقة تامة'] } },
    },
    {
      kind: 'item',
      id: 'respect',
      itemId: 'nts_respect',
      translations: {
        ar: {
          text: 'الشرطة في حيي تعامل الناس باحترام.',
          labels: ['أعارض بشدة', 'أعارض', 'محايد', 'أوافق', 'أوافق بشدة'],
        },
      },
    },
    { kind: 'text', id: 'remark', text: { nl: 'Opmerking', fr: 'Remarque', ar: 'ملاحظة' } },
  ],
};

const surveyInput = (overrides: Record<string, unknown> = {}) => ({
  title: { nl: 'Buurtvoetbal: voor en na', fr: 'Football de quartier : avant et après' },
  kind: 'activity',
  askDistrict: true,
  opensOn: day(-1),
  closesOn: day(30),
  definition,
  ...overrides,
});

async function answer(publicId: string, body: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: `/api/public/surveys/${publicId}/responses`, payload: body });
}
const token = () => randomBytes(16).toString('base64url');
const responseCount = async (surveyId: string) =>
  (
    await t.ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.surveyResponses)
      .where(eq(schema.surveyResponses.surveyId, surveyId))
  )[0].n;

/** Every number a results payload carries, with its path. */
function numbersIn(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, path ? `${path}.${k}` : k));
  return [];
}

beforeAll(async () => {
  t = await buildTestApp();
  zoneA = await createZone(t.ctx);
  zoneB = await createZone(t.ctx);
  coordinator = (await loginAs(t, zoneA.id, 'coordinator')).client;
  coordinatorB = (await loginAs(t, zoneB.id, 'coordinator')).client;
}, 240_000);
// Building a fresh database takes a while on a busy machine.
afterAll(async () => t?.close(), 120_000);

describe('[SURVEYS] building a survey', () => {
  it('a coordinator builds a before/after survey from standard items with an Arabic version', async () => {
    const res = await coordinator.post('/api/surveys', surveyInput());
    expect(res.statusCode).toBe(201);
    const s = res.json();
    expect(Object.keys(s.links)).toEqual(['before', 'after']);
    expect(s.links.before).toBe(`http://brug.test/s/${s.publicId}?p=before`);
    expect(s.responses).toBeNull();
    const [entry] = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'survey.create'), eq(schema.auditLog.targetId, s.id)));
    expect(entry.zoneId).toBe(zoneA.id);
  });

  it('names the field: missing translation, bad dates, unknown item', async () => {
    const broken = structuredClone(definition);
    broken.languages.push({ code: 'tr', name: 'Türkçe', rtl: false });
    const res = await coordinator.post('/api/surveys', surveyInput({ definition: broken }));
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toMatchObject({
      'definition.questions.0.translations.tr': 'missing translation',
    });
    const dates = await coordinator.post('/api/surveys', surveyInput({ opensOn: day(5), closesOn: day(1) }));
    expect(dates.statusCode).toBe(400);
    expect(dates.json().fields).toHaveProperty('closesOn');
    const item = structuredClone(definition) as unknown as { questions: { itemId?: string }[] };
    item.questions[0].itemId = 'made_up';
    const bad = await coordinator.post('/api/surveys', surveyInput({ definition: item }));
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields).join()).toContain('itemId');
  });

  it('only the coordinator manages surveys', async () => {
    for (const role of ['admin', 'colleague', 'researcher', 'partner'] as const) {
      const { client } = await loginAs(t, zoneA.id, role);
      const res = await client.post('/api/surveys', surveyInput());
      expect(res.statusCode, role).toBe(403);
    }
    const { client: partner } = await loginAs(t, zoneA.id, 'partner');
    expect((await partner.get('/api/surveys')).statusCode).toBe(403);
  });

  it('keeps surveys in their zone', async () => {
    const s = (await coordinator.post('/api/surveys', surveyInput())).json();
    expect((await coordinatorB.get(`/api/surveys/${s.id}`)).statusCode).toBe(404);
    expect((await coordinatorB.patch(`/api/surveys/${s.id}`, { closesOn: day(2) })).statusCode).toBe(404);
    expect((await coordinatorB.get(`/api/surveys/${s.id}/results`)).statusCode).toBe(404);
    expect((await coordinatorB.get(`/api/surveys/${s.id}/poster.pdf`)).statusCode).toBe(404);
    expect(
      (await coordinatorB.get('/api/surveys')).json().items.map((x: { id: string }) => x.id),
    ).not.toContain(s.id);
    const [row] = await t.ctx.database.db.select().from(schema.surveys).where(eq(schema.surveys.id, s.id));
    expect(row.closesOn).toBe(day(30));
  });

  it('prints a QR poster (A4 PDF), a QR image and a slide', async () => {
    const s = (await coordinator.post('/api/surveys', surveyInput())).json();
    const pdf = await coordinator.get(`/api/surveys/${s.id}/poster.pdf?phase=after`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    const png = await coordinator.get(`/api/surveys/${s.id}/qr.png?phase=before`);
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const svg = await coordinator.get(`/api/surveys/${s.id}/slide.svg?phase=before`);
    expect(svg.body).toContain('viewBox="0 0 1920 1080"');
    expect(svg.body).toContain(`/s/${s.publicId}?p=before`);
    expect((await coordinator.get(`/api/surveys/${s.id}/poster.pdf?phase=pulse`)).statusCode).toBe(400);
  });
});

describe('[SURVEYS] answering anonymously', () => {
  let s: { id: string; publicId: string };
  beforeAll(async () => {
    s = (await coordinator.post('/api/surveys', surveyInput())).json();
  });

  it('shows the survey in Arabic, right to left, without an account', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/public/surveys/${s.publicId}?lang=ar&p=after`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ language: 'ar', rtl: true, phase: 'after', status: 'open' });
    expect(body.questions[0].points).toHaveLength(11);
    expect(body.districts).toContain('Borgerhout');
  });

  it('refuses bad input in the respondent’s language and stores nothing', async () => {
    const before = await responseCount(s.id);
    const outside = await answer(s.publicId, {
      language: 'fr',
      phase: 'before',
      deviceToken: token(),
      answers: { trust: 11 },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().fields['answers.trust']).toBe('Choisissez une valeur sur l’échelle.');
    const lang = await answer(s.publicId, { language: 'de', deviceToken: token(), answers: { trust: 5 } });
    expect(lang.statusCode).toBe(400);
    expect(lang.json().fields).toHaveProperty('language');
    const district = await answer(s.publicId, {
      language: 'ar',
      deviceToken: token(),
      district: 'Nowhere',
      answers: { trust: 5 },
    });
    expect(district.statusCode).toBe(400);
    expect(district.json().fields.district).toBe('اختر إحدى الإجابات المقترحة.');
    const device = token();
    expect(
      (
        await answer(s.publicId, {
          language: 'ar',
          phase: 'before',
          deviceToken: device,
          answers: { trust: 5 },
        })
      ).statusCode,
    ).toBe(201);
    const again = await answer(s.publicId, {
      language: 'ar',
      phase: 'before',
      deviceToken: device,
      answers: { trust: 7 },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('لقد أجبت');
    expect(await responseCount(s.id)).toBe(before + 1);
  });

  it('refuses a closed survey and a reused code', async () => {
    const closed = (
      await coordinator.post('/api/surveys', surveyInput({ opensOn: day(-10), closesOn: day(-1) }))
    ).json();
    const res = await answer(closed.publicId, {
      language: 'fr',
      deviceToken: token(),
      answers: { trust: 5 },
    });
    expect(res.statusCode).toBe(410);
    expect(res.json().message).toBe('Cette enquête est clôturée. Rien n’a été enregistré.');
    expect(await responseCount(closed.id)).toBe(0);

    const coded = (await coordinator.post('/api/surveys', surveyInput({ access: 'code' }))).json();
    const gen = await coordinator.post(`/api/surveys/${coded.id}/codes`, { phase: 'after', count: 3 });
    expect(gen.statusCode).toBe(201);
    const [code] = gen.json().codes as string[];
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const stored = await t.ctx.database.db
      .select()
      .from(schema.surveyCodes)
      .where(eq(schema.surveyCodes.surveyId, coded.id));
    expect(stored.map((c) => c.codeHash)).not.toContain(code);
    const colleague = (await loginAs(t, zoneA.id, 'colleague')).client;
    expect(
      (await colleague.post(`/api/surveys/${coded.id}/codes`, { phase: 'after', count: 3 })).statusCode,
    ).toBe(403);
    expect(
      (
        await answer(coded.publicId, {
          language: 'nl',
          phase: 'after',
          code: code.toLowerCase(),
          answers: { trust: 5 },
        })
      ).statusCode,
    ).toBe(201);
    const reused = await answer(coded.publicId, {
      language: 'nl',
      phase: 'after',
      code,
      answers: { trust: 9 },
    });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().fields.code).toBe(
      'Deze code werd al gebruikt of bestaat niet. Er werd niets bewaard.',
    );
    expect(
      (
        await answer(coded.publicId, {
          language: 'nl',
          phase: 'before',
          code: gen.json().codes[1],
          answers: { trust: 5 },
        })
      ).statusCode,
    ).toBe(409);
    expect(await responseCount(coded.id)).toBe(1);
  });

  it('stores no name, e-mail, address, device, code or time with a response', async () => {
    const cols = await t.ctx.database.executeSql(
      "select column_name from information_schema.columns where table_name = 'survey_responses' order by column_name",
    );
    expect(cols.rows.map((r) => r.column_name)).toEqual([
      'answers',
      'day',
      'district',
      'id',
      'phase',
      'survey_id',
      'trust_index',
      'zone_id',
    ]);
    const types = await t.ctx.database.executeSql(
      "select data_type from information_schema.columns where table_name = 'survey_responses' and column_name = 'day'",
    );
    expect(types.rows[0].data_type).toBe('date');
    const textCols = await t.ctx.database.executeSql(
      "select column_name from information_schema.columns where table_name = 'survey_free_texts' order by column_name",
    );
    expect(textCols.rows.map((r) => r.column_name)).not.toContain('response_id');
    // Answering writes nothing to the audit log: its timestamps would date a response to the second.
    const audited = await t.ctx.database.executeSql(
      "select count(*)::int as n from audit_log where action like 'survey.respon%'",
    );
    expect(audited.rows[0].n).toBe(0);
  });
});

describe('[SURVEYS] results', () => {
  let s: { id: string; publicId: string };
  const districts = ['Borgerhout', 'Deurne', 'Hoboken', 'Merksem'];
  beforeAll(async () => {
    s = (await coordinator.post('/api/surveys', surveyInput())).json();
    // 30 respondents: 15 before, 15 after; French, Arabic and Dutch; one district has only 2.
    for (let i = 0; i < 30; i++) {
      const phase = i < 15 ? 'before' : 'after';
      const res = await answer(s.publicId, {
        language: ['nl', 'fr', 'ar'][i % 3],
        phase,
        deviceToken: token(),
        district: i % 15 < 2 ? 'Merksem' : districts[i % 3],
        answers: {
          trust: phase === 'before' ? 3 + (i % 4) : 6 + (i % 4),
          respect: 2 + (i % 3),
          remark: `opmerking ${i % 12}`,
        },
      });
      expect(res.statusCode).toBe(201);
    }
  });

  it('shows the before/after difference of the trust index with its interval', async () => {
    const res = await coordinator.get(`/api/surveys/${s.id}/results?breakdown=phase&lang=nl`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.index.byPhase.before.n).toBe(15);
    expect(r.index.difference.diff).toBeGreaterThan(0);
    expect(r.index.difference.low).toBeLessThan(r.index.difference.diff);
    expect(r.index.difference.high).toBeGreaterThan(r.index.difference.diff);
    expect(r.questions[0].rows.map((x: { key: string }) => x.key)).toEqual(['before', 'after']);
    expect(r.questions[2].texts).toHaveLength(30);
  });

  it('a breakdown by district hides the cells under 5, and no figure is under 5', async () => {
    const res = await coordinator.get(`/api/surveys/${s.id}/results?breakdown=district`);
    const r = res.json();
    const trust = r.questions[0];
    const merksem = trust.rows.find((x: { key: string }) => x.key === 'Merksem');
    expect(merksem.total).toBeNull();
    expect(merksem.cells.every((c: number | null) => c === null)).toBe(true);
    for (const q of r.questions)
      for (const row of q.rows)
        if (row.cells.filter((c: number | null) => c === null).length > 0 && row.total !== null)
          expect(row.cells.filter((c: number | null) => c === null).length).toBeGreaterThanOrEqual(2);
    // Every count that leaves the server is 5 or more: no single response, no suppressed value.
    for (const breakdown of ['none', 'phase', 'district']) {
      const body = (await coordinator.get(`/api/surveys/${s.id}/results?breakdown=${breakdown}`)).json();
      for (const q of body.questions) {
        for (const [path, n] of numbersIn({
          rows: q.rows.map((x: { cells: unknown; total: unknown }) => [x.cells, x.total]),
          totals: q.totals,
          total: q.total,
        }))
          expect(n, `${breakdown} ${q.questionId} ${path}`).toBeGreaterThanOrEqual(5);
      }
      for (const [path, n] of numbersIn(body.index).filter(([p]) => /\.n$|n(Before|After)$/.test(p)))
        expect(n, path).toBeGreaterThanOrEqual(5);
      expect(JSON.stringify(body)).not.toMatch(/"(answers|day|deviceToken|code)"/);
    }
    expect(r.index.byDistrict.Merksem).toBeUndefined();
  });

  it('hides free text under 10 answers', async () => {
    const few = (await coordinator.post('/api/surveys', surveyInput())).json();
    for (let i = 0; i < 9; i++)
      await answer(few.publicId, {
        language: 'nl',
        phase: 'before',
        deviceToken: token(),
        answers: { trust: 5, remark: `tekst ${i}` },
      });
    const r = (await coordinator.get(`/api/surveys/${few.id}/results`)).json();
    expect(r.questions[2]).toMatchObject({ texts: null, total: null });
    expect(r.questions[0].total).toBe(9);
    // Nine answers on one point beside ten empty points: showing the nine would show that the
    // others are zero, so the whole row stays hidden and only the total is given.
    expect(r.questions[0].totals).toEqual(Array(11).fill(null));
    expect(r.index.difference).toBeNull();
  });

  it('lets the programme’s roles read results; partners only for initiatives they co-own', async () => {
    for (const role of ['admin', 'colleague', 'researcher'] as const) {
      const { client } = await loginAs(t, zoneA.id, role);
      expect((await client.get(`/api/surveys/${s.id}/results`)).statusCode, role).toBe(200);
    }
    const { client: partner, user } = await loginAs(t, zoneA.id, 'partner');
    expect((await partner.get(`/api/surveys/${s.id}/results`)).statusCode).toBe(403);

    const db = t.ctx.database.db;
    const [org] = await db
      .insert(schema.organisations)
      .values({ zoneId: zoneA.id, name: 'Jeugdhuis De Brug', nameKey: 'jeugdhuis de brug' })
      .returning();
    await db.insert(schema.contacts).values({
      zoneId: zoneA.id,
      organisationId: org.id,
      name: 'Contact',
      consentBasis: 'consent',
      consentDate: day(0),
      userId: user.id,
    });
    const [initiative] = await db
      .insert(schema.initiatives)
      .values({ zoneId: zoneA.id, type: 'group_activity', title: 'Buurtvoetbal' })
      .returning();
    await db
      .insert(schema.initiativePartners)
      .values({ initiativeId: initiative.id, organisationId: org.id, zoneId: zoneA.id });
    const owned = (
      await coordinator.post('/api/surveys', surveyInput({ initiativeId: initiative.id }))
    ).json();
    expect(owned.initiativeId).toBe(initiative.id);
    expect((await partner.get(`/api/surveys/${owned.id}/results`)).statusCode).toBe(200);
    expect((await partner.get(`/api/surveys/initiatives/${initiative.id}/results`)).statusCode).toBe(200);
    expect((await partner.get(`/api/surveys/${s.id}/results`)).statusCode).toBe(403);
  });

  it('pools before/after per initiative and compares with the zone’s baseline pulse', async () => {
    const [initiative] = await t.ctx.database.db
      .insert(schema.initiatives)
      .values({ zoneId: zoneA.id, type: 'workshop', title: 'Workshop' })
      .returning();
    const linked = (
      await coordinator.post('/api/surveys', surveyInput({ initiativeId: initiative.id, askDistrict: false }))
    ).json();
    for (let i = 0; i < 12; i++)
      await answer(linked.publicId, {
        language: 'nl',
        phase: i < 6 ? 'before' : 'after',
        deviceToken: token(),
        answers: { trust: i < 6 ? 4 + (i % 2) : 8 + (i % 2) },
      });
    const pooled = (await coordinator.get(`/api/surveys/initiatives/${initiative.id}/results`)).json();
    expect(pooled).toMatchObject({ surveys: 1, before: { n: 6 }, after: { n: 6 } });
    expect(pooled.difference.diff).toBe(40);

    const base = (
      await coordinator.post('/api/surveys', surveyInput({ kind: 'pulse', baseline: true }))
    ).json();
    for (let i = 0; i < 6; i++)
      await answer(base.publicId, { language: 'nl', deviceToken: token(), answers: { trust: 5 + (i % 2) } });
    const r = (await coordinator.get(`/api/surveys/${linked.id}/results`)).json();
    expect(r.index.baseline.surveyId).toBe(base.id);
    expect(r.index.baseline.estimate.n).toBe(6);
    expect(r.index.baseline.difference.diff).toBe(30);
  });
});

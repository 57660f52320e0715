import { randomBytes } from 'node:crypto';
import { schema } from '@brug/db';
import { quarterOf } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let zoneA: { id: string };
let zoneB: { id: string };
let coordinator: Client;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const definition = {
  languages: [
    { code: 'nl', name: 'Nederlands', rtl: false },
    { code: 'fr', name: 'Français', rtl: false },
  ],
  // Two trust questions: a mean of one question alone is hidden beside its hidden cells.
  questions: [
    { kind: 'item', id: 'trust', itemId: 'ess_trust_police' },
    { kind: 'item', id: 'respect', itemId: 'ess_d15_respect' },
  ],
};

async function pulse(client: Client, targetGroup: string, district: string | null, answers: number[]) {
  const s = (
    await client.post('/api/surveys', {
      title: { nl: `Pulse ${targetGroup}` },
      kind: 'pulse',
      targetGroup,
      district,
      opensOn: day(-1),
      closesOn: day(10),
      definition,
    })
  ).json();
  for (const v of answers) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/public/surveys/${s.publicId}/responses`,
      payload: {
        language: 'nl',
        deviceToken: randomBytes(12).toString('hex'),
        answers: { trust: v, respect: 1 + (v % 4) },
      },
    });
    expect(res.statusCode).toBe(201);
  }
  return s;
}

beforeAll(async () => {
  t = await buildTestApp();
  zoneA = await createZone(t.ctx);
  zoneB = await createZone(t.ctx);
  coordinator = (await loginAs(t, zoneA.id, 'coordinator')).client;
  const db = t.ctx.database.db;
  const [programme] = await db
    .insert(schema.programmes)
    .values({ zoneId: zoneA.id, name: 'Brug', slug: `brug-${randomBytes(3).toString('hex')}` })
    .returning();
  const [wave] = await db
    .insert(schema.waves)
    .values({ zoneId: zoneA.id, programmeId: programme.id, number: 1, name: 'Eerste golf' })
    .returning();
  const statuses = ['contacted', 'invited', 'in_dialogue', 'partner', 'partner'];
  for (const [i, status] of statuses.entries()) {
    const [org] = await db
      .insert(schema.organisations)
      .values({
        zoneId: zoneA.id,
        name: `Organisatie ${i}`,
        nameKey: `organisatie ${i}`,
        waveId: wave.id,
        districts: [i < 3 ? 'Borgerhout' : 'Deurne'],
      })
      .returning();
    await db
      .insert(schema.relationshipStatuses)
      .values({ zoneId: zoneA.id, organisationId: org.id, programmeId: programme.id, status });
  }
  const [initiative] = await db
    .insert(schema.initiatives)
    .values({
      zoneId: zoneA.id,
      type: 'neighbourhood_meeting',
      title: 'Buurtoverleg Borgerhout',
      status: 'running',
      districts: ['Borgerhout'],
    })
    .returning();
  await db.insert(schema.activities).values({
    zoneId: zoneA.id,
    initiativeId: initiative.id,
    startsAt: new Date(Date.now() - 3 * 86_400_000),
    endsAt: new Date(Date.now() - 3 * 86_400_000 + 7_200_000),
    capacity: 40,
    attendance: 23,
  });
  await pulse(coordinator, 'jongeren', 'Borgerhout', [6, 7, 8, 7, 6, 9]);
  await pulse(coordinator, 'senioren', 'Deurne', [4, 5, 6]);
}, 240_000);
// Building a fresh database takes a while on a busy machine.
afterAll(async () => t?.close(), 120_000);

describe('[INSIGHTS] dashboard', () => {
  it('shows the programme funnel, waves, initiatives, activities and trust for the diversity unit', async () => {
    const res = await coordinator.get('/api/insights/dashboard');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.funnel).toEqual([
      { key: 'contacted', count: 5 },
      { key: 'invited', count: 4 },
      { key: 'in_dialogue', count: 3 },
      { key: 'partner', count: 2 },
    ]);
    expect(d.waves).toEqual([{ wave: '1. Eerste golf', organisations: 5, partners: 2 }]);
    expect(d.initiativesByStatus).toEqual([{ key: 'running', count: 1 }]);
    expect(d.initiativesByType).toEqual([{ key: 'neighbourhood_meeting', count: 1 }]);
    expect(d.activities).toEqual({ held: 1, attendance: 23 });
    expect(d.trust.quarters).toEqual([quarterOf(day(0))]);
    // Deurne's pulse has 3 answers: it is in no figure at all, not even the zone total.
    expect(d.trust.columns).toEqual(['Borgerhout']);
    expect(d.trust.overall[0].n).toBe(6);
    expect(d.trust.cells[0][0].n).toBe(6);
    expect(d.trust.responses).toBe(6);
  });

  it('filters by district and target group', async () => {
    const d = (await coordinator.get('/api/insights/dashboard?district=Deurne')).json();
    expect(d.funnel[0]).toEqual({ key: 'contacted', count: 2 });
    expect(d.initiativesByStatus).toEqual([]);
    expect(d.trust.columns).toEqual([]);
    const g = (
      await coordinator.get('/api/insights/dashboard?trendBy=targetGroup&targetGroup=jongeren')
    ).json();
    expect(g.trust.columns).toEqual(['jongeren']);
    const bad = await coordinator.get('/api/insights/dashboard?from=2026-05-01&to=2026-01-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('from');
  });

  it('never returns a trust figure for fewer than 5 respondents', async () => {
    const d = (await coordinator.get('/api/insights/dashboard?trendBy=targetGroup')).json();
    expect(d.trust.columns).toEqual(['jongeren']);
    for (const row of d.trust.cells) for (const c of row) if (c) expect(c.n).toBeGreaterThanOrEqual(5);
  });

  it('keeps each zone to its own figures', async () => {
    const other = (await loginAs(t, zoneB.id, 'coordinator')).client;
    const d = (await other.get('/api/insights/dashboard')).json();
    expect(d.funnel.every((f: { count: number }) => f.count === 0)).toBe(true);
    expect(d.activities).toEqual({ held: 0, attendance: 0 });
    expect(d.trust.quarters).toEqual([]);
  });

  it('is for the programme’s roles, not for partners', async () => {
    for (const role of ['admin', 'colleague', 'researcher'] as const) {
      const { client } = await loginAs(t, zoneA.id, role);
      expect((await client.get('/api/insights/dashboard')).statusCode, role).toBe(200);
    }
    const { client: partner } = await loginAs(t, zoneA.id, 'partner');
    expect((await partner.get('/api/insights/dashboard')).statusCode).toBe(403);
    expect((await partner.get('/api/insights/report.pdf')).statusCode).toBe(403);
    const { client: colleague } = await loginAs(t, zoneA.id, 'colleague');
    expect((await colleague.get('/api/insights/export.csv')).statusCode).toBe(403);
  });
});

describe('[INSIGHTS] programme report and exports', () => {
  it('produces the PDF report in Dutch and in French, and audits it', async () => {
    for (const lang of ['nl', 'fr']) {
      const res = await coordinator.get(`/api/insights/report.pdf?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect((await coordinator.get('/api/insights/report.pdf?lang=de')).json().fields).toHaveProperty('lang');
    const entries = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.zoneId, zoneA.id), eq(schema.auditLog.action, 'insights.export')));
    expect(entries.map((e) => (e.details as { format: string }).format)).toEqual(['pdf', 'pdf']);
  });

  it('exports the same figures as CSV and XLSX, with the same suppression', async () => {
    const csv = await coordinator.get('/api/insights/export.csv?lang=fr');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('"Partie","Chiffre","Valeur"');
    expect(csv.body).toContain('"Partenaires","2"');
    expect(csv.body).toContain('n=6');
    expect(csv.body).not.toContain('n=3');
    expect(csv.body).not.toContain('Deurne');
    const xlsx = await coordinator.get('/api/insights/export.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

import { randomBytes, randomUUID } from 'node:crypto';
import { schema } from '@brug/db';
import { quarterOf } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';
import { inspectPdf } from '../../foundation/pdf/inspect-pdf.ts';

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

  it('answers every tile from its rows, with and without filters', async () => {
    const zone = await createZone(t.ctx);
    const { client } = await loginAs(t, zone.id, 'coordinator');
    const db = t.ctx.database.db;
    const z = zone.id;
    const at = (iso: string) => new Date(iso);
    const ago = (days: number) => new Date(Date.now() - days * 86_400_000);
    const [programme] = await db
      .insert(schema.programmes)
      .values({ zoneId: z, name: 'Brug', slug: `brug-${randomBytes(3).toString('hex')}` })
      .returning();
    const [w2, w1] = await db
      .insert(schema.waves)
      .values([
        { zoneId: z, programmeId: programme.id, number: 2, name: 'Tweede golf' },
        { zoneId: z, programmeId: programme.id, number: 1, name: 'Eerste golf' },
      ])
      .returning();
    const org = async (name: string, waveId: string, district: string, targetGroup: string) =>
      (
        await db
          .insert(schema.organisations)
          .values({
            zoneId: z,
            name,
            nameKey: name.toLowerCase(),
            waveId,
            districts: [district],
            targetGroups: [targetGroup],
          })
          .returning()
      )[0];
    const o1 = await org('Jeugdhuis', w2.id, 'Borgerhout', 'jongeren');
    const o2 = await org('Seniorenclub', w1.id, 'Deurne', 'ouderen');
    await org('Moskee', w2.id, 'Deurne', 'ouders');
    await db.insert(schema.relationshipStatuses).values([
      { zoneId: z, organisationId: o1.id, programmeId: programme.id, status: 'partner' },
      { zoneId: z, organisationId: o2.id, programmeId: programme.id, status: 'invited' },
    ]);
    await db.insert(schema.relationshipStatusHistory).values([
      {
        zoneId: z,
        organisationId: o1.id,
        programmeId: programme.id,
        toStatus: 'contacted',
        changedAt: at('2025-01-10T10:00:00Z'),
      },
      {
        zoneId: z,
        organisationId: o1.id,
        programmeId: programme.id,
        fromStatus: 'contacted',
        toStatus: 'invited',
        changedAt: at('2025-02-10T10:00:00Z'),
      },
    ]);
    const [bureau] = await db.insert(schema.bureaus).values({ zoneId: z, name: 'Bureau' }).returning();
    const finding = (kind: string, status: string, publishedAt: Date | null) => ({
      zoneId: z,
      bureauId: bureau.id,
      kind,
      status,
      sealedDraft: 'sealed',
      statement: kind,
      publishedAt,
    });
    const [, linked] = await db
      .insert(schema.findings)
      .values([
        finding('need', 'published', at('2025-02-01T10:00:00Z')),
        finding('need', 'published', at('2025-04-01T10:00:00Z')),
        finding('improvement_point', 'published', at('2025-06-01T10:00:00Z')),
        finding('need', 'draft', null),
      ])
      .returning();
    const [i1, i2] = await db
      .insert(schema.initiatives)
      .values([
        {
          zoneId: z,
          type: 'workshop',
          title: 'Rechten',
          status: 'running',
          districts: ['Borgerhout'],
          targetGroups: ['jongeren'],
        },
        {
          zoneId: z,
          type: 'presentation',
          title: 'Info',
          status: 'planned',
          districts: ['Deurne'],
          targetGroups: ['ouderen'],
        },
      ])
      .returning();
    await db
      .insert(schema.initiativeFindings)
      .values({ zoneId: z, initiativeId: i2.id, findingId: linked.id });
    const activity = (initiativeId: string, startsAt: Date, attendance: number, cancelled = false) => ({
      zoneId: z,
      initiativeId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7_200_000),
      capacity: 40,
      attendance,
      cancelledAt: cancelled ? startsAt : null,
    });
    await db
      .insert(schema.activities)
      .values([
        activity(i1.id, at('2025-02-05T18:00:00Z'), 12),
        activity(i2.id, ago(3), 5),
        activity(i1.id, ago(4), 30, true),
        activity(i2.id, new Date(Date.now() + 5 * 86_400_000), 0),
      ]);
    const volunteer = async () => {
      const { user } = await loginAs(t, z, 'colleague');
      const [v] = await db
        .insert(schema.volunteers)
        .values({
          zoneId: z,
          userId: user.id,
          status: 'active',
          motivation: 'Helpen',
          unit: 'Wijk',
          district: 'Borgerhout',
          availability: {} as never,
          maxHoursPerMonth: 8,
        })
        .returning();
      return v.id;
    };
    const [v1, v2] = [await volunteer(), await volunteer()];
    const va = (startsAt: Date, minutes: number, district: string) => ({
      activityId: randomUUID(),
      zoneId: z,
      title: 'Infostand',
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      durationMinutes: minutes,
      needed: 2,
      district,
    });
    const [va1, va2, va3] = await db
      .insert(schema.volunteerActivities)
      .values([
        va(ago(10), 90, 'Borgerhout'),
        va(ago(5), 60, 'Deurne'),
        va(new Date(Date.now() + 86_400_000), 120, 'Borgerhout'),
      ])
      .returning();
    const assign = (activityId: string, volunteerId: string, status: string) => ({
      zoneId: z,
      activityId,
      volunteerId,
      status,
      tokenHash: randomBytes(16).toString('hex'),
    });
    await db
      .insert(schema.volunteerAssignments)
      .values([
        assign(va1.activityId, v1, 'accepted'),
        assign(va1.activityId, v2, 'accepted'),
        assign(va2.activityId, v1, 'accepted'),
        assign(va2.activityId, v2, 'invited'),
        assign(va3.activityId, v1, 'accepted'),
      ]);

    const get = async (query = '') => {
      const res = await client.get(`/api/insights/dashboard${query}`);
      expect(res.statusCode).toBe(200);
      return res.json();
    };
    const all = await get();
    expect(all.unavailable).toEqual([]);
    expect(all.funnel).toEqual([
      { key: 'contacted', count: 2 },
      { key: 'invited', count: 2 },
      { key: 'in_dialogue', count: 1 },
      { key: 'partner', count: 1 },
    ]);
    expect(all.waves).toEqual([
      { wave: '1. Eerste golf', organisations: 1, partners: 0 },
      { wave: '2. Tweede golf', organisations: 2, partners: 1 },
    ]);
    expect(all.findingsByKind).toEqual([
      { key: 'improvement_point', count: 1 },
      { key: 'need', count: 2 },
    ]);
    expect(all.initiativesByStatus).toEqual([
      { key: 'planned', count: 1 },
      { key: 'running', count: 1 },
    ]);
    expect(all.initiativesByType).toEqual([
      { key: 'presentation', count: 1 },
      { key: 'workshop', count: 1 },
    ]);
    expect(all.activities).toEqual({ held: 2, attendance: 17 });
    expect(all.colleagues).toEqual({ active: 2, hours: 4 });
    expect(all.needsWithoutInitiative).toBe(1);

    const borgerhout = await get('?district=Borgerhout');
    expect(borgerhout.funnel.map((f: { count: number }) => f.count)).toEqual([1, 1, 1, 1]);
    expect(borgerhout.waves).toEqual([
      { wave: '1. Eerste golf', organisations: 0, partners: 0 },
      { wave: '2. Tweede golf', organisations: 1, partners: 1 },
    ]);
    expect(borgerhout.initiativesByStatus).toEqual([{ key: 'running', count: 1 }]);
    expect(borgerhout.activities).toEqual({ held: 1, attendance: 12 });
    expect(borgerhout.colleagues).toEqual({ active: 2, hours: 3 });
    expect(borgerhout.findingsByKind).toEqual(all.findingsByKind);

    const ouderen = await get('?targetGroup=ouderen');
    expect(ouderen.funnel.map((f: { count: number }) => f.count)).toEqual([1, 1, 0, 0]);
    expect(ouderen.waves).toEqual([
      { wave: '1. Eerste golf', organisations: 1, partners: 0 },
      { wave: '2. Tweede golf', organisations: 0, partners: 0 },
    ]);
    expect(ouderen.initiativesByType).toEqual([{ key: 'presentation', count: 1 }]);
    expect(ouderen.activities).toEqual({ held: 1, attendance: 5 });

    const early = await get('?from=2025-01-01&to=2025-03-01');
    expect(early.funnel.map((f: { count: number }) => f.count)).toEqual([1, 1, 0, 0]);
    expect(early.findingsByKind).toEqual([{ key: 'need', count: 1 }]);
    expect(early.initiativesByStatus).toEqual([]);
    expect(early.activities).toEqual({ held: 1, attendance: 12 });
    expect(early.colleagues).toEqual({ active: 0, hours: 0 });
    expect(early.needsWithoutInitiative).toBe(1);
    const upToMay = await get('?to=2025-05-01');
    expect(upToMay.findingsByKind).toEqual([{ key: 'need', count: 2 }]);
    expect(upToMay.needsWithoutInitiative).toBe(1);
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
    // Read in French: the initiative's type in words, the trust figure with decimal commas, no arrow
    // the font cannot draw, the date written out.
    const fr = inspectPdf(
      (await coordinator.get('/api/insights/report.pdf?lang=fr')).rawPayload,
    ).text.replace(/\s+/g, ' ');
    expect(fr).toContain('En cours · Concertation de quartier ·');
    expect(fr).not.toMatch(/neighbourhood_meeting|running|→/);
    expect(fr).toMatch(/Établi le : \d{1,2} [a-zéû]+ \d{4}/);
    expect(fr).toMatch(/\d+(,\d)? \[\d+(,\d)? ; \d+(,\d)?\] n=6/);
    expect(fr).not.toMatch(/\d\.\d \[/);
    const entries = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.zoneId, zoneA.id), eq(schema.auditLog.action, 'insights.export')));
    expect(entries.map((e) => (e.details as { format: string }).format)).toEqual(['pdf', 'pdf', 'pdf']);
  });

  it('exports the same figures as CSV and XLSX, with the same suppression', async () => {
    const csv = await coordinator.get('/api/insights/export.csv?lang=fr');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('"Partie","Chiffre","Valeur"');
    expect(csv.body).toContain('"Partenaires","2"');
    expect(csv.body).toMatch(/"\d+(,\d)? \[\d+(,\d)?\u202f; \d+(,\d)?\] n=6"/);
    const nl = await coordinator.get('/api/insights/export.csv?lang=nl');
    expect(nl.body).toMatch(/"\d+(,\d)? \[\d+(,\d)?; \d+(,\d)?\] n=6"/);
    expect(csv.body).not.toContain('n=3');
    expect(csv.body).not.toContain('Deurne');
    const xlsx = await coordinator.get('/api/insights/export.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

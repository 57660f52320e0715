import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';
import {
  buildOrganisation,
  buildPublishedFinding,
  linkContact,
  shiftActivityToPast,
} from './test-factories.ts';

let t: TestApp;
let zoneId: string;
let coordinator: Client;
let colleague: Client;
let colleagueId: string;
let researcher: Client;
let admin: Client;
let partnerA: Client;
let partnerB: Client;
let partnerAEmail: string;
let outsider: Client;
let otherCoordinator: Client;
let orgA: string;
let orgB: string;
let needs: string[];

const day = 86_400_000;
const future = (days: number, hour = 18) => {
  const d = new Date(Date.now() + days * day);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

beforeAll(async () => {
  t = await buildTestApp();
  zoneId = (await createZone(t.ctx)).id;
  const otherZone = (await createZone(t.ctx)).id;
  coordinator = (await loginAs(t, zoneId, 'coordinator')).client;
  const c = await loginAs(t, zoneId, 'colleague');
  colleague = c.client;
  colleagueId = c.user.id;
  researcher = (await loginAs(t, zoneId, 'researcher')).client;
  admin = (await loginAs(t, zoneId, 'admin')).client;
  orgA = (await buildOrganisation(t.ctx, zoneId, 'Jeugdhuis De Brug')).id;
  orgB = (await buildOrganisation(t.ctx, zoneId, 'Buurtwerk Noord')).id;
  const a = await loginAs(t, zoneId, 'partner');
  partnerAEmail = a.user.email;
  await linkContact(t.ctx, zoneId, orgA, a.user.id);
  partnerA = a.client;
  const b = await loginAs(t, zoneId, 'partner');
  await linkContact(t.ctx, zoneId, orgB, b.user.id);
  partnerB = b.client;
  const o = await loginAs(t, zoneId, 'partner');
  await linkContact(t.ctx, zoneId, (await buildOrganisation(t.ctx, zoneId)).id, o.user.id);
  outsider = o.client;
  otherCoordinator = (await loginAs(t, otherZone, 'coordinator')).client;
  needs = [
    await buildPublishedFinding(t.ctx, zoneId, { title: 'Jongeren kennen hun rechten niet', kind: 'need' }),
    await buildPublishedFinding(t.ctx, zoneId, {
      title: 'Meer aanspreekbaarheid in de wijk',
      kind: 'improvement_point',
    }),
    await buildPublishedFinding(t.ctx, zoneId, { title: 'Vrouwen voelen zich niet gehoord', kind: 'need' }),
  ];
  await buildPublishedFinding(t.ctx, zoneId, { title: 'Concept', status: 'draft' });
});
afterAll(async () => t?.close());

async function workshop(extra: Record<string, unknown> = {}) {
  const res = await coordinator.post('/api/initiatives', {
    type: 'workshop',
    title: 'Workshop: je rechten bij een controle',
    description: 'Samen met jongeren',
    goals: ['rechten kennen'],
    targetGroups: ['jongeren'],
    districts: ['Borgerhout'],
    partnerOrganisationIds: [orgA, orgB],
    leadUserId: colleagueId,
    budget: 250,
    materials: 'beamer',
    findingIds: [needs[0], needs[1]],
    ...extra,
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

async function toCoDesign(id: string) {
  await coordinator.post(`/api/initiatives/${id}/transition`, { to: 'proposal' });
  await coordinator.post(`/api/initiatives/${id}/transition`, { to: 'co_design' });
}

describe('[INITIATIVES] co-design and lifecycle', () => {
  it('plans only after every co-owning partner confirmed the fit (or with a recorded reason)', async () => {
    const w = await workshop();
    expect(w.partners.map((p: { fit: string }) => p.fit)).toEqual(['pending', 'pending']);
    await toCoDesign(w.id);

    const early = await coordinator.post(`/api/initiatives/${w.id}/transition`, { to: 'planned' });
    expect(early.statusCode).toBe(400);
    expect(early.json().fields).toHaveProperty('overrideReason');

    expect(
      (await partnerA.post(`/api/initiatives/${w.id}/comments`, { text: 'Liever op woensdag' })).statusCode,
    ).toBe(201);
    const doc = await partnerA.post(`/api/initiatives/${w.id}/documents`, {
      filename: 'programma.txt',
      contentType: 'text/plain',
      content: Buffer.from('Programma van de workshop').toString('base64'),
    });
    expect(doc.statusCode).toBe(201);
    const docs = (await coordinator.get(`/api/initiatives/${w.id}/documents`)).json();
    expect(docs).toMatchObject([{ filename: 'programma.txt', size: 25 }]);
    const download = await partnerB.get(`/api/initiatives/${w.id}/documents/${doc.json().id}`);
    expect(download.body).toBe('Programma van de workshop');

    const changes = await partnerB.post(`/api/initiatives/${w.id}/fit`, { fit: 'changes_requested' });
    expect(changes.statusCode).toBe(400);
    expect(changes.json().fields).toHaveProperty('note');
    await partnerB.post(`/api/initiatives/${w.id}/fit`, {
      fit: 'changes_requested',
      note: 'Ook voor meisjes',
    });
    await partnerA.post(`/api/initiatives/${w.id}/fit`, { fit: 'confirmed' });
    expect(
      (await coordinator.post(`/api/initiatives/${w.id}/transition`, { to: 'planned' })).statusCode,
    ).toBe(400);
    const fits = (await partnerB.post(`/api/initiatives/${w.id}/fit`, { fit: 'confirmed' })).json();
    expect(fits.partners.map((p: { fit: string }) => p.fit)).toEqual(['confirmed', 'confirmed']);

    const planned = await coordinator.post(`/api/initiatives/${w.id}/transition`, { to: 'planned' });
    expect(planned.statusCode).toBe(200);
    expect(planned.json()).toMatchObject({ status: 'planned', planOverrideReason: null });
  });

  it('plans without a confirmation only with a recorded reason', async () => {
    const w = await workshop();
    await toCoDesign(w.id);
    const res = await coordinator.post(`/api/initiatives/${w.id}/transition`, {
      to: 'planned',
      overrideReason: 'Buurtwerk Noord nam niet meer deel',
    });
    expect(res.json()).toMatchObject({
      status: 'planned',
      planOverrideReason: 'Buurtwerk Noord nam niet meer deel',
    });
  });

  it('asks the partners to confirm again after a material change to the proposal', async () => {
    const w = await workshop();
    await toCoDesign(w.id);
    await partnerA.post(`/api/initiatives/${w.id}/fit`, { fit: 'confirmed' });
    await partnerB.post(`/api/initiatives/${w.id}/fit`, { fit: 'confirmed' });

    // The same values again (as the edit form sends them) and a new lead colleague are no new proposal.
    const same = await coordinator.patch(`/api/initiatives/${w.id}`, {
      description: w.description,
      findingIds: [...w.findingIds].reverse(),
      districts: w.districts,
      leadUserId: null,
    });
    expect(same.statusCode).toBe(200);
    expect(same.json().partners.map((p: { fit: string }) => p.fit)).toEqual(['confirmed', 'confirmed']);

    const changed = await coordinator.patch(`/api/initiatives/${w.id}`, {
      findingIds: [needs[0]],
      budget: 900,
    });
    expect(changed.json().partners.map((p: { fit: string }) => p.fit)).toEqual(['pending', 'pending']);
    const audit = await t.ctx.database.db
      .select({ details: schema.auditLog.details })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.targetId, w.id))
      .orderBy(schema.auditLog.id);
    expect(audit.at(-1)?.details).toMatchObject({
      material: ['budget', 'findingIds'],
      confirmationsReset: 2,
    });

    // The partners' contacts are asked to confirm again.
    const mails = await t.ctx.database.db
      .select()
      .from(schema.mailMessages)
      .where(eq(schema.mailMessages.to, partnerAEmail));
    expect(mails.at(-1)).toMatchObject({ subject: expect.stringContaining('Het voorstel is gewijzigd') });
    expect(mails.at(-1)?.text).toContain(`/initiatives/${w.id}`);

    const refused = await coordinator.post(`/api/initiatives/${w.id}/transition`, { to: 'planned' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toHaveProperty('overrideReason');
    await partnerA.post(`/api/initiatives/${w.id}/fit`, { fit: 'confirmed' });
    const withReason = await coordinator.post(`/api/initiatives/${w.id}/transition`, {
      to: 'planned',
      overrideReason: 'Buurtwerk Noord bevestigde telefonisch',
    });
    expect(withReason.json()).toMatchObject({ status: 'planned' });
  });

  it('needs the findings it answers before planning, and drops only with a reason', async () => {
    const w = await workshop({ findingIds: [], partnerOrganisationIds: [] });
    await toCoDesign(w.id);
    const res = await coordinator.post(`/api/initiatives/${w.id}/transition`, { to: 'planned' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toHaveProperty('findingIds');
    expect(
      (await coordinator.post(`/api/initiatives/${w.id}/transition`, { to: 'dropped' })).json().fields,
    ).toHaveProperty('reason');
    // A zone without published findings yet plans with a recorded reason, kept on the initiative.
    const early = await workshop({ findingIds: [], partnerOrganisationIds: [] });
    await toCoDesign(early.id);
    const withReason = await coordinator.post(`/api/initiatives/${early.id}/transition`, {
      to: 'planned',
      overrideReason: 'De eerste gesprekken lopen nog; de buurt vroeg dit zelf',
    });
    expect(withReason.statusCode, withReason.body).toBe(200);
    expect(withReason.json()).toMatchObject({
      status: 'planned',
      planOverrideReason: 'De eerste gesprekken lopen nog; de buurt vroeg dit zelf',
    });
    const dropped = await coordinator.post(`/api/initiatives/${w.id}/transition`, {
      to: 'dropped',
      reason: 'Geen budget',
    });
    expect(dropped.json()).toMatchObject({ status: 'dropped', statusReason: 'Geen budget' });
  });

  it('filters the board by status, type, district, partner and target group', async () => {
    const n = await workshop({
      type: 'neighbourhood_meeting',
      districts: ['Deurne'],
      targetGroups: ['ouderen'],
      partnerOrganisationIds: [orgB],
    });
    const byType = (await colleague.get('/api/initiatives?type=neighbourhood_meeting')).json();
    expect(byType.map((i: { id: string }) => i.id)).toEqual([n.id]);
    expect((await colleague.get('/api/initiatives?district=Deurne')).json()).toHaveLength(1);
    expect((await colleague.get('/api/initiatives?targetGroup=ouderen')).json()).toHaveLength(1);
    const byPartner = (await researcher.get(`/api/initiatives?partner=${orgA}`)).json();
    expect(
      byPartner.every((i: { partners: { organisationId: string }[] }) =>
        i.partners.some((p) => p.organisationId === orgA),
      ),
    ).toBe(true);
    expect(
      (await colleague.get('/api/initiatives?status=idea&type=neighbourhood_meeting')).json(),
    ).toHaveLength(1);
    const all = (await colleague.get('/api/initiatives')).json();
    expect(byPartner.length).toBeGreaterThan(0);
    expect(byPartner.length).toBeLessThan(all.length);
    // An empty filter is no filter; a filter nothing matches finds nothing.
    expect((await colleague.get('/api/initiatives?district=&targetGroup=')).json()).toHaveLength(all.length);
    expect((await colleague.get('/api/initiatives?district=Nergens')).json()).toEqual([]);
    expect(
      (await colleague.get('/api/initiatives?status=idea&district=Deurne&targetGroup=jongeren')).json(),
    ).toEqual([]);
  });

  it('shows the coverage: answered findings and the needs nobody works on', async () => {
    const res = await coordinator.get('/api/initiatives/coverage');
    expect(res.statusCode).toBe(200);
    const cov = res.json();
    expect(cov.findings).toHaveLength(3);
    const byId = Object.fromEntries(cov.findings.map((f: { id: string }) => [f.id, f]));
    expect(byId[needs[0]].answered).toBe(true);
    expect(byId[needs[1]].answered).toBe(true);
    expect(byId[needs[2]]).toMatchObject({ answered: false, initiativeIds: [] });
    const titles = new Map(cov.initiatives.map((i: { id: string; title: string }) => [i.id, i.title]));
    expect(titles.get(byId[needs[0]].initiativeIds[0])).toBe('Workshop: je rechten bij een controle');
    expect(cov).toMatchObject({ unanswered: 1, unansweredNeeds: 1 });

    // Each reader sees a finding in their language where the bureau translated it, else as written.
    await t.ctx.database.db
      .update(schema.findings)
      .set({ translations: { fr: 'Les jeunes demandent un lieu pour faire du sport.' } })
      .where(eq(schema.findings.id, needs[2]));
    const french = (await loginAs(t, zoneId, 'coordinator', { language: 'fr' })).client;
    const inFrench = (await french.get('/api/initiatives/coverage')).json();
    const titleOf = (c: { findings: { id: string; title: string }[] }, id: string) =>
      c.findings.find((f) => f.id === id)!.title;
    expect(titleOf(inFrench, needs[2])).toBe('Les jeunes demandent un lieu pour faire du sport.');
    expect(titleOf(inFrench, needs[0])).toBe(byId[needs[0]].title);
    expect(titleOf((await coordinator.get('/api/initiatives/coverage')).json(), needs[2])).toBe(
      byId[needs[2]].title,
    );
    // The page's language, just switched to, wins over the account's saved one; an unknown one is refused.
    const asRead = (await coordinator.get('/api/initiatives/coverage?lang=fr')).json();
    expect(titleOf(asRead, needs[2])).toBe('Les jeunes demandent un lieu pour faire du sport.');
    expect(titleOf(asRead, needs[0])).toBe(byId[needs[0]].title);
    const unknown = await coordinator.get('/api/initiatives/coverage?lang=de');
    expect(unknown.statusCode).toBe(400);
    expect(Object.keys(unknown.json().fields)).toEqual(['lang']);
  });
});

describe('[INITIATIVES] refusals', () => {
  it('names the field for unknown findings, organisations and lead colleagues, and creates nothing', async () => {
    const before = (await coordinator.get('/api/initiatives')).json().length;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const res = await coordinator.post('/api/initiatives', {
      type: 'workshop',
      title: 'X',
      findingIds: [unknown],
      partnerOrganisationIds: [unknown],
      leadUserId: unknown,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual([
      'findingIds',
      'leadUserId',
      'partnerOrganisationIds',
    ]);
    const bad = await coordinator.post('/api/initiatives', { type: 'party', title: '' });
    expect(Object.keys(bad.json().fields).sort()).toEqual(['title', 'type']);
    expect((await coordinator.get('/api/initiatives')).json()).toHaveLength(before);
  });

  it('gives 403 per role, and partners only see what they co-own', async () => {
    const w = await workshop();
    for (const c of [colleague, researcher, admin, partnerA]) {
      expect((await c.post('/api/initiatives', { type: 'other', title: 'x' })).statusCode).toBe(403);
      expect((await c.patch(`/api/initiatives/${w.id}`, { title: 'gewijzigd' })).statusCode).toBe(403);
      expect((await c.post(`/api/initiatives/${w.id}/transition`, { to: 'proposal' })).statusCode).toBe(403);
    }
    for (const c of [colleague, researcher, admin, coordinator]) {
      expect((await c.post(`/api/initiatives/${w.id}/fit`, { fit: 'confirmed' })).statusCode).toBe(403);
    }
    for (const c of [colleague, researcher, admin]) {
      expect((await c.post(`/api/initiatives/${w.id}/comments`, { text: 'x' })).statusCode).toBe(403);
    }
    expect((await colleague.get(`/api/initiatives/${w.id}/comments`)).statusCode).toBe(403);
    expect((await outsider.get(`/api/initiatives/${w.id}`)).statusCode).toBe(403);
    expect((await outsider.post(`/api/initiatives/${w.id}/fit`, { fit: 'confirmed' })).statusCode).toBe(403);
    expect((await outsider.post(`/api/initiatives/${w.id}/comments`, { text: 'x' })).statusCode).toBe(403);
    expect((await outsider.get('/api/initiatives')).json()).toEqual([]);
    // A partner's contact sees only the initiatives its organisation co-owns.
    const seenByPartner = (await partnerA.get('/api/initiatives')).json();
    expect(seenByPartner.length).toBeGreaterThan(0);
    expect(
      seenByPartner.every((i: { partners: { organisationId: string }[] }) =>
        i.partners.some((p) => p.organisationId === orgA),
      ),
    ).toBe(true);
    expect(seenByPartner.length).toBeLessThan((await coordinator.get('/api/initiatives')).json().length);
    expect((await partnerA.get('/api/initiatives/coverage')).statusCode).toBe(403);
    const after = (await coordinator.get(`/api/initiatives/${w.id}`)).json();
    expect(after).toMatchObject({ title: w.title, status: 'idea' });
    expect(after.partners.map((p: { fit: string }) => p.fit)).toEqual(['pending', 'pending']);
  });

  it('refuses documents of the wrong type or size', async () => {
    const w = await workshop();
    const exe = await coordinator.post(`/api/initiatives/${w.id}/documents`, {
      filename: 'virus.exe',
      contentType: 'application/x-msdownload',
      content: 'AAAA',
    });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().fields).toHaveProperty('contentType');
    const big = await coordinator.post(`/api/initiatives/${w.id}/documents`, {
      filename: 'groot.pdf',
      contentType: 'application/pdf',
      content: Buffer.alloc(2 * 1024 * 1024 + 10).toString('base64'),
    });
    expect(big.statusCode).toBe(400);
    expect(big.json().fields).toHaveProperty('content');
    expect((await coordinator.get(`/api/initiatives/${w.id}/documents`)).json()).toEqual([]);
  });

  it('keeps initiatives and activities in their zone', async () => {
    const w = await workshop();
    expect((await otherCoordinator.get(`/api/initiatives/${w.id}`)).statusCode).toBe(404);
    expect(
      (await otherCoordinator.patch(`/api/initiatives/${w.id}`, { title: 'overgenomen' })).statusCode,
    ).toBe(404);
    expect(
      (await otherCoordinator.post(`/api/initiatives/${w.id}/transition`, { to: 'proposal' })).statusCode,
    ).toBe(404);
    expect(
      (
        await otherCoordinator.post(`/api/initiatives/${w.id}/activities`, {
          startsAt: future(3),
          endsAt: future(3, 20),
          place: 'x',
          capacity: 5,
        })
      ).statusCode,
    ).toBe(404);
    expect((await otherCoordinator.get('/api/initiatives')).json()).toEqual([]);
    expect((await otherCoordinator.get('/api/initiatives/coverage')).json().findings).toEqual([]);
    // Another zone's organisation cannot be made a co-owner.
    const foreignOrg = await buildOrganisation(t.ctx, (await createZone(t.ctx)).id);
    const res = await coordinator.patch(`/api/initiatives/${w.id}`, {
      partnerOrganisationIds: [foreignOrg.id],
    });
    expect(res.json().fields).toHaveProperty('partnerOrganisationIds');
    expect((await coordinator.get(`/api/initiatives/${w.id}`)).json().title).toBe(w.title);
  });
});

describe('[INITIATIVES] activities', () => {
  let initiativeId: string;
  beforeAll(async () => {
    const w = await workshop({ partnerOrganisationIds: [] });
    initiativeId = w.id;
    await toCoDesign(w.id);
    await coordinator.post(`/api/initiatives/${w.id}/transition`, { to: 'planned' });
  });

  it('schedules sessions and refuses past, reversed or overlapping dates, naming the field', async () => {
    const one = await coordinator.post(`/api/initiatives/${initiativeId}/activities`, {
      startsAt: future(7),
      endsAt: future(7, 20),
      place: 'Jeugdhuis De Brug, Borgerhout',
      capacity: 20,
      languages: ['nl', 'ar'],
      colleaguesNeeded: 2,
    });
    expect(one.statusCode).toBe(201);
    const past = await coordinator.post(`/api/initiatives/${initiativeId}/activities`, {
      startsAt: future(-1),
      endsAt: future(-1, 20),
      place: 'x',
      capacity: 5,
    });
    expect(past.json().fields).toHaveProperty('startsAt');
    const reversed = await coordinator.post(`/api/initiatives/${initiativeId}/activities`, {
      startsAt: future(8, 20),
      endsAt: future(8, 18),
      place: 'x',
      capacity: 5,
    });
    expect(reversed.json().fields).toHaveProperty('endsAt');
    const overlap = await coordinator.post(`/api/initiatives/${initiativeId}/activities`, {
      startsAt: future(7, 19),
      endsAt: future(7, 21),
      place: 'x',
      capacity: 5,
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().fields).toHaveProperty('startsAt');
    const noPlace = await coordinator.post(`/api/initiatives/${initiativeId}/activities`, {
      startsAt: future(9),
      endsAt: future(9, 20),
      capacity: 5,
    });
    expect(noPlace.json().fields).toHaveProperty('place');
    const online = await coordinator.post(`/api/initiatives/${initiativeId}/activities`, {
      startsAt: future(9),
      endsAt: future(9, 20),
      onlineUrl: 'https://meet.example.org/brug',
      capacity: 30,
    });
    expect(online.statusCode).toBe(201);
    const calendar = (await colleague.get(`/api/activities?initiativeId=${initiativeId}`)).json();
    expect(calendar.map((a: { capacity: number }) => a.capacity)).toEqual([20, 30]);
    for (const c of [colleague, researcher, admin, partnerA]) {
      expect(
        (
          await c.post(`/api/initiatives/${initiativeId}/activities`, {
            startsAt: future(20),
            endsAt: future(20, 20),
            place: 'x',
            capacity: 5,
          })
        ).statusCode,
      ).toBe(403);
      expect((await c.get(`/api/activities/${one.json().id}/registrations`)).statusCode).toBe(403);
    }
  });

  it('records attendance afterwards, also above capacity, and a capacity never below attendance', async () => {
    const a = (
      await coordinator.post(`/api/initiatives/${initiativeId}/activities`, {
        startsAt: future(12),
        endsAt: future(12, 20),
        place: 'Buurthuis',
        capacity: 10,
      })
    ).json();
    const early = await coordinator.put(`/api/activities/${a.id}/attendance`, { count: 5 });
    expect(early.json().fields).toHaveProperty('count');
    await shiftActivityToPast(t.ctx, a.id);
    // More came than there were places: recorded as it happened (the check-in page warns).
    const tooMany = await coordinator.put(`/api/activities/${a.id}/attendance`, { count: 11 });
    expect(tooMany.json()).toMatchObject({ attendance: 11, capacity: 10 });
    expect(
      (await coordinator.put(`/api/activities/${a.id}/attendance`, { count: 8 })).json().attendance,
    ).toBe(8);
    const lower = await coordinator.patch(`/api/activities/${a.id}`, { capacity: 6 });
    expect(lower.statusCode).toBe(400);
    expect(lower.json().fields).toHaveProperty('capacity');
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.activities)
      .where(eq(schema.activities.id, a.id));
    expect(row.capacity).toBe(10);
    expect((await colleague.put(`/api/activities/${a.id}/attendance`, { count: 1 })).statusCode).toBe(403);

    // The report links to a feedback survey of the zone; an unknown one is refused, naming the field.
    const unknownSurvey = await coordinator.put(`/api/activities/${a.id}/report`, {
      whatHappened: 'x',
      surveyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownSurvey.statusCode).toBe(400);
    expect(unknownSurvey.json().fields).toHaveProperty('surveyId');
    expect((await researcher.get(`/api/activities/${a.id}/report`)).statusCode).toBe(404);
    const [survey] = await t.ctx.database.db
      .insert(schema.surveys)
      .values({
        zoneId,
        title: { nl: 'Hoe was de workshop?', fr: 'Comment était l’atelier ?' },
        kind: 'feedback',
        activityId: a.id,
        opensOn: '2026-01-01',
        closesOn: '2026-12-31',
        definition: {},
        publicId: `bench${a.id.slice(0, 8)}`,
      })
      .returning();
    const linkable = await coordinator.get(`/api/activities/${a.id}/surveys`);
    expect(linkable.json()).toEqual([
      { id: survey.id, title: 'Hoe was de workshop?', publicId: survey.publicId },
    ]);
    expect((await colleague.get(`/api/activities/${a.id}/surveys`)).statusCode).toBe(403);
    expect((await otherCoordinator.get(`/api/activities/${a.id}/surveys`)).statusCode).toBe(404);
    const linked = await coordinator.put(`/api/activities/${a.id}/report`, {
      whatHappened: '12 jongeren',
      surveyId: survey.id,
    });
    expect(linked.statusCode).toBe(200);

    const report = await coordinator.put(`/api/activities/${a.id}/report`, {
      whatHappened: '12 jongeren, goede vragen',
      lessons: 'Meer tijd voor vragen',
      surveyUrl: 'https://brug.test/s/abc',
    });
    expect(report.statusCode).toBe(200);
    expect((await researcher.get(`/api/activities/${a.id}/report`)).json()).toMatchObject({
      attendance: 8,
      surveyUrl: 'https://brug.test/s/abc',
    });
  });
});

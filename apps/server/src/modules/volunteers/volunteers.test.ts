import { schema } from '@brug/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';
import { asDelivered } from '../../../test/mail.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

// Saturday 12 December 2027, 14:00–16:00 Brussels time.
const SATURDAY = { startsAt: '2027-12-11T14:00:00+01:00', endsAt: '2027-12-11T16:00:00+01:00' };
const tokenFrom = (text: string, answer: string) =>
  new RegExp(`token=([\\w-]+)&answer=${answer}`).exec(text)![1];

function application(overrides: Record<string, unknown> = {}) {
  return {
    motivation: 'Ik wil het vertrouwen in mijn wijk versterken.',
    unit: 'Wijkwerking Noord',
    district: 'Borgerhout',
    languages: [{ code: 'nl', level: 'native' }],
    topicIds: [],
    availability: { patterns: ['weekends'], dates: [] },
    maxHoursPerMonth: 10,
    ...overrides,
  };
}

async function mailsTo(email: string) {
  return asDelivered(
    t,
    await t.ctx.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, email)),
  );
}

async function auditActions(zoneId: string) {
  const rows = await t.ctx.database.db
    .select({ action: schema.auditLog.action })
    .from(schema.auditLog)
    .where(eq(schema.auditLog.zoneId, zoneId));
  return rows.map((r) => r.action);
}

type Zone = Awaited<ReturnType<typeof createZone>>;

/** A colleague who applied and whom the coordinator made active. */
async function activeColleague(zone: Zone, coordinator: Client, name: string, body: Record<string, unknown>) {
  const c = await loginAs(t, zone.id, 'colleague', { displayName: name });
  const applied = await c.client.post('/api/volunteers/applications', application(body));
  expect(applied.statusCode, applied.body).toBe(201);
  const id = applied.json().id;
  for (const status of ['accepted', 'active'])
    expect((await coordinator.post(`/api/volunteers/${id}/status`, { status })).statusCode).toBe(200);
  return { ...c, volunteerId: id as string };
}

describe('[VOLUNTEERS] calls for colleagues', () => {
  it('the coordinator publishes a call and e-mails it to the colleagues of the zone only', async () => {
    const zone = await createZone(t.ctx);
    const other = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const { user: colleague, client: colleagueClient } = await loginAs(t, zone.id, 'colleague', {
      language: 'fr',
    });
    const { user: partner } = await loginAs(t, zone.id, 'partner');
    const { user: elsewhere } = await loginAs(t, other.id, 'colleague');

    const missing = await coordinator.post('/api/volunteers/calls', {
      body: 'x',
      asked: 'y',
      timeCommitment: 'z',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toHaveProperty('title');

    const created = await coordinator.post('/api/volunteers/calls', {
      title: 'Collega’s gezocht voor workshops',
      body: 'We zoeken collega’s die willen meebouwen aan vertrouwen.',
      asked: 'Workshops geven in scholen en verenigingen',
      timeCommitment: 'Vier uur per maand',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().status).toBe('draft');
    expect((await colleagueClient.get('/api/volunteers/calls')).json().items).toEqual([]);

    const published = await coordinator.post(`/api/volunteers/calls/${created.json().id}/publish`, {
      email: true,
    });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', emailedCount: 1 });
    const [mail] = await mailsTo(colleague.email);
    expect(mail.subject).toContain('Appel');
    expect(mail.text).toContain(`/volunteers/apply?call=${created.json().id}`);
    expect(await mailsTo(partner.email)).toEqual([]);
    expect(await mailsTo(elsewhere.email)).toEqual([]);
    expect((await colleagueClient.get('/api/volunteers/calls')).json().items).toHaveLength(1);
    expect(await auditActions(zone.id)).toEqual(
      expect.arrayContaining(['volunteer.call.create', 'volunteer.call.publish']),
    );
  });

  it('refuses calls to other roles and other zones', async () => {
    const zone = await createZone(t.ctx);
    const other = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const call = (
      await coordinator.post('/api/volunteers/calls', {
        title: 'T',
        body: 'B',
        asked: 'A',
        timeCommitment: 'C',
      })
    ).json();
    for (const role of ['colleague', 'admin', 'researcher', 'partner'] as const) {
      const { client } = await loginAs(t, zone.id, role);
      expect(
        (
          await client.post('/api/volunteers/calls', {
            title: 'T',
            body: 'B',
            asked: 'A',
            timeCommitment: 'C',
          })
        ).statusCode,
      ).toBe(403);
      expect((await client.post(`/api/volunteers/calls/${call.id}/publish`, {})).statusCode).toBe(403);
    }
    for (const role of ['researcher', 'partner'] as const) {
      const { client } = await loginAs(t, zone.id, role);
      expect((await client.get('/api/volunteers/calls')).statusCode).toBe(403);
    }
    const { client: foreign } = await loginAs(t, other.id, 'coordinator');
    expect((await foreign.post(`/api/volunteers/calls/${call.id}/publish`, {})).statusCode).toBe(404);
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.volunteerCalls)
      .where(eq(schema.volunteerCalls.id, call.id));
    expect(row.status).toBe('draft');
  });
});

describe('[VOLUNTEERS] topics of the zone', () => {
  it('the coordinator keeps the list; colleagues read it; duplicates are refused', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const { client: colleague } = await loginAs(t, zone.id, 'colleague');
    const created = await coordinator.post('/api/volunteer-topics', { label: 'Online veiligheid' });
    expect(created.statusCode).toBe(201);
    expect((await coordinator.post('/api/volunteer-topics', { label: 'online VEILIGHEID' })).statusCode).toBe(
      409,
    );
    expect((await colleague.post('/api/volunteer-topics', { label: 'Iets' })).statusCode).toBe(403);
    expect((await colleague.get('/api/volunteer-topics')).json().items).toEqual([
      { id: created.json().id, label: 'Online veiligheid', active: true },
    ]);
    await coordinator.patch(`/api/volunteer-topics/${created.json().id}`, { active: false });
    expect((await colleague.get('/api/volunteer-topics')).json().items).toEqual([]);
    const { client: partner } = await loginAs(t, zone.id, 'partner');
    expect((await partner.get('/api/volunteer-topics')).statusCode).toBe(403);
  });
});

describe('[VOLUNTEERS] applying', () => {
  it('refuses bad input with a 400 naming the field, and stores nothing', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const foreignZone = await createZone(t.ctx);
    const { client: foreignCoordinator } = await loginAs(t, foreignZone.id, 'coordinator');
    const foreignTopic = (await foreignCoordinator.post('/api/volunteer-topics', { label: 'Elders' })).json();
    void coordinator;
    const { user, client } = await loginAs(t, zone.id, 'colleague');
    const cases: [Record<string, unknown>, string][] = [
      [{ maxHoursPerMonth: 201 }, 'maxHoursPerMonth'],
      [{ maxHoursPerMonth: -1 }, 'maxHoursPerMonth'],
      [{ languages: [{ code: 'klingon', level: 'native' }] }, 'languages.0.code'],
      [
        { availability: { patterns: [], dates: [{ date: '2027-12-01', start: '15:00', end: '11:00' }] } },
        'availability.dates.0.end',
      ],
      [{ availability: { patterns: ['sometimes'], dates: [] } }, 'availability.patterns.0'],
      [{ topicIds: [foreignTopic.id] }, 'topicIds.0'],
      [{ district: 'Atlantis' }, 'district'],
    ];
    for (const [body, field] of cases) {
      const res = await client.post('/api/volunteers/applications', application(body));
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().fields)).toContain(field);
    }
    const rows = await t.ctx.database.db
      .select()
      .from(schema.volunteers)
      .where(eq(schema.volunteers.userId, user.id));
    expect(rows).toEqual([]);
  });

  it('a colleague applies once, in French; coordinators and others cannot apply', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const topic = (
      await coordinator.post('/api/volunteer-topics', { label: 'Hoe dien ik een klacht in?' })
    ).json();
    const { client } = await loginAs(t, zone.id, 'colleague', { language: 'fr' });
    const res = await client.post(
      '/api/volunteers/applications',
      application({
        motivation: 'Je veux rapprocher la police des jeunes du quartier.',
        languages: [
          { code: 'fr', level: 'native' },
          { code: 'nl', level: 'fluent' },
        ],
        topicIds: [topic.id],
        otherTopics: 'Sport et prévention',
        experience: ['youth', 'poverty'],
        availability: {
          patterns: ['evenings'],
          dates: [{ date: '2027-12-11', start: '09:00', end: '17:00' }],
        },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'applied',
      topicIds: [topic.id],
      experience: ['youth', 'poverty'],
      history: [{ from: null, to: 'applied' }],
      calendarFeed: false,
    });
    expect(res.json()).not.toHaveProperty('notes');
    expect((await client.post('/api/volunteers/applications', application())).statusCode).toBe(409);
    for (const role of ['coordinator', 'admin', 'researcher', 'partner'] as const) {
      const other = await loginAs(t, zone.id, role);
      expect((await other.client.post('/api/volunteers/applications', application())).statusCode).toBe(403);
    }
  });

  it('a colleague edits their profile and availability; a bad change leaves the row unchanged', async () => {
    const zone = await createZone(t.ctx);
    const { client } = await loginAs(t, zone.id, 'colleague');
    await client.post('/api/volunteers/applications', application());
    const ok = await client.patch('/api/volunteers/me', {
      maxHoursPerMonth: 12,
      availability: { patterns: ['weekdays'] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      maxHoursPerMonth: 12,
      availability: { patterns: ['weekdays'], dates: [] },
    });
    const bad = await client.patch('/api/volunteers/me', { maxHoursPerMonth: 500 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('maxHoursPerMonth');
    expect((await client.get('/api/volunteers/me')).json().maxHoursPerMonth).toBe(12);
  });
});

describe('[VOLUNTEERS] selection', () => {
  it('moves an application through the statuses with dated history, notes, messages and trainings', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const { user, client } = await loginAs(t, zone.id, 'colleague');
    const id = (await client.post('/api/volunteers/applications', application())).json().id;

    const skip = await coordinator.post(`/api/volunteers/${id}/status`, { status: 'active' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().fields).toHaveProperty('status');
    for (const status of ['talk_planned', 'accepted', 'active', 'inactive', 'active'])
      expect((await coordinator.post(`/api/volunteers/${id}/status`, { status })).statusCode).toBe(200);
    expect(
      (await coordinator.post(`/api/volunteers/${id}/notes`, { text: 'Sterk in gesprek met jongeren' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await coordinator.post(`/api/volunteers/${id}/messages`, { text: 'Welkom in de pool!' })).statusCode,
    ).toBe(201);
    const training = await coordinator.post(`/api/volunteers/${id}/trainings`, {
      name: 'Diversiteitstraining',
      completedOn: '2027-10-03',
    });
    expect(training.statusCode).toBe(201);
    expect(
      (
        await coordinator.post(`/api/volunteers/${id}/trainings`, { name: 'X', completedOn: '3 oktober' })
      ).json().fields,
    ).toHaveProperty('completedOn');

    const seen = (await coordinator.get(`/api/volunteers/${id}`)).json();
    expect(seen.history.map((h: { to: string }) => h.to)).toEqual([
      'applied',
      'talk_planned',
      'accepted',
      'active',
      'inactive',
      'active',
    ]);
    expect(seen.history.every((h: { at: string }) => !Number.isNaN(Date.parse(h.at)))).toBe(true);
    expect(seen.notes.map((n: { text: string }) => n.text)).toEqual(['Sterk in gesprek met jongeren']);
    expect(seen.trainings).toEqual([
      { id: training.json().id, name: 'Diversiteitstraining', completedOn: '2027-10-03' },
    ]);

    const own = (await client.get('/api/volunteers/me')).json();
    expect(own).not.toHaveProperty('notes');
    expect(JSON.stringify(own)).not.toContain('Sterk in gesprek');
    expect(own.messages.map((m: { text: string }) => m.text)).toEqual(['Welkom in de pool!']);
    expect((await mailsTo(user.email)).some((m) => m.text.includes('Welkom in de pool!'))).toBe(true);
    expect(await auditActions(zone.id)).toEqual(
      expect.arrayContaining([
        'volunteer.apply',
        'volunteer.status',
        'volunteer.note',
        'volunteer.message',
        'volunteer.training',
      ]),
    );
  });

  it('keeps the pool to coordinators (admin reads) and to the zone', async () => {
    const zone = await createZone(t.ctx);
    const other = await createZone(t.ctx);
    const { client: colleague } = await loginAs(t, zone.id, 'colleague');
    const id = (await colleague.post('/api/volunteers/applications', application())).json().id;
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    expect((await admin.get('/api/volunteers')).json().total).toBe(1);
    const adminView = await admin.get(`/api/volunteers/${id}`);
    expect(adminView.statusCode).toBe(200);
    expect(adminView.json().notes).toEqual([]);
    expect((await admin.post(`/api/volunteers/${id}/status`, { status: 'accepted' })).statusCode).toBe(403);
    for (const role of ['colleague', 'researcher', 'partner'] as const) {
      const { client } = await loginAs(t, zone.id, role);
      expect((await client.get('/api/volunteers')).statusCode).toBe(403);
      expect((await client.get(`/api/volunteers/${id}`)).statusCode).toBe(403);
      expect((await client.post(`/api/volunteers/${id}/status`, { status: 'accepted' })).statusCode).toBe(
        403,
      );
      expect((await client.delete(`/api/volunteers/${id}`)).statusCode).toBe(403);
    }
    const { client: foreign } = await loginAs(t, other.id, 'coordinator');
    expect((await foreign.get('/api/volunteers')).json().total).toBe(0);
    expect((await foreign.get(`/api/volunteers/${id}`)).statusCode).toBe(404);
    expect((await foreign.post(`/api/volunteers/${id}/status`, { status: 'accepted' })).statusCode).toBe(404);
    expect((await foreign.post(`/api/volunteers/${id}/notes`, { text: 'x' })).statusCode).toBe(404);
    expect((await foreign.delete(`/api/volunteers/${id}`)).statusCode).toBe(404);
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.volunteers)
      .where(eq(schema.volunteers.id, id));
    expect(row.status).toBe('applied');
  });
});

describe('[VOLUNTEERS] matching and invitations', () => {
  it('ranks the Arabic speaker free on Saturday first, explains why, and she accepts from the e-mail', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const topic = (
      await coordinator.post('/api/volunteer-topics', { label: 'Werken bij de politie' })
    ).json();
    const samira = await activeColleague(zone, coordinator, 'Samira El Idrissi', {
      languages: [
        { code: 'nl', level: 'fluent' },
        { code: 'ar', level: 'native' },
      ],
      topicIds: [topic.id],
    });
    const jan = await activeColleague(zone, coordinator, 'Jan Peeters', { topicIds: [topic.id] });
    const youssef = await activeColleague(zone, coordinator, 'Youssef Amrani', {
      languages: [{ code: 'ar', level: 'fluent' }],
      availability: { patterns: ['weekdays'], dates: [] },
    });

    const bad = await coordinator.post('/api/volunteers/matching', {
      requirement: { title: 'Workshop', ...SATURDAY, endsAt: '2027-12-11T13:00:00+01:00', needed: 1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('requirement.endsAt');
    const unknownLanguage = await coordinator.post('/api/volunteers/matching', {
      requirement: { title: 'Workshop', ...SATURDAY, needed: 1, languages: [{ code: 'xx' }] },
    });
    expect(unknownLanguage.json().fields).toHaveProperty('requirement.languages.0.code');
    const unknownTopic = await coordinator.post('/api/volunteers/matching', {
      requirement: { title: 'Workshop', ...SATURDAY, needed: 1, topicIds: [crypto.randomUUID()] },
    });
    expect(unknownTopic.json().fields).toHaveProperty('requirement.topicIds.0');

    const match = await coordinator.post('/api/volunteers/matching', {
      requirement: {
        title: 'Workshop "Werken bij de politie"',
        ...SATURDAY,
        needed: 1,
        topicIds: [topic.id],
        languages: [{ code: 'ar' }],
        district: 'Borgerhout',
      },
    });
    expect(match.statusCode, match.body).toBe(200);
    const { activity, ranked, excluded } = match.json();
    expect(ranked.map((r: { displayName: string }) => r.displayName)).toEqual([
      'Samira El Idrissi',
      'Jan Peeters',
    ]);
    expect(ranked[0].explanation).toMatchObject({
      languages: { points: 30, matched: [{ code: 'ar', level: 'native' }] },
      topics: { points: 40, matched: [topic.id] },
      district: { same: true },
      availability: { via: 'weekends' },
      spread: { hoursThisMonth: 0, cap: 10 },
    });
    expect(excluded).toEqual([
      {
        volunteerId: youssef.volunteerId,
        displayName: 'Youssef Amrani',
        reason: 'unavailable',
        detail: { date: '2027-12-11', weekday: 6 },
      },
    ]);

    const refused = await coordinator.post(`/api/volunteer-activities/${activity.activityId}/invitations`, {
      volunteerIds: [youssef.volunteerId],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual({ 'volunteerIds.0': 'unavailable' });

    const invited = await coordinator.post(`/api/volunteer-activities/${activity.activityId}/invitations`, {
      volunteerIds: [samira.volunteerId],
    });
    expect(invited.json()).toEqual({ invited: 1 });
    const [mail] = await mailsTo(samira.user.email);
    expect(mail.text).toContain('/volunteers/respond?token=');
    const token = tokenFrom(mail.text, 'accept');

    const accept = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/volunteers/assignments/respond',
        payload: { token, answer: 'accept' },
      });
    const first = await accept();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'accepted',
      changed: true,
      title: 'Workshop "Werken bij de politie"',
    });
    const second = await accept();
    expect(second.json()).toMatchObject({ status: 'accepted', changed: false });
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/volunteers/assignments/respond',
      payload: { token, answer: 'decline' },
    });
    expect(change.statusCode).toBe(409);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/volunteers/assignments/respond',
      payload: { token: 'not-a-real-token-at-all', answer: 'accept' },
    });
    expect(wrong.statusCode).toBe(410);

    const me = (await samira.client.get('/api/volunteers/me')).json();
    expect(me.assignments).toMatchObject([
      { title: 'Workshop "Werken bij de politie"', status: 'accepted', hours: 2 },
    ]);

    const feed = await samira.client.post('/api/volunteers/me/calendar');
    const url = new URL(feed.json().url);
    const ics = await t.app.inject({ method: 'GET', url: url.pathname });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).toContain('SUMMARY:Workshop');
    expect(ics.body).toContain('DTSTART:20271211T130000Z');
    expect(ics.body).toContain('X-WR-TIMEZONE:Europe/Brussels');
    expect((await samira.client.delete('/api/volunteers/me/calendar')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404);

    const staffing = (await coordinator.get(`/api/volunteer-activities/${activity.activityId}`)).json();
    expect(staffing.assignments).toMatchObject([{ displayName: 'Samira El Idrissi', status: 'accepted' }]);
    const again = (
      await coordinator.post('/api/volunteers/matching', { activityId: activity.activityId })
    ).json();
    expect(
      again.excluded.find((e: { volunteerId: string }) => e.volunteerId === samira.volunteerId).reason,
    ).toBe('already_accepted');
    void jan;
    expect(await auditActions(zone.id)).toEqual(
      expect.arrayContaining([
        'volunteer.assignment.invite',
        'volunteer.assignment.accept',
        'volunteer.calendar.revoke',
      ]),
    );
  });

  it('a decline moves the request to the next colleague in the ranking', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const first = await activeColleague(zone, coordinator, 'Anna Claes', {
      languages: [{ code: 'tr', level: 'native' }],
    });
    const second = await activeColleague(zone, coordinator, 'Bert Janssens', {
      languages: [{ code: 'tr', level: 'conversational' }],
    });
    const activity = (
      await coordinator.post('/api/volunteer-activities', {
        title: 'Buurtoverleg',
        ...SATURDAY,
        needed: 1,
        languages: [{ code: 'tr' }],
      })
    ).json();
    await coordinator.post(`/api/volunteer-activities/${activity.activityId}/invitations`, {
      volunteerIds: [first.volunteerId],
    });
    expect(await mailsTo(second.user.email)).toEqual([]);
    const me = (await first.client.get('/api/volunteers/me')).json();
    const declined = await first.client.post(
      `/api/volunteers/me/assignments/${me.assignments[0].id}/respond`,
      { answer: 'decline' },
    );
    expect(declined.json()).toMatchObject({ status: 'declined', changed: true });
    const next = await mailsTo(second.user.email);
    expect(next).toHaveLength(1);
    expect(next[0].text).toContain('Buurtoverleg');
    const staffing = (await coordinator.get(`/api/volunteer-activities/${activity.activityId}`)).json();
    expect(
      staffing.assignments.map((a: { displayName: string; status: string }) => [a.displayName, a.status]),
    ).toEqual([
      ['Anna Claes', 'declined'],
      ['Bert Janssens', 'invited'],
    ]);
    // A colleague cannot answer someone else's request.
    expect(
      (
        await first.client.post(`/api/volunteers/me/assignments/${staffing.assignments[1].id}/respond`, {
          answer: 'accept',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('counts hours against the monthly cap and shows the workload', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const busy = await activeColleague(zone, coordinator, 'Carla Busy', { maxHoursPerMonth: 4 });
    const idle = await activeColleague(zone, coordinator, 'Dirk Idle', { maxHoursPerMonth: 4 });
    const a1 = (
      await coordinator.post('/api/volunteer-activities', { title: 'Eerste', ...SATURDAY, needed: 1 })
    ).json();
    await coordinator.post(`/api/volunteer-activities/${a1.activityId}/invitations`, {
      volunteerIds: [busy.volunteerId],
    });
    const token = tokenFrom((await mailsTo(busy.user.email))[0].text, 'accept');
    await t.app.inject({
      method: 'POST',
      url: '/api/volunteers/assignments/respond',
      payload: { token, answer: 'accept' },
    });

    const sunday = { startsAt: '2027-12-12T10:00:00+01:00', endsAt: '2027-12-12T13:00:00+01:00' };
    const match = (
      await coordinator.post('/api/volunteers/matching', {
        requirement: { title: 'Tweede', ...sunday, needed: 1 },
      })
    ).json();
    expect(match.ranked.map((r: { displayName: string }) => r.displayName)).toEqual(['Dirk Idle']);
    expect(match.excluded).toEqual([
      {
        volunteerId: busy.volunteerId,
        displayName: 'Carla Busy',
        reason: 'at_cap',
        detail: { hoursThisMonth: 2, cap: 4, activityHours: 3 },
      },
    ]);

    const workload = await coordinator.get('/api/volunteers/workload?month=2027-12');
    expect(workload.json()).toEqual({
      month: '2027-12',
      rows: [
        {
          volunteerId: busy.volunteerId,
          displayName: 'Carla Busy',
          hours: 2,
          pendingHours: 0,
          cap: 4,
          nearCap: false,
          neverAsked: false,
        },
        {
          volunteerId: idle.volunteerId,
          displayName: 'Dirk Idle',
          hours: 0,
          pendingHours: 0,
          cap: 4,
          nearCap: false,
          neverAsked: true,
        },
      ],
    });
    expect((await coordinator.get('/api/volunteers/workload?month=2027-13')).json().fields).toHaveProperty(
      'month',
    );
    for (const role of ['colleague', 'researcher', 'partner'] as const) {
      const { client } = await loginAs(t, zone.id, role);
      expect((await client.get('/api/volunteers/workload')).statusCode).toBe(403);
      expect((await client.post('/api/volunteers/matching', { activityId: a1.activityId })).statusCode).toBe(
        403,
      );
      expect(
        (
          await client.post(`/api/volunteer-activities/${a1.activityId}/invitations`, {
            volunteerIds: [idle.volunteerId],
          })
        ).statusCode,
      ).toBe(403);
    }
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    expect((await admin.get('/api/volunteers/workload?month=2027-12')).statusCode).toBe(200);
    const other = await createZone(t.ctx);
    const { client: foreign } = await loginAs(t, other.id, 'coordinator');
    expect((await foreign.post('/api/volunteers/matching', { activityId: a1.activityId })).statusCode).toBe(
      404,
    );
    expect((await foreign.get('/api/volunteers/workload?month=2027-12')).json().rows).toEqual([]);
  });

  it('takes an activity of an initiative by its id', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const speaker = await activeColleague(zone, coordinator, 'Fatima Zahra', {
      languages: [{ code: 'ar', level: 'native' }],
    });
    const db = t.ctx.database.db;
    const [initiative] = await db
      .insert(schema.initiatives)
      .values({
        zoneId: zone.id,
        type: 'workshop',
        title: 'Vrouwen en veiligheid',
        districts: ['Borgerhout'],
      })
      .returning();
    const [activity] = await db
      .insert(schema.activities)
      .values({
        zoneId: zone.id,
        initiativeId: initiative.id,
        startsAt: new Date(SATURDAY.startsAt),
        endsAt: new Date(SATURDAY.endsAt),
        capacity: 20,
        languages: ['nl', 'ar'],
        colleaguesNeeded: 2,
        place: 'Buurthuis',
      })
      .returning();
    const match = await coordinator.post('/api/volunteers/matching', { activityId: activity.id });
    expect(match.statusCode, match.body).toBe(200);
    expect(match.json().activity).toMatchObject({
      activityId: activity.id,
      title: 'Vrouwen en veiligheid',
      needed: 2,
      languages: [{ code: 'ar' }],
      district: 'Borgerhout',
    });
    expect(match.json().ranked[0]).toMatchObject({
      volunteerId: speaker.volunteerId,
      explanation: { languages: { points: 30 } },
    });
    expect(
      (await coordinator.post('/api/volunteers/matching', { activityId: crypto.randomUUID() })).statusCode,
    ).toBe(404);
    expect((await coordinator.post('/api/volunteers/matching', {})).json().fields).toHaveProperty(
      'activityId',
    );
  });
});

describe('[VOLUNTEERS] privacy', () => {
  it('partners and researchers of an activity see only first name and role of its colleagues', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const { user: partner, client: partnerClient } = await loginAs(t, zone.id, 'partner');
    const { user: researcher, client: researcherClient } = await loginAs(t, zone.id, 'researcher');
    const { client: outsider } = await loginAs(t, zone.id, 'partner');
    const foreignZone = await createZone(t.ctx);
    const { user: foreignPartner } = await loginAs(t, foreignZone.id, 'partner');
    const samira = await activeColleague(zone, coordinator, 'Samira El Idrissi', {});
    const notOnIt = await activeColleague(zone, coordinator, 'Jan Peeters', {});

    const outsideMember = await coordinator.post('/api/volunteer-activities', {
      title: 'Rondetafel',
      ...SATURDAY,
      needed: 1,
      memberIds: [foreignPartner.id],
    });
    expect(outsideMember.statusCode).toBe(400);
    expect(outsideMember.json().fields).toHaveProperty('memberIds.0');

    const activity = (
      await coordinator.post('/api/volunteer-activities', {
        title: 'Rondetafel',
        ...SATURDAY,
        needed: 1,
        memberIds: [partner.id, researcher.id],
      })
    ).json();
    await coordinator.post(`/api/volunteer-activities/${activity.activityId}/invitations`, {
      volunteerIds: [samira.volunteerId],
    });
    const token = tokenFrom((await mailsTo(samira.user.email))[0].text, 'accept');
    await t.app.inject({
      method: 'POST',
      url: '/api/volunteers/assignments/respond',
      payload: { token, answer: 'accept' },
    });

    const url = `/api/volunteer-activities/${activity.activityId}/team`;
    for (const client of [partnerClient, researcherClient, samira.client, coordinator]) {
      const res = await client.get(url);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        activityId: activity.activityId,
        team: [{ firstName: 'Samira', role: 'colleague' }],
      });
    }
    expect((await outsider.get(url)).statusCode).toBe(403);
    expect((await notOnIt.client.get(url)).statusCode).toBe(403);
    expect((await partnerClient.get(`/api/volunteers/${samira.volunteerId}`)).statusCode).toBe(403);
    expect((await researcherClient.get('/api/volunteers/me')).statusCode).toBe(403);
  });

  it('exports and erases a colleague’s volunteer data, with audit entries', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const c = await activeColleague(zone, coordinator, 'Eva Maes', {});
    await coordinator.post(`/api/volunteers/${c.volunteerId}/notes`, { text: 'Interne nota' });
    await coordinator.post(`/api/volunteers/${c.volunteerId}/trainings`, {
      name: 'Diversiteit',
      completedOn: '2027-01-10',
    });
    const activity = (
      await coordinator.post('/api/volunteer-activities', { title: 'Infosessie', ...SATURDAY, needed: 1 })
    ).json();
    await coordinator.post(`/api/volunteer-activities/${activity.activityId}/invitations`, {
      volunteerIds: [c.volunteerId],
    });

    const own = await c.client.get('/api/volunteers/me/export');
    expect(own.statusCode).toBe(200);
    expect(own.json().volunteer).toMatchObject({
      displayName: 'Eva Maes',
      notes: [{ text: 'Interne nota' }],
      trainings: [{ name: 'Diversiteit' }],
      assignments: [{ title: 'Infosessie', status: 'invited' }],
    });
    expect((await coordinator.get(`/api/volunteers/${c.volunteerId}/export`)).statusCode).toBe(200);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    expect((await admin.get(`/api/volunteers/${c.volunteerId}/export`)).statusCode).toBe(403);

    expect((await coordinator.delete(`/api/volunteers/${c.volunteerId}`)).statusCode).toBe(200);
    const db = t.ctx.database.db;
    expect(await db.select().from(schema.volunteers).where(eq(schema.volunteers.id, c.volunteerId))).toEqual(
      [],
    );
    expect(
      await db
        .select()
        .from(schema.volunteerNotes)
        .where(eq(schema.volunteerNotes.volunteerId, c.volunteerId)),
    ).toEqual([]);
    expect(
      await db
        .select()
        .from(schema.volunteerAssignments)
        .where(and(eq(schema.volunteerAssignments.volunteerId, c.volunteerId))),
    ).toEqual([]);
    expect((await c.client.get('/api/volunteers/me')).statusCode).toBe(404);
    const actions = await auditActions(zone.id);
    expect(actions).toEqual(expect.arrayContaining(['volunteer.export', 'volunteer.erase']));

    const self = await activeColleague(zone, coordinator, 'Frank Self', {});
    expect((await self.client.delete('/api/volunteers/me')).statusCode).toBe(200);
    expect(
      await db.select().from(schema.volunteers).where(eq(schema.volunteers.id, self.volunteerId)),
    ).toEqual([]);
  });
});

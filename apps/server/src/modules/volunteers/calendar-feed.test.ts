import { schema } from '@brug/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIcs } from '../../../test/calendar.ts';
import {
  buildTestApp,
  type Client,
  createZone,
  hoursFromTomorrowMorning,
  loginAs,
  type TestApp,
} from '../../../test/helpers.ts';
import { buildPublishedFinding } from '../initiatives/test-factories.ts';

let t: TestApp;
let coordinator: Client;
let colleague: Client;
let volunteerId: string;
let initiativeId: string;

const hours = hoursFromTomorrowMorning;

beforeAll(async () => {
  t = await buildTestApp();
  const zoneId = (await createZone(t.ctx)).id;
  coordinator = (await loginAs(t, zoneId, 'coordinator')).client;
  colleague = (await loginAs(t, zoneId, 'colleague')).client;
  const applied = await colleague.post('/api/volunteers/applications', {
    motivation: 'Ik wil het vertrouwen in mijn wijk versterken.',
    unit: 'Wijkwerking Noord',
    district: 'Borgerhout',
    languages: [{ code: 'nl', level: 'native' }],
    topicIds: [],
    availability: { patterns: ['weekdays', 'evenings', 'weekends'], dates: [] },
    maxHoursPerMonth: 40,
  });
  expect(applied.statusCode, applied.body).toBe(201);
  volunteerId = applied.json().id;
  for (const status of ['accepted', 'active'])
    await coordinator.post(`/api/volunteers/${volunteerId}/status`, { status });
  const finding = await buildPublishedFinding(t.ctx, zoneId);
  initiativeId = (
    await coordinator.post('/api/initiatives', {
      type: 'workshop',
      title: 'Je rechten',
      findingIds: [finding],
    })
  ).json().id;
  for (const to of ['proposal', 'co_design'])
    await coordinator.post(`/api/initiatives/${initiativeId}/transition`, { to });
}, 240_000);
afterAll(async () => t?.close(), 120_000);

async function feed(path: string) {
  const res = await t.app.inject({ method: 'GET', url: path });
  expect(res.statusCode).toBe(200);
  return parseIcs(res.body);
}

describe('[VOLUNTEERS] the calendar feed', () => {
  it('carries each session with its LOCATION, and a SEQUENCE that rises when it moves', async () => {
    const session = await coordinator.post(`/api/initiatives/${initiativeId}/activities`, {
      startsAt: hours(48),
      endsAt: hours(50),
      place: 'Buurthuis Kiel, Kielpark 1',
      capacity: 20,
      colleaguesNeeded: 1,
    });
    expect(session.statusCode, session.body).toBe(201);
    const id = session.json().id as string;
    const needs = await coordinator.post('/api/volunteer-activities', {
      activityId: id,
      title: 'Je rechten',
      startsAt: hours(48),
      endsAt: hours(50),
      needed: 1,
    });
    expect(needs.statusCode, needs.body).toBeLessThan(300);
    // A colleague's own activity without a session: its district is where it is.
    const own = await coordinator.post('/api/volunteer-activities', {
      title: 'Wijkwandeling',
      startsAt: hours(72),
      endsAt: hours(74),
      needed: 1,
      district: 'Borgerhout',
    });
    expect(own.statusCode, own.body).toBeLessThan(300);
    for (const activityId of [id, own.json().activityId])
      expect(
        (
          await coordinator.post(`/api/volunteer-activities/${activityId}/invitations`, {
            volunteerIds: [volunteerId],
          })
        ).statusCode,
      ).toBe(200);
    const path = new URL((await colleague.post('/api/volunteers/me/calendar')).json().url).pathname;

    const first = await feed(path);
    expect(first.events.map((e) => [e.summary, e.location, e.sequence])).toEqual([
      ['Je rechten', 'Buurthuis Kiel, Kielpark 1', 0],
      ['Wijkwandeling', 'Borgerhout', 0],
    ]);
    const uid = first.events[0].uid;

    // The session moves: the same event, a higher SEQUENCE, the new start.
    expect(
      (await coordinator.patch(`/api/activities/${id}`, { startsAt: hours(49), endsAt: hours(51) }))
        .statusCode,
    ).toBe(200);
    const moved = (await feed(path)).events.find((e) => e.uid === uid)!;
    expect(moved.sequence).toBe(1);
    expect(moved.start.toISOString().slice(0, 13)).toBe(hours(49).slice(0, 13));

    // A new place: the feed shows it, as a newer revision.
    expect(
      (await coordinator.patch(`/api/activities/${id}`, { place: 'Zaal Łódź, Kielpark 3' })).statusCode,
    ).toBe(200);
    const replaced = (await feed(path)).events.find((e) => e.uid === uid)!;
    expect(replaced).toMatchObject({ location: 'Zaal Łódź, Kielpark 3', sequence: 2 });

    // A change that moves nothing (the number of colleagues) keeps the revision.
    expect((await coordinator.patch(`/api/activities/${id}`, { capacity: 25 })).statusCode).toBe(200);
    expect((await feed(path)).events.find((e) => e.uid === uid)!.sequence).toBe(2);
    // The coordinator moving the colleagues' copy directly raises it as well.
    const [row] = await t.ctx.database.db
      .select()
      .from(schema.volunteerActivities)
      .where(and(eq(schema.volunteerActivities.activityId, id)));
    const again = await coordinator.post('/api/volunteer-activities', {
      activityId: id,
      title: 'Je rechten',
      startsAt: hours(52),
      endsAt: hours(54),
      needed: row.needed,
    });
    expect(again.statusCode, again.body).toBeLessThan(300);
    expect((await feed(path)).events.find((e) => e.uid === uid)!.sequence).toBe(3);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let initiativeId: string;

const hours = hoursFromTomorrowMorning;

/** An active colleague of the zone speaking the given languages, free every day. */
async function colleague(zoneId: string, name: string, languages: { code: string; level: string }[]) {
  const c = await loginAs(t, zoneId, 'colleague', { displayName: name });
  const applied = await c.client.post('/api/volunteers/applications', {
    motivation: 'Ik wil het vertrouwen in mijn wijk versterken.',
    unit: 'Wijkwerking',
    district: 'Borgerhout',
    languages: [{ code: 'nl', level: 'native' }, ...languages],
    topicIds: [],
    availability: { patterns: ['weekdays', 'evenings', 'weekends'], dates: [] },
    maxHoursPerMonth: 40,
  });
  expect(applied.statusCode, applied.body).toBe(201);
  for (const status of ['accepted', 'active'])
    await coordinator.post(`/api/volunteers/${applied.json().id}/status`, { status });
  return applied.json().id as string;
}

beforeAll(async () => {
  t = await buildTestApp();
  const zoneId = (await createZone(t.ctx)).id;
  coordinator = (await loginAs(t, zoneId, 'coordinator')).client;
  await colleague(zoneId, 'Nadia', [{ code: 'ar', level: 'fluent' }]);
  await colleague(zoneId, 'Jean', [{ code: 'fr', level: 'native' }]);
  const finding = await buildPublishedFinding(t.ctx, zoneId);
  initiativeId = (
    await coordinator.post('/api/initiatives', {
      type: 'workshop',
      title: 'Je rechten',
      findingIds: [finding],
      districts: ['Borgerhout'],
    })
  ).json().id;
  for (const to of ['proposal', 'co_design'])
    await coordinator.post(`/api/initiatives/${initiativeId}/transition`, { to });
});
afterAll(async () => t?.close());

async function session(startsInHours: number) {
  const res = await coordinator.post(`/api/initiatives/${initiativeId}/activities`, {
    startsAt: hours(startsInHours),
    endsAt: hours(startsInHours + 2),
    place: 'Buurthuis Kiel',
    capacity: 20,
    languages: ['nl', 'ar'],
    colleaguesNeeded: 1,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe('[VOLUNTEERS] matching for one session of an initiative', () => {
  it('asks for the session’s languages and district when the page gives only its dates', async () => {
    const id = await session(96);
    // What the session's colleagues page sends: dates and numbers, no languages or district.
    const match = await coordinator.post('/api/volunteers/matching', {
      requirement: { activityId: id, title: 'Je rechten', startsAt: hours(96), endsAt: hours(98), needed: 1 },
    });
    expect(match.statusCode, match.body).toBe(200);
    const m = match.json();
    expect(m.activity).toMatchObject({ languages: [{ code: 'ar' }], district: 'Borgerhout' });
    expect(m.ranked.map((r: { displayName: string }) => r.displayName)).toEqual(['Nadia', 'Jean']);
    expect(m.ranked[0].score).toBeGreaterThan(m.ranked[1].score);
    expect(m.ranked[1].explanation.languages.missing).toEqual(['ar']);
    expect(m.ranked[0].explanation.district).toMatchObject({ same: true, required: 'Borgerhout' });
  });

  it('keeps an explicit choice of no languages and no district', async () => {
    const id = await session(120);
    const m = (
      await coordinator.post('/api/volunteers/matching', {
        requirement: {
          activityId: id,
          title: 'Je rechten',
          startsAt: hours(120),
          endsAt: hours(122),
          needed: 1,
          languages: [],
          district: null,
        },
      })
    ).json();
    expect(m.activity).toMatchObject({ languages: [], district: null });
    expect(m.ranked[0].score).toBe(m.ranked[1].score);
  });
});

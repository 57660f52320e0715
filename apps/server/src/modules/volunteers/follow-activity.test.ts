import { schema } from '@brug/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  type Client,
  createZone,
  hoursFromTomorrowMorning,
  loginAs,
  type TestApp,
} from '../../../test/helpers.ts';
import { asDelivered } from '../../../test/mail.ts';
import { buildPublishedFinding } from '../initiatives/test-factories.ts';

let t: TestApp;
let coordinator: Client;
let volunteerId: string;
let colleagueEmail: string;
let initiativeId: string;

const hours = hoursFromTomorrowMorning;
const mailsTo = async (to: string) =>
  asDelivered(
    t,
    await t.ctx.database.db
      .select()
      .from(schema.mailMessages)
      .where(eq(schema.mailMessages.to, to))
      .orderBy(schema.mailMessages.createdAt),
  );

beforeAll(async () => {
  t = await buildTestApp();
  const zoneId = (await createZone(t.ctx)).id;
  coordinator = (await loginAs(t, zoneId, 'coordinator')).client;
  const colleague = await loginAs(t, zoneId, 'colleague');
  colleagueEmail = colleague.user.email;
  const applied = await colleague.client.post('/api/volunteers/applications', {
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
    expect((await coordinator.post(`/api/volunteers/${volunteerId}/status`, { status })).statusCode).toBe(
      200,
    );
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
});
afterAll(async () => t?.close());

/** A session of the initiative with the colleague invited for it (and, if asked, on board). */
async function sessionWithColleague(startsInHours: number, accept: boolean) {
  const session = await coordinator.post(`/api/initiatives/${initiativeId}/activities`, {
    startsAt: hours(startsInHours),
    endsAt: hours(startsInHours + 2),
    place: 'Buurthuis Kiel',
    capacity: 20,
    languages: ['nl'],
    colleaguesNeeded: 1,
  });
  expect(session.statusCode, session.body).toBe(201);
  const id = session.json().id as string;
  const needs = await coordinator.post('/api/volunteer-activities', {
    activityId: id,
    title: 'Je rechten',
    startsAt: hours(startsInHours),
    endsAt: hours(startsInHours + 2),
    needed: 1,
  });
  expect(needs.statusCode, needs.body).toBeLessThan(300);
  const invited = await coordinator.post(`/api/volunteer-activities/${id}/invitations`, {
    volunteerIds: [volunteerId],
  });
  expect(invited.statusCode, invited.body).toBe(200);
  if (accept) {
    const mails = await mailsTo(colleagueEmail);
    const token = /token=([\w-]+)&answer=accept/.exec(mails.at(-1)!.text)![1];
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/volunteers/assignments/respond',
      payload: { token, answer: 'accept' },
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  return id;
}

async function assignment(activityId: string) {
  const [row] = await t.ctx.database.db
    .select()
    .from(schema.volunteerAssignments)
    .where(
      and(
        eq(schema.volunteerAssignments.activityId, activityId),
        eq(schema.volunteerAssignments.volunteerId, volunteerId),
      ),
    );
  return row;
}

describe('[VOLUNTEERS] colleagues follow the sessions they were asked for', () => {
  it('a moved session moves in the colleague’s workload and calendar, and the colleague is told the new time', async () => {
    const id = await sessionWithColleague(24 * 9, true);
    const before = (await mailsTo(colleagueEmail)).length;
    const moved = await coordinator.patch(`/api/activities/${id}`, {
      startsAt: hours(24 * 10),
      endsAt: hours(24 * 10 + 3),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const [copy] = await t.ctx.database.db
      .select()
      .from(schema.volunteerActivities)
      .where(eq(schema.volunteerActivities.activityId, id));
    expect(copy.startsAt.toISOString().slice(0, 13)).toBe(hours(24 * 10).slice(0, 13));
    expect(copy.durationMinutes).toBe(180);
    const mails = await mailsTo(colleagueEmail);
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)!.subject).toMatch(/^Verplaatst: Je rechten/);
    expect(mails.at(-1)!.text).toContain('/volunteers/me');
    expect((await assignment(id)).status).toBe('accepted');

    // A change of place only, or the same time again, tells the colleague nothing.
    await coordinator.patch(`/api/activities/${id}`, { place: 'Jeugdhuis De Brug' });
    expect(await mailsTo(colleagueEmail)).toHaveLength(before + 1);
  });

  it('a cancelled session withdraws the colleagues invited or on board, each told why', async () => {
    const accepted = await sessionWithColleague(24 * 12, true);
    const invited = await sessionWithColleague(24 * 13, false);
    for (const id of [accepted, invited]) {
      const before = (await mailsTo(colleagueEmail)).length;
      const res = await coordinator.delete(`/api/activities/${id}`);
      expect(res.statusCode, res.body).toBeLessThan(300);
      expect((await assignment(id)).status).toBe('cancelled');
      const mails = await mailsTo(colleagueEmail);
      expect(mails).toHaveLength(before + 1);
      expect(mails.at(-1)!.subject).toMatch(/^Geannuleerd: Je rechten/);
      expect(mails.at(-1)!.text).toContain('de sessie gaat niet door');
    }
    const workload = (await coordinator.get(`/api/volunteers/${volunteerId}`)).json();
    const open = workload.assignments.filter(
      (a: { status: string }) => a.status === 'invited' || a.status === 'accepted',
    );
    expect(open.map((a: { activityId?: string }) => a.activityId)).not.toContain(accepted);
  });
});

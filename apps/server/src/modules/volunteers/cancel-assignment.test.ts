import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createZone, loginAs, type TestApp } from '../../../test/helpers.ts';
import { asDelivered } from '../../../test/mail.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

// Saturday 11 December 2027, 14:00–16:00 Brussels time.
const SATURDAY = { startsAt: '2027-12-11T14:00:00+01:00', endsAt: '2027-12-11T16:00:00+01:00' };

const mailsTo = async (email: string) =>
  asDelivered(
    t,
    await t.ctx.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, email)),
  );

async function assignmentRow(id: string) {
  const [row] = await t.ctx.database.db
    .select()
    .from(schema.volunteerAssignments)
    .where(eq(schema.volunteerAssignments.id, id));
  return row;
}

/** A zone with a coordinator and one active colleague who accepted an activity of two hours. */
async function acceptedAssignment() {
  const zone = await createZone(t.ctx);
  const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
  const colleague = await loginAs(t, zone.id, 'colleague', { displayName: 'Carla Peeters' });
  const applied = await colleague.client.post('/api/volunteers/applications', {
    motivation: 'Ik wil het vertrouwen in mijn wijk versterken.',
    unit: 'Wijkwerking Noord',
    district: 'Borgerhout',
    languages: [{ code: 'nl', level: 'native' }],
    topicIds: [],
    availability: { patterns: ['weekends'], dates: [] },
    maxHoursPerMonth: 10,
  });
  expect(applied.statusCode, applied.body).toBe(201);
  const volunteerId = applied.json().id as string;
  for (const status of ['accepted', 'active'])
    expect((await coordinator.post(`/api/volunteers/${volunteerId}/status`, { status })).statusCode).toBe(
      200,
    );
  const activity = (
    await coordinator.post('/api/volunteer-activities', { title: 'Infosessie', ...SATURDAY, needed: 1 })
  ).json();
  await coordinator.post(`/api/volunteer-activities/${activity.activityId}/invitations`, {
    volunteerIds: [volunteerId],
  });
  const token = /token=([\w-]+)&answer=accept/.exec((await mailsTo(colleague.user.email))[0].text)![1];
  const answered = await t.app.inject({
    method: 'POST',
    url: '/api/volunteers/assignments/respond',
    payload: { token, answer: 'accept' },
  });
  expect(answered.statusCode, answered.body).toBe(200);
  const detail = (await coordinator.get(`/api/volunteers/${volunteerId}`)).json();
  return {
    zone,
    coordinator,
    colleague,
    volunteerId,
    token,
    assignmentId: detail.assignments[0].id as string,
  };
}

describe('[VOLUNTEERS] the coordinator cancels an assignment', () => {
  it('cancels, e-mails the colleague, audits, and the hours leave the workload; twice is harmless', async () => {
    const { zone, coordinator, colleague, volunteerId, token, assignmentId } = await acceptedAssignment();
    const before = (await coordinator.get('/api/volunteers/workload?month=2027-12')).json();
    expect(before.rows[0]).toMatchObject({ volunteerId, hours: 2 });

    const res = await coordinator.post(`/api/volunteers/assignments/${assignmentId}/cancel`, {
      reason: 'De sessie wordt verplaatst.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: assignmentId, status: 'cancelled', changed: true, invited: 0 });
    expect((await assignmentRow(assignmentId)).status).toBe('cancelled');

    const mails = await mailsTo(colleague.user.email);
    const cancelMail = mails.find((m) => m.subject.startsWith('Geannuleerd'));
    expect(cancelMail?.text).toContain('De sessie wordt verplaatst.');

    const after = (await coordinator.get('/api/volunteers/workload?month=2027-12')).json();
    expect(after.rows[0]).toMatchObject({ volunteerId, hours: 0, pendingHours: 0 });
    const detail = (await coordinator.get(`/api/volunteers/${volunteerId}`)).json();
    expect(detail.assignments[0].status).toBe('cancelled');

    const link = await t.app.inject({
      method: 'POST',
      url: '/api/volunteers/assignments/respond',
      payload: { token, answer: 'accept' },
    });
    expect(link.statusCode).toBe(410);

    const again = await coordinator.post(`/api/volunteers/assignments/${assignmentId}/cancel`, {});
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: assignmentId, status: 'cancelled', changed: false, invited: 0 });
    expect((await mailsTo(colleague.user.email)).length).toBe(mails.length);

    const audit = await t.ctx.database.db
      .select({ action: schema.auditLog.action, targetId: schema.auditLog.targetId })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.zoneId, zone.id));
    expect(audit.filter((a) => a.action === 'volunteer.assignment.cancel')).toEqual([
      { action: 'volunteer.assignment.cancel', targetId: assignmentId },
    ]);
  });

  it('refuses other roles (403), another zone (404) and a bad reason (400), leaving the row unchanged', async () => {
    const { zone, coordinator, assignmentId } = await acceptedAssignment();
    const url = `/api/volunteers/assignments/${assignmentId}/cancel`;
    for (const role of ['admin', 'colleague', 'researcher', 'partner'] as const) {
      const { client } = await loginAs(t, zone.id, role);
      expect((await client.post(url, {})).statusCode, role).toBe(403);
    }
    const other = await createZone(t.ctx);
    const { client: foreign } = await loginAs(t, other.id, 'coordinator');
    expect((await foreign.post(url, {})).statusCode).toBe(404);

    const bad = await coordinator.post(url, { reason: 'x'.repeat(501) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('reason');
    expect((await coordinator.post('/api/volunteers/assignments/not-a-uuid/cancel', {})).statusCode).toBe(
      400,
    );

    const row = await assignmentRow(assignmentId);
    expect(row.status).toBe('accepted');
    const audit = await t.ctx.database.db
      .select({ action: schema.auditLog.action })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.zoneId, zone.id));
    expect(audit.map((a) => a.action)).not.toContain('volunteer.assignment.cancel');
  });

  it('refuses to cancel an assignment the colleague declined (409), leaving it declined', async () => {
    const { coordinator, colleague, volunteerId } = await acceptedAssignment();
    const activity = (
      await coordinator.post('/api/volunteer-activities', {
        title: 'Buurtfeest',
        startsAt: '2027-12-18T14:00:00+01:00',
        endsAt: '2027-12-18T16:00:00+01:00',
        needed: 1,
      })
    ).json();
    const invited = await coordinator.post(`/api/volunteer-activities/${activity.activityId}/invitations`, {
      volunteerIds: [volunteerId],
    });
    expect(invited.statusCode, invited.body).toBe(200);
    const mails = await mailsTo(colleague.user.email);
    const token = /token=([\w-]+)&answer=decline/.exec(mails[mails.length - 1].text)![1];
    await t.app.inject({
      method: 'POST',
      url: '/api/volunteers/assignments/respond',
      payload: { token, answer: 'decline' },
    });
    const detail = (await coordinator.get(`/api/volunteers/${volunteerId}`)).json();
    const declined = detail.assignments.find((a: { title: string }) => a.title === 'Buurtfeest');
    expect(declined.status).toBe('declined');
    const res = await coordinator.post(`/api/volunteers/assignments/${declined.id}/cancel`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().fields).toHaveProperty('status');
    expect((await assignmentRow(declined.id)).status).toBe('declined');
  });

  it('asks the next colleague in the ranking when told to, never the one withdrawn, who can still be asked by hand', async () => {
    const { zone, coordinator, colleague, volunteerId, assignmentId } = await acceptedAssignment();
    const second = await loginAs(t, zone.id, 'colleague', { displayName: 'Bram Janssens' });
    const applied = await second.client.post('/api/volunteers/applications', {
      motivation: 'Ik geef graag uitleg over het werk van de politie.',
      unit: 'Wijkwerking Zuid',
      district: 'Berchem',
      languages: [{ code: 'nl', level: 'native' }],
      topicIds: [],
      availability: { patterns: ['weekends'], dates: [] },
      maxHoursPerMonth: 10,
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const secondId = applied.json().id as string;
    for (const status of ['accepted', 'active'])
      expect((await coordinator.post(`/api/volunteers/${secondId}/status`, { status })).statusCode).toBe(200);

    const res = await coordinator.post(`/api/volunteers/assignments/${assignmentId}/cancel`, {
      inviteNext: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ changed: true, invited: 1 });
    const invitation = (await mailsTo(second.user.email)).find((m) => m.text.includes('answer=accept'));
    expect(invitation?.text).toContain('Infosessie');
    const firstMails = (await mailsTo(colleague.user.email)).length;

    // The second declines: the one withdrawn is not asked again automatically.
    const token = /token=([\w-]+)&answer=decline/.exec(invitation!.text)![1];
    const declined = await t.app.inject({
      method: 'POST',
      url: '/api/volunteers/assignments/respond',
      payload: { token, answer: 'decline' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect((await mailsTo(colleague.user.email)).length).toBe(firstMails);
    expect((await assignmentRow(assignmentId)).status).toBe('cancelled');

    // The coordinator asks the withdrawn colleague again by hand.
    const activityId = (await assignmentRow(assignmentId)).activityId;
    const again = await coordinator.post(`/api/volunteer-activities/${activityId}/invitations`, {
      volunteerIds: [volunteerId],
    });
    expect(again.statusCode, again.body).toBe(200);
    expect((await assignmentRow(assignmentId)).status).toBe('invited');
    expect((await mailsTo(colleague.user.email)).length).toBe(firstMails + 1);
  });

  it('refuses an inviteNext that is not true or false (400), leaving the assignment as it was', async () => {
    const { coordinator, assignmentId } = await acceptedAssignment();
    const res = await coordinator.post(`/api/volunteers/assignments/${assignmentId}/cancel`, {
      inviteNext: 'yes',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toHaveProperty('inviteNext');
    expect((await assignmentRow(assignmentId)).status).toBe('accepted');
  });
});

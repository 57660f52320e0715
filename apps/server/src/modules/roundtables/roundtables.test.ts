import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createZone, type TestApp } from '../../../test/helpers.ts';
import { asDelivered } from '../../../test/mail.ts';
import { signIn } from '../vault/test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const year = new Date().getUTCFullYear() + 1;
const body = {
  title: 'Rondetafel jongeren Noord',
  startsAt: `${year}-05-12T19:00:00+02:00`,
  endsAt: `${year}-05-12T21:00:00+02:00`,
  place: 'Wijkcentrum Dam',
  agenda: '1. Kennismaking\n2. Ervaringen met controles',
};

async function zoneWithContact() {
  const zone = await createZone(t.ctx);
  const db = t.ctx.database.db;
  const [org] = await db
    .insert(schema.organisations)
    .values({ zoneId: zone.id, name: 'Buurtwerk Dam', nameKey: 'buurtwerk dam' })
    .returning();
  const [contact] = await db
    .insert(schema.contacts)
    .values({
      zoneId: zone.id,
      organisationId: org.id,
      name: 'Youssef Amrani',
      email: `youssef.${zone.id.slice(0, 8)}@dam.example`,
      preferredLanguage: 'en',
      consentBasis: 'consent',
      consentDate: '2026-01-01',
    })
    .returning();
  const { client: coordinator } = await signIn(t, zone.id, 'coordinator');
  return { zone, org, contact, coordinator };
}

describe('[ROUNDTABLES] meetings with participants, attendance, agenda and minutes', {
  timeout: 180_000,
}, () => {
  it('plans a roundtable, invites internal and external participants, records attendance and minutes', async () => {
    const { zone, contact, coordinator } = await zoneWithContact();
    const bad = await coordinator.post('/api/roundtables', { ...body, endsAt: body.startsAt });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['endsAt']);
    const created = await coordinator.post('/api/roundtables', body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const { user: colleague } = await signIn(t, zone.id, 'colleague');
    expect(
      (await coordinator.post(`/api/roundtables/${id}/participants`, { userId: colleague.id })).statusCode,
    ).toBe(201);
    const both = await coordinator.post(`/api/roundtables/${id}/participants`, {
      userId: colleague.id,
      contactId: contact.id,
    });
    expect(both.statusCode).toBe(400);
    const ext = await coordinator.post(`/api/roundtables/${id}/participants`, { contactId: contact.id });
    expect(ext.json().participants).toEqual([
      expect.objectContaining({ kind: 'internal', name: 'Test colleague', attendance: 'invited' }),
      expect.objectContaining({
        kind: 'external',
        name: 'Youssef Amrani',
        organisationName: 'Buurtwerk Dam',
      }),
    ]);
    const pid = ext.json().participants[1].id;
    const att = await coordinator.put(`/api/roundtables/${id}/participants/${pid}/attendance`, {
      attendance: 'attended',
    });
    expect(att.json().participants[1].attendance).toBe('attended');
    const wrong = await coordinator.put(`/api/roundtables/${id}/participants/${pid}/attendance`, {
      attendance: 'maybe',
    });
    expect(Object.keys(wrong.json().fields)).toEqual(['attendance']);
    const minutes = await coordinator.patch(`/api/roundtables/${id}`, {
      minutes: 'Afspraak: maandelijks overleg.',
    });
    expect(minutes.json().minutes).toBe('Afspraak: maandelijks overleg.');
    const [entry] = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'roundtable.update'));
    expect(entry).toMatchObject({ scope: 'zone', details: { fields: ['minutes'] } });
  });

  it('refuses other roles and other zones, leaving the roundtable unchanged', async () => {
    const { zone, coordinator } = await zoneWithContact();
    const id = (await coordinator.post('/api/roundtables', body)).json().id as string;
    const { client: admin } = await signIn(t, zone.id, 'admin');
    expect((await admin.get(`/api/roundtables/${id}`)).statusCode).toBe(200);
    expect((await admin.patch(`/api/roundtables/${id}`, { minutes: 'x' })).statusCode).toBe(403);
    for (const role of ['colleague', 'researcher', 'partner'] as const) {
      const { client } = await signIn(t, zone.id, role);
      expect((await client.get('/api/roundtables')).statusCode, role).toBe(403);
      expect((await client.post('/api/roundtables', body)).statusCode, role).toBe(403);
      expect((await client.patch(`/api/roundtables/${id}`, { minutes: 'x' })).statusCode, role).toBe(403);
    }
    const other = await zoneWithContact();
    expect((await other.coordinator.get(`/api/roundtables/${id}`)).statusCode).toBe(404);
    expect(
      (await other.coordinator.patch(`/api/roundtables/${id}`, { minutes: 'overgenomen' })).statusCode,
    ).toBe(404);
    expect(
      (await other.coordinator.post(`/api/roundtables/${id}/participants`, { contactId: other.contact.id }))
        .statusCode,
    ).toBe(404);
    expect((await coordinator.get(`/api/roundtables/${id}`)).json().minutes).toBe('');
  });

  it('refuses to invite the same person twice, naming the field, and keeps one participant', async () => {
    const { zone, contact, coordinator } = await zoneWithContact();
    const id = (await coordinator.post('/api/roundtables', body)).json().id as string;
    const { user: colleague } = await signIn(t, zone.id, 'colleague');
    const url = `/api/roundtables/${id}/participants`;
    expect((await coordinator.post(url, { contactId: contact.id })).statusCode).toBe(201);
    expect((await coordinator.post(url, { userId: colleague.id })).statusCode).toBe(201);
    const twiceExternal = await coordinator.post(url, { contactId: contact.id });
    expect(twiceExternal.statusCode).toBe(409);
    expect(twiceExternal.json().fields).toEqual({ contactId: expect.any(String) });
    const twiceInternal = await coordinator.post(url, { userId: colleague.id });
    expect(twiceInternal.statusCode).toBe(409);
    expect(twiceInternal.json().fields).toEqual({ userId: expect.any(String) });
    const neither = await coordinator.post(url, {});
    expect(neither.statusCode).toBe(400);
    expect(neither.json().fields).toHaveProperty('userId');
    expect((await coordinator.get(`/api/roundtables/${id}`)).json().participants).toHaveLength(2);
  });

  it('invites a contact to a roundtable; accepting confirms attendance and sends an .ics', async () => {
    const { contact, coordinator, org } = await zoneWithContact();
    const id = (await coordinator.post('/api/roundtables', body)).json().id as string;
    const sent = await coordinator.post('/api/outreach/invitations', {
      kind: 'roundtable',
      roundtableId: id,
      organisationIds: [org.id],
    });
    expect(sent.json()).toEqual({ sent: 1, skippedWithoutEmail: 0, skippedAlreadyInvited: 0 });
    const [invite] = await asDelivered(
      t,
      await t.ctx.database.db
        .select()
        .from(schema.mailMessages)
        .where(eq(schema.mailMessages.to, contact.email!)),
    );
    expect(invite.subject).toBe('Invitation to the roundtable “Rondetafel jongeren Noord”');
    expect(invite.text).toContain('Police staff and other partners sit at the table');
    const token = /token=([\w-]+)/.exec(invite.text)![1];
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/invitation/answer',
      payload: { token, consent: true, answer: 'accept' },
    });
    expect(res.statusCode).toBe(200);
    const rt = await coordinator.get(`/api/roundtables/${id}`);
    expect(rt.json().participants).toEqual([
      expect.objectContaining({ name: 'Youssef Amrani', attendance: 'confirmed' }),
    ]);
    const mails = await t.ctx.database.db
      .select()
      .from(schema.mailMessages)
      .where(eq(schema.mailMessages.to, contact.email!));
    const confirmation = mails.find((m) => m.id !== invite.id)!;
    expect(confirmation.attachments[0].content).toContain(`DTSTART:${year}0512T170000Z`);
  });
});

import { schema } from '@brug/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { invitedToConversation, tokenOf, nextYear as year } from '../outreach/test-support.ts';
import { OTHER_ROLES, signIn } from '../vault/test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

/** A zone with an open vault, two free times and two French-speaking contacts invited to an interview. */
async function invitedContacts() {
  const z = await invitedToConversation(t, ['Amal Diallo', 'Bilal Nasser']);
  const bookable = (await z.researcher.get('/api/outreach/bookable')).json().items as {
    invitationId: string;
    contactName: string;
  }[];
  const idOf = (name: string) => bookable.find((b) => b.contactName === name)!.invitationId;
  return { ...z, idOf };
}

describe('[CONVERSATIONS] a researcher books a time on behalf of an invitee', { timeout: 180_000 }, () => {
  it('lists whom to book for, books, and mails the contact the .ics and a working personal link', async () => {
    const z = await invitedContacts();
    const list = await z.researcher.get('/api/outreach/bookable');
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        contactName: 'Amal Diallo',
        organisationName: 'Maison des Cultures',
        hasEmail: true,
      }),
      expect.objectContaining({ contactName: 'Bilal Nasser', status: 'sent' }),
    ]);
    const amal = z.idOf('Amal Diallo');
    const booked = await z.researcher.post(`/api/slots/${z.first}/bookings`, { invitationId: amal });
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({ invitationId: amal, status: 'booked' });

    const confirmation = (await z.mails(z.emails[0])).find((m) => m.text.includes('/invitations/booking?'))!;
    expect(confirmation.subject).toBe('Confirmation : votre entretien confidentiel');
    expect(confirmation.attachments[0].content).toContain('METHOD:REQUEST');
    expect(confirmation.attachments[0].content).toContain('LOCATION:Bureau Luister\\, Antwerpen');
    const manage = tokenOf(confirmation.text.split('/invitations/booking?')[1]);
    const page = await t.app.inject({ method: 'GET', url: `/api/public/booking?token=${manage}` });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ language: 'fr', booking: { localStart: `${year}-03-30T10:00` } });
    const moved = await t.app.inject({
      method: 'POST',
      url: '/api/public/booking/reschedule',
      payload: { token: manage, slotId: z.second },
    });
    expect(moved.statusCode).toBe(200);

    // The coordinator sees "accepted" and nothing more; Amal is no longer offered for booking.
    const status = (await z.coordinator.get('/api/outreach/status')).json().items[0];
    expect(status).toMatchObject({ accepted: 1 });
    const after = (await z.researcher.get('/api/outreach/bookable')).json().items;
    expect(after.map((i: { contactName: string }) => i.contactName)).toEqual(['Bilal Nasser']);
    const [entry] = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'booking.create'));
    // The audit names the booking only: no slot, no invitation (issue 13).
    expect(entry).toMatchObject({ scope: 'bureau', targetType: 'booking', details: {} });
  });

  it('moves the invitee’s organisation into dialogue in its wave’s programme, as the contact’s own yes does', async () => {
    const z = await invitedContacts();
    const db = t.ctx.database.db;
    const [programme] = await db
      .insert(schema.programmes)
      .values({ zoneId: z.zoneId, name: 'Brug 2027', slug: `brug-${z.zoneId.slice(0, 8)}` })
      .returning();
    const [wave] = await db
      .insert(schema.waves)
      .values({ zoneId: z.zoneId, programmeId: programme.id, number: 1, name: 'Golf 1' })
      .returning();
    await db
      .update(schema.invitations)
      .set({ waveId: wave.id })
      .where(eq(schema.invitations.organisationId, z.org.id));
    const booked = await z.researcher.post(`/api/slots/${z.first}/bookings`, {
      invitationId: z.idOf('Amal Diallo'),
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const [row] = await db
      .select()
      .from(schema.relationshipStatuses)
      .where(eq(schema.relationshipStatuses.organisationId, z.org.id));
    expect(row).toMatchObject({ programmeId: programme.id, status: 'in_dialogue' });
  });

  it('refuses a second booking for the same person and a foreign or unknown invitation, naming the field', async () => {
    const z = await invitedContacts();
    const amal = z.idOf('Amal Diallo');
    expect(
      (await z.researcher.post(`/api/slots/${z.first}/bookings`, { invitationId: amal })).statusCode,
    ).toBe(201);
    const again = await z.researcher.post(`/api/slots/${z.second}/bookings`, { invitationId: amal });
    expect(again.statusCode).toBe(409);
    expect(again.json().fields).toEqual({ invitationId: 'already booked' });
    const bad = await z.researcher.post(`/api/slots/${z.second}/bookings`, { invitationId: 'B-07' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['invitationId']);
    const other = await invitedContacts();
    const foreign = await z.researcher.post(`/api/slots/${z.second}/bookings`, {
      invitationId: other.idOf('Amal Diallo'),
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().fields).toEqual({ invitationId: 'not found' });
    // Nothing changed: the second time is still free, the other zone's invitation untouched.
    const free = (await z.researcher.get('/api/slots'))
      .json()
      .items.find((s: { id: string }) => s.id === z.second);
    expect(free).toMatchObject({ booked: false });
    const [otherInv] = await t.ctx.database.db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.id, other.idOf('Amal Diallo')));
    expect(otherInv).toMatchObject({ status: 'sent', answeredAt: null });
  });

  it('lets exactly one of 20 concurrent bookings of one slot for different people succeed, and one per person', async () => {
    const z = await invitedContacts();
    const amal = z.idOf('Amal Diallo');
    const bilal = z.idOf('Bilal Nasser');
    const sameSlot = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        z.researcher.post(`/api/slots/${z.first}/bookings`, { invitationId: i % 2 ? amal : bilal }),
      ),
    );
    const codes = sameSlot.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    const winner = sameSlot.find((r) => r.statusCode === 201)!.json().invitationId as string;
    const loser = winner === amal ? bilal : amal;
    const [loserInv] = await t.ctx.database.db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.id, loser));
    expect(loserInv.status).toBe('sent');

    const third = (
      await z.researcher.post('/api/slots', {
        startsAt: `${year}-04-03T09:00`,
        durationMinutes: 60,
        mode: 'video',
        videoUrl: 'https://meet.example.org/x',
      })
    ).json().id as string;
    const samePerson = await Promise.all(
      [z.second, third].map((slotId) =>
        z.researcher.post(`/api/slots/${slotId}/bookings`, { invitationId: loser }),
      ),
    );
    expect(samePerson.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const live = await t.ctx.database.db
      .select()
      .from(schema.bookings)
      .where(eq(schema.bookings.invitationId, loser));
    expect(live).toHaveLength(1);
  });

  it('refuses the list and the booking to every other role', async () => {
    const z = await invitedContacts();
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, z.zoneId, role);
      expect((await client.get('/api/outreach/bookable')).statusCode, role).toBe(403);
      expect(
        (await client.post(`/api/slots/${z.first}/bookings`, { invitationId: z.idOf('Amal Diallo') }))
          .statusCode,
        role,
      ).toBe(403);
    }
    const [inv] = await t.ctx.database.db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.id, z.idOf('Amal Diallo')));
    expect(inv.status).toBe('sent');
  });
});

import { schema } from '@brug/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { sendReminder } from '../conversations/scheduling.ts';
import { answerAsContact, invitedToConversation, tokenOf, nextYear as year } from './test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

/** A French-speaking contact with a booked conversation and a second free time to move to. */
async function bookedContact() {
  const z = await invitedToConversation(t, ['Amal Diallo'], 'Maison des Cultures, Bruxelles');
  const { zoneId, first, second } = z;
  const email = z.emails[0];
  const mails = () => z.mails(email);
  const invite = (await mails())[0];
  const answer = await answerAsContact(t, tokenOf(invite.text), { answer: 'accept', slotId: first });
  expect(answer.statusCode).toBe(200);
  const confirmation = (await mails()).find((m) => m.text.includes('/invitations/booking?'))!;
  const manage = tokenOf(confirmation.text.split('/invitations/booking?')[1]);
  return {
    zoneId,
    first,
    second,
    manage,
    mails,
    email,
    researcher: z.researcher,
    bookingId: answer.json().bookingId as string,
    calendarUid: answer.json().calendarUid as string,
  };
}

const view = (token: string) => t.app.inject({ method: 'GET', url: `/api/public/booking?token=${token}` });

describe('[OUTREACH] the page behind the booking link of the confirmation e-mail', {
  timeout: 180_000,
}, () => {
  it('shows the contact their time, place and the free times to move to, and audits it for the bureau', async () => {
    const b = await bookedContact();
    const res = await view(b.manage);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      language: 'fr',
      booking: { localStart: `${year}-03-30T10:00`, mode: 'place', location: 'Bureau Luister, Antwerpen' },
    });
    expect(body.slots.map((s: { id: string }) => s.id)).toEqual([b.second]);
    const moved = await t.app.inject({
      method: 'POST',
      url: '/api/public/booking/reschedule',
      payload: { token: b.manage, slotId: b.second },
    });
    expect(moved.statusCode).toBe(200);
    const notice = (await b.mails()).find((m) => m.subject.startsWith('Modifié'));
    expect(notice?.text).toContain(`/invitations/booking?lang=fr&token=${b.manage}`);
    expect((await view(b.manage)).json().booking.location).toBe('Maison des Cultures, Bruxelles');
    expect(Object.keys(body.booking)).not.toContain('researcherId');
    const audits = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.zoneId, b.zoneId), eq(schema.auditLog.action, 'booking.view.invitee')));
    expect(audits).toHaveLength(2); // both views, each in the bureau's scope
    for (const a of audits) expect(a).toMatchObject({ scope: 'bureau', targetId: b.bookingId });
  });

  it('gives the page the calendar identity of the mailed event, with a higher SEQUENCE after a move', async () => {
    const b = await bookedContact();
    const before = (await view(b.manage)).json().booking;
    const confirmation = (await b.mails()).find((m) => m.text.includes('/invitations/booking?'))!;
    const mailedUid = /UID:(\S+)/.exec(String(confirmation.attachments?.[0]?.content ?? ''))?.[1];
    const [stored] = await t.ctx.database.db
      .select()
      .from(schema.bookings)
      .where(eq(schema.bookings.id, b.bookingId));
    expect(before.calendar).toEqual({ uid: stored.icsUid, sequence: 0 });
    expect(before.calendar.uid).toBe(mailedUid);
    // The confirmation page's file has the same UID: one event in the calendar, whichever page it came from.
    expect(b.calendarUid).toBe(mailedUid);

    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/public/booking/reschedule',
      payload: { token: b.manage, slotId: 'not-a-slot' },
    });
    expect(refused.statusCode).toBe(400);
    expect((await view(b.manage)).json().booking.calendar).toEqual(before.calendar);

    await t.app.inject({
      method: 'POST',
      url: '/api/public/booking/reschedule',
      payload: { token: b.manage, slotId: b.second },
    });
    const after = (await view(b.manage)).json().booking;
    expect(after.calendar).toEqual({ uid: before.calendar.uid, sequence: 1 });
    expect(after.startsAt).not.toBe(before.startsAt);
    expect((await view('x'.repeat(43))).json()).not.toHaveProperty('booking');
  });

  it('refuses a forged, malformed or used link, naming the token, and leaves the booking as it was', async () => {
    const b = await bookedContact();
    const forged = await view('x'.repeat(43));
    expect(forged.statusCode).toBe(410);
    expect(forged.json().fields).toMatchObject({ token: 'invalid' });
    const short = await view('abc');
    expect(short.statusCode).toBe(400);
    expect(JSON.stringify(short.json())).toContain('token');
    const badSlot = await t.app.inject({
      method: 'POST',
      url: '/api/public/booking/reschedule',
      payload: { token: b.manage, slotId: 'not-a-slot' },
    });
    expect(badSlot.statusCode).toBe(400);
    expect(JSON.stringify(badSlot.json())).toContain('slotId');
    const [unchanged] = await t.ctx.database.db
      .select()
      .from(schema.bookings)
      .where(eq(schema.bookings.id, b.bookingId));
    expect(unchanged).toMatchObject({ slotId: b.first, status: 'booked', sequence: 0 });

    const cancel = await t.app.inject({
      method: 'POST',
      url: '/api/public/booking/cancel',
      payload: { token: b.manage },
    });
    expect(cancel.statusCode).toBe(200);
    const used = await view(b.manage);
    expect(used.statusCode).toBe(410);
    expect(used.json().fields).toMatchObject({ token: 'used', language: 'fr' });
  });

  it('says the link has expired once the conversation has begun, and cancels nothing', async () => {
    const b = await bookedContact();
    const db = t.ctx.database.db;
    const past = new Date(Date.now() - 3_600_000);
    await db
      .update(schema.slots)
      .set({ startsAt: past, endsAt: new Date(past.getTime() + 3_600_000) })
      .where(eq(schema.slots.id, b.first));
    const res = await view(b.manage);
    expect(res.statusCode).toBe(410);
    expect(res.json().fields).toMatchObject({ token: 'expired', language: 'fr' });
    const cancel = await t.app.inject({
      method: 'POST',
      url: '/api/public/booking/cancel',
      payload: { token: b.manage },
    });
    expect(cancel.statusCode).toBe(410);
    const [booking] = await db.select().from(schema.bookings).where(eq(schema.bookings.id, b.bookingId));
    expect(booking).toMatchObject({ status: 'booked', sequence: 0 });
  });

  it('the day-before reminder carries a fresh working link and the one of the confirmation stops working', async () => {
    const b = await bookedContact();
    await sendReminder(t.ctx, { bookingId: b.bookingId, sequence: 0 });
    const reminder = (await b.mails()).find((m) => m.subject.startsWith('Rappel'))!;
    expect(reminder.text).toContain('/invitations/booking?lang=fr&token=');
    const fresh = tokenOf(reminder.text.split('/invitations/booking?')[1]);
    expect(fresh).not.toBe(b.manage);
    const old = await view(b.manage);
    expect(old.statusCode).toBe(410);
    expect(old.json().fields).toMatchObject({ token: 'invalid' });
    expect((await view(fresh)).statusCode).toBe(200);
    // The researcher's copy of the reminder carries no link of the contact.
    const all = await t.ctx.database.db.select().from(schema.mailMessages);
    const researcherCopy = all.filter((m) => m.to !== b.email && m.subject.startsWith('Herinnering'));
    expect(researcherCopy).toHaveLength(1);
    for (const m of all.filter((x) => x.to !== b.email)) expect(m.text).not.toContain(fresh);
    // A refused move with the old link changes nothing; the fresh one moves the booking.
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/public/booking/reschedule',
      payload: { token: b.manage, slotId: b.second },
    });
    expect(refused.statusCode).toBe(410);
    const [unchanged] = await t.ctx.database.db
      .select()
      .from(schema.bookings)
      .where(eq(schema.bookings.id, b.bookingId));
    expect(unchanged).toMatchObject({ slotId: b.first, sequence: 0 });
    const moved = await t.app.inject({
      method: 'POST',
      url: '/api/public/booking/reschedule',
      payload: { token: fresh, slotId: b.second },
    });
    expect(moved.statusCode).toBe(200);
  });

  it('a move by the researcher sends the contact a fresh link; the earlier one is refused', async () => {
    const b = await bookedContact();
    const res = await b.researcher.post(`/api/bookings/${b.bookingId}/reschedule`, { slotId: b.second });
    expect(res.statusCode).toBe(200);
    const notice = (await b.mails()).find((m) => m.subject.startsWith('Modifié'))!;
    const fresh = tokenOf(notice.text.split('/invitations/booking?')[1]);
    expect((await view(b.manage)).statusCode).toBe(410);
    const page = await view(fresh);
    expect(page.statusCode).toBe(200);
    expect(page.json().booking.location).toBe('Maison des Cultures, Bruxelles');
  });
});

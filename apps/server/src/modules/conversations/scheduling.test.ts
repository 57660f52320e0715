import { schema } from '@brug/db';
import { brusselsToUtc, formatBrussels } from '@brug/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIcs } from '../../../test/calendar.ts';
import { buildTestApp, type TestApp } from '../../../test/helpers.ts';
import { asDelivered } from '../../../test/mail.ts';
import { OTHER_ROLES, signIn, zoneWithOpenVault } from '../vault/test-support.ts';
import { calendarOrganizer } from './ics.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const nextYear = new Date().getUTCFullYear() + 1;

describe('[CONVERSATIONS] Brussels time', { timeout: 180_000 }, () => {
  it('resolves wall-clock times on both sides of the daylight-saving changes', () => {
    expect(brusselsToUtc('2026-03-28T10:00').toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(brusselsToUtc('2026-03-29T10:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(brusselsToUtc('2026-10-24T10:00').toISOString()).toBe('2026-10-24T08:00:00.000Z');
    expect(brusselsToUtc('2026-10-25T10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
    // 02:30 does not exist on 29 March 2026: it becomes 03:30 summer time.
    expect(formatBrussels(brusselsToUtc('2026-03-29T02:30'))).toBe('2026-03-29T03:30');
    // 02:30 happens twice on 25 October 2026: the first (summer time) is chosen.
    expect(brusselsToUtc('2026-10-25T02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('[CONVERSATIONS] slots and bookings', { timeout: 180_000 }, () => {
  it('publishes slots at a place or by video, validating each field by name', async () => {
    const { researcher, zone } = await zoneWithOpenVault(t);
    const noPlace = await researcher.post('/api/slots', {
      startsAt: `${nextYear}-03-29T10:00`,
      durationMinutes: 60,
      mode: 'place',
    });
    expect(noPlace.statusCode).toBe(400);
    expect(Object.keys(noPlace.json().fields)).toEqual(['location']);
    const badTime = await researcher.post('/api/slots', {
      startsAt: '29/03 10u',
      durationMinutes: 60,
      mode: 'video',
      videoUrl: 'https://meet.example.org/x',
    });
    expect(Object.keys(badTime.json().fields)).toEqual(['startsAt']);
    const past = await researcher.post('/api/slots', {
      startsAt: '2020-01-01T10:00',
      durationMinutes: 60,
      mode: 'place',
      location: 'Kiel',
    });
    expect(past.json().fields).toEqual({ startsAt: 'must be in the future' });
    const slot = await researcher.post('/api/slots', {
      startsAt: `${nextYear}-10-26T10:00`,
      durationMinutes: 90,
      mode: 'place',
      location: 'Bureau Luister, Lange Nieuwstraat 1, Antwerpen',
    });
    expect(slot.statusCode).toBe(201);
    expect(slot.json()).toMatchObject({
      localStart: `${nextYear}-10-26T10:00`,
      mode: 'place',
      booked: false,
    });
    for (const role of OTHER_ROLES) {
      const { client } = await signIn(t, zone.id, role);
      expect(
        (
          await client.post('/api/slots', {
            startsAt: `${nextYear}-10-26T10:00`,
            durationMinutes: 60,
            mode: 'place',
            location: 'x',
          })
        ).statusCode,
      ).toBe(403);
      expect((await client.get('/api/slots')).statusCode).toBe(403);
      expect((await client.post(`/api/slots/${slot.json().id}/bookings`, {})).statusCode).toBe(403);
    }
    const other = await zoneWithOpenVault(t);
    expect((await other.researcher.post(`/api/slots/${slot.json().id}/bookings`, {})).statusCode).toBe(404);
  });

  it('lets exactly one of 50 concurrent bookings of a slot succeed', async () => {
    const { researcher } = await zoneWithOpenVault(t);
    const slot = await researcher.post('/api/slots', {
      startsAt: `${nextYear}-04-02T14:00`,
      durationMinutes: 60,
      mode: 'video',
      videoUrl: 'https://meet.example.org/b07',
    });
    const id = slot.json().id as string;
    const results = await Promise.all(
      Array.from({ length: 50 }, () => researcher.post(`/api/slots/${id}/bookings`, {})),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(49);
    const live = await t.ctx.database.db.select().from(schema.bookings).where(eq(schema.bookings.slotId, id));
    expect(live).toHaveLength(1);
  });

  it('reschedules and cancels with notices carrying an updated .ics in UTC, correct across DST', async () => {
    const { researcher, researcherUser } = await zoneWithOpenVault(t);
    const summer = await researcher.post('/api/slots', {
      startsAt: `${nextYear}-03-27T10:00`,
      durationMinutes: 60,
      mode: 'place',
      location: 'Kiel',
    });
    const afterChange = await researcher.post('/api/slots', {
      startsAt: `${nextYear}-03-30T10:00`,
      durationMinutes: 60,
      mode: 'place',
      location: 'Kiel',
    });
    const booking = await researcher.post(`/api/slots/${summer.json().id}/bookings`, {});
    expect(booking.statusCode).toBe(201);
    const bookingId = booking.json().id as string;
    const listed = (await researcher.get('/api/slots')).json().items as { id: string; bookingId: string }[];
    expect(listed.find((s) => s.id === summer.json().id)).toMatchObject({ booked: true, bookingId });
    expect(listed.find((s) => s.id === afterChange.json().id)).toMatchObject({
      booked: false,
      bookingId: null,
    });
    const moved = await researcher.post(`/api/bookings/${bookingId}/reschedule`, {
      slotId: afterChange.json().id,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ sequence: 1, slotId: afterChange.json().id });
    const taken = await researcher.post(`/api/slots/${afterChange.json().id}/bookings`, {});
    expect(taken.statusCode).toBe(409);
    expect(taken.json().fields).toEqual({ slotId: 'already booked' });
    expect((await researcher.post(`/api/bookings/${bookingId}/cancel`)).json()).toMatchObject({
      status: 'cancelled',
      sequence: 2,
    });
    expect((await researcher.post(`/api/slots/${afterChange.json().id}/bookings`, {})).statusCode).toBe(201);

    const mails = await asDelivered(
      t,
      await t.ctx.database.db
        .select()
        .from(schema.mailMessages)
        .where(eq(schema.mailMessages.to, researcherUser.email)),
    );
    const [confirmed, rescheduled, cancelled] = mails.sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
    );
    const ics = (m: (typeof mails)[number]) => m.attachments[0].content;
    const start = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    // 27 March is winter time (UTC+1), 30 March summer time (UTC+2): both 10:00 in Brussels.
    expect(ics(confirmed)).toContain(`DTSTART:${start(brusselsToUtc(`${nextYear}-03-27T10:00`))}`);
    expect(ics(rescheduled)).toContain(`DTSTART:${start(brusselsToUtc(`${nextYear}-03-30T10:00`))}`);
    expect(brusselsToUtc(`${nextYear}-03-30T10:00`).getUTCHours()).toBe(8);
    expect(ics(rescheduled)).toContain('SEQUENCE:1');
    expect(ics(cancelled)).toContain('METHOD:CANCEL');
    expect(ics(cancelled)).toContain('SEQUENCE:2');
    // As a calendar program reads them: Brug's sender organises, the recipient is the attendee.
    for (const m of [confirmed, rescheduled, cancelled]) {
      const [event] = parseIcs(ics(m)).events;
      expect(event.organizer?.address).toBe(calendarOrganizer(t.ctx.config.mailFrom).email);
      expect(event.attendees.map((a) => a.address)).toEqual([m.to]);
    }
    expect(parseIcs(ics(cancelled))).toMatchObject({
      method: 'CANCEL',
      events: [{ sequence: 2, status: 'CANCELLED' }],
    });
    const uid = /UID:(.+)/.exec(ics(confirmed))![1];
    expect(ics(cancelled)).toContain(`UID:${uid}`);
    expect(rescheduled.subject).toMatch(/Gewijzigd/);
  });
});

import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../test/calendar.ts';
import { activityIcs } from '../initiatives/calendar.ts';
import { buildIcs, calendarOrganizer } from './ics.ts';

const organizer = calendarOrganizer('Brug Schaarbeek <brug@schaarbeek.example>');
const event = {
  uid: 'b-1@brug',
  sequence: 2,
  start: new Date('2027-03-30T08:00:00Z'),
  end: new Date('2027-03-30T09:00:00Z'),
  summary: 'Gesprek',
  description: 'Buurthuis Kiel',
  location: 'Buurthuis Kiel',
  organizer,
  attendees: [{ email: 'amina@example.org', name: 'Amina' }],
};

describe('[CALENDAR] invitations as calendar programs read them (RFC 5546)', () => {
  it('names the organiser from the mail sender', () => {
    expect(organizer).toEqual({ name: 'Brug Schaarbeek', email: 'brug@schaarbeek.example' });
    expect(calendarOrganizer('brug@localhost')).toEqual({ email: 'brug@localhost' });
  });

  it('gives a REQUEST and a CANCEL their ORGANIZER and ATTENDEE', () => {
    const request = parseIcs(buildIcs(event));
    expect(request.method).toBe('REQUEST');
    expect(request.events).toHaveLength(1);
    expect(request.events[0]).toMatchObject({
      uid: 'b-1@brug',
      sequence: 2,
      status: 'CONFIRMED',
      location: 'Buurthuis Kiel',
      organizer: { address: 'brug@schaarbeek.example', name: 'Brug Schaarbeek' },
      attendees: [
        { address: 'amina@example.org', name: 'Amina', role: 'REQ-PARTICIPANT', partstat: 'ACCEPTED' },
      ],
    });
    const cancel = parseIcs(buildIcs({ ...event, sequence: 3, cancelled: true }));
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.events[0]).toMatchObject({
      uid: 'b-1@brug',
      sequence: 3,
      status: 'CANCELLED',
      organizer: { address: 'brug@schaarbeek.example' },
      attendees: [{ address: 'amina@example.org' }],
    });
    expect(() => buildIcs({ ...event, attendees: [] })).toThrow(/attendee/);
  });

  it("gives a registrant's activity its organiser, and its cancellation the registrant as attendee", () => {
    const activity = {
      id: 'a1',
      title: 'Buurtfeest',
      description: '',
      startsAt: new Date('2027-03-30T16:00:00Z'),
      endsAt: new Date('2027-03-30T18:00:00Z'),
      place: 'Plein',
      onlineUrl: null,
      createdAt: new Date('2027-01-01T00:00:00Z'),
      updatedAt: new Date('2027-01-01T00:00:10Z'),
    };
    const attendee = { email: 'jan@example.org', name: 'Jan' };
    const published = parseIcs(activityIcs(activity, 'https://brug.test', { organizer, attendee }));
    expect(published.method).toBe('PUBLISH');
    expect(published.events[0]).toMatchObject({
      location: 'Plein',
      sequence: 10,
      organizer: { address: organizer.email },
    });
    // PUBLISH carries no attendees (RFC 5546 3.2.1).
    expect(published.events[0].attendees).toEqual([]);
    const cancelledAt = new Date('2027-01-02T00:00:00Z');
    const cancelled = { ...activity, cancelledAt, updatedAt: cancelledAt };
    const cancel = parseIcs(activityIcs(cancelled, 'https://brug.test', { organizer, attendee }));
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.events[0]).toMatchObject({
      status: 'CANCELLED',
      organizer: { address: organizer.email },
      attendees: [{ address: 'jan@example.org', name: 'Jan' }],
    });
    expect(cancel.events[0].sequence).toBeGreaterThan(published.events[0].sequence);
    // Without the registrant's address: the event published again as cancelled.
    const anonymous = parseIcs(activityIcs(cancelled, 'https://brug.test', { organizer }));
    expect(anonymous.method).toBe('PUBLISH');
    expect(anonymous.events[0].status).toBe('CANCELLED');
  });
});

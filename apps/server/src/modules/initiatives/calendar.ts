import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { CalendarPerson } from '../conversations/ics.ts';

export type CalendarEvent = {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  createdAt?: Date;
  updatedAt?: Date;
  cancelledAt?: Date | null;
};

/**
 * The event's revision for calendar programs (RFC 5545 SEQUENCE): seconds (rounded up) between creation and the last
 * change, so every saved change gives a higher number and a calendar replaces the older copy.
 */
export function calendarSequence(e: Pick<CalendarEvent, 'createdAt' | 'updatedAt'>): number {
  if (!e.createdAt || !e.updatedAt) return 0;
  return Math.max(0, Math.ceil((e.updatedAt.getTime() - e.createdAt.getTime()) / 1000));
}

/**
 * An iCalendar (RFC 5545) file with one activity, for a registrant's own calendar: METHOD:PUBLISH with
 * its ORGANIZER (no answer is expected). A cancelled activity gives a CANCEL naming the ORGANIZER and
 * the registrant as ATTENDEE (RFC 5546), so calendar programs remove the event they imported before;
 * without the registrant's address, a PUBLISH of the event with STATUS:CANCELLED.
 */
export function activityIcs(
  e: CalendarEvent,
  publicUrl: string,
  people: { organizer: CalendarPerson; attendee?: CalendarPerson | null },
): string {
  const cancelled = Boolean(e.cancelledAt);
  const cancel = cancelled && Boolean(people.attendee);
  const calendar = ical({
    prodId: { company: 'Brug', product: 'activities', language: 'NL' },
    name: e.title,
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `${e.id}@brug`,
    sequence: calendarSequence(e),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    start: e.startsAt,
    end: e.endsAt,
    summary: e.title,
    description: e.description,
    location: e.place ?? e.onlineUrl ?? undefined,
    url: e.onlineUrl ?? `${publicUrl}/activities/${e.id}/register`,
    organizer: { email: people.organizer.email, name: people.organizer.name || people.organizer.email },
    attendees:
      cancel && people.attendee
        ? [
            {
              email: people.attendee.email,
              name: people.attendee.name ?? undefined,
              role: ICalAttendeeRole.REQ,
            },
          ]
        : [],
  });
  return calendar.toString();
}

import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

/** Who sends an invitation (RFC 5546 ORGANIZER) or receives it (ATTENDEE). */
export type CalendarPerson = { email: string; name?: string | null };

export type CalendarEvent = {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location?: string | null;
  url?: string | null;
  cancelled?: boolean;
  organizer: CalendarPerson;
  /** The people the invitation (or its cancellation) is for: at least one. */
  attendees: CalendarPerson[];
};

/** The organiser of Brug's invitations: the address its mail comes from ("Name <address>" or an address). */
export function calendarOrganizer(mailFrom: string): CalendarPerson {
  const named = mailFrom.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/);
  return named ? { name: named[1] || null, email: named[2].trim() } : { email: mailFrom.trim() };
}

/**
 * One iCalendar (RFC 5545) invitation. Times are written in UTC, which every calendar converts to the
 * reader's zone: a 10:00 Brussels slot stays 10:00 on both sides of a daylight-saving change. The
 * stable UID and a rising SEQUENCE make calendars replace (or, with METHOD:CANCEL, remove) the event.
 * A REQUEST and a CANCEL name their ORGANIZER and ATTENDEEs, as RFC 5546 requires: without them,
 * Outlook and Gmail show the file as a plain event or refuse the cancellation.
 */
export function buildIcs(e: CalendarEvent): string {
  if (e.attendees.length === 0) throw new Error('An invitation needs at least one attendee');
  const calendar = ical({
    prodId: { company: 'Brug', product: 'listening', language: 'NL' },
    method: e.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: e.uid,
    sequence: e.sequence,
    start: e.start,
    end: e.end,
    stamp: new Date(),
    summary: e.summary,
    description: e.description,
    location: e.location ?? undefined,
    url: e.url ?? undefined,
    status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { email: e.organizer.email, name: e.organizer.name || e.organizer.email },
    attendees: e.attendees.map((a) => ({
      email: a.email,
      name: a.name ?? undefined,
      role: ICalAttendeeRole.REQ,
      // Every invitation Brug sends follows the person's own yes (a booking, an accepted roundtable):
      // no answer is asked back.
      status: e.cancelled ? undefined : ICalAttendeeStatus.ACCEPTED,
      rsvp: false,
    })),
  });
  return calendar.toString();
}

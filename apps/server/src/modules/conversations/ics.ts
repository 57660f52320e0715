import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

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
};

/**
 * One iCalendar (RFC 5545) invitation. Times are written in UTC, which every calendar converts to the
 * reader's zone: a 10:00 Brussels slot stays 10:00 on both sides of a daylight-saving change. The
 * stable UID and a rising SEQUENCE make calendars replace (or, with METHOD:CANCEL, remove) the event.
 */
export function buildIcs(e: CalendarEvent): string {
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
  });
  return calendar.toString();
}

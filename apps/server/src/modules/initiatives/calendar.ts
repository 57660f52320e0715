import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

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
 * An iCalendar (RFC 5545) file with one activity, for a registrant's own calendar. A cancelled activity
 * gives a CANCEL message, so calendar programs remove the event they imported before.
 */
export function activityIcs(e: CalendarEvent, publicUrl: string): string {
  const cancelled = Boolean(e.cancelledAt);
  const calendar = ical({
    prodId: { company: 'Brug', product: 'activities', language: 'NL' },
    name: e.title,
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
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
  });
  return calendar.toString();
}

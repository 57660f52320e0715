import ical from 'ical-generator';

export type CalendarEvent = {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
};

/** An iCalendar (RFC 5545) file with one activity, for a registrant's own calendar. */
export function activityIcs(e: CalendarEvent, publicUrl: string): string {
  const calendar = ical({
    prodId: { company: 'Brug', product: 'activities', language: 'NL' },
    name: e.title,
  });
  calendar.createEvent({
    id: `${e.id}@brug`,
    start: e.startsAt,
    end: e.endsAt,
    summary: e.title,
    description: e.description,
    location: e.place ?? e.onlineUrl ?? undefined,
    url: e.onlineUrl ?? `${publicUrl}/activities/${e.id}/register`,
  });
  return calendar.toString();
}

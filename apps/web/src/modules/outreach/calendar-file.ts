/** One event as an iCalendar file (RFC 5545) a contact can add to their own calendar (METHOD:PUBLISH). */
export type CalendarFileEvent = {
  uid: string;
  /** Raised by every change of the event (RFC 5545 SEQUENCE): a calendar keeps the highest. */
  sequence?: number;
  start: string;
  end: string;
  summary: string;
  location?: string | null;
  description?: string | null;
};

/** A moment in UTC as iCalendar writes it: 20270330T080000Z. */
const utc = (iso: string) => `${new Date(iso).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** Text values escape backslash, semicolon, comma and line breaks. */
const text = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded: a line break and a space, never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function calendarFile(e: CalendarFileEvent, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Brug//listening//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    ...(e.sequence ? [`SEQUENCE:${e.sequence}`] : []),
    `DTSTAMP:${utc(now.toISOString())}`,
    `DTSTART:${utc(e.start)}`,
    `DTEND:${utc(e.end)}`,
    `SUMMARY:${text(e.summary)}`,
    ...(e.location ? [`LOCATION:${text(e.location)}`] : []),
    ...(e.description ? [`DESCRIPTION:${text(e.description)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The name the file is saved under, in the page's language. */
export const CALENDAR_FILE_NAME: Record<'nl' | 'fr' | 'en', string> = {
  nl: 'gesprek.ics',
  fr: 'entretien.ics',
  en: 'conversation.ics',
};

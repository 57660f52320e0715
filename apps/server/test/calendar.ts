import ICAL from 'ical.js';

/** An iCalendar file as a calendar program reads it (ical.js, Thunderbird's parser): for tests. */
export function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const person = (p: ICAL.Property) => ({
    address: String(p.getFirstValue()).replace(/^mailto:/i, ''),
    name: p.getParameter('cn') ?? null,
    role: p.getParameter('role') ?? null,
    partstat: p.getParameter('partstat') ?? null,
  });
  return {
    method: calendar.getFirstPropertyValue('method'),
    events: calendar.getAllSubcomponents('vevent').map((v) => {
      const organizer = v.getFirstProperty('organizer');
      return {
        uid: v.getFirstPropertyValue('uid'),
        sequence: Number(v.getFirstPropertyValue('sequence') ?? 0),
        status: v.getFirstPropertyValue('status') as string | null,
        summary: v.getFirstPropertyValue('summary') as string | null,
        location: v.getFirstPropertyValue('location') as string | null,
        start: (v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate(),
        organizer: organizer ? person(organizer) : null,
        attendees: v.getAllProperties('attendee').map(person),
      };
    }),
  };
}

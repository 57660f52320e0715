import { describe, expect, it } from 'vitest';
import { calendarFile } from './calendar-file.ts';

const event = {
  uid: '4d1c@brug',
  start: '2027-03-30T08:00:00.000Z',
  end: '2027-03-30T09:00:00.000Z',
  summary: 'Entretien confidentiel',
  location: 'Maison des Cultures, Bruxelles',
};

describe('calendar file of a booked conversation', () => {
  it('writes the UID, the time in UTC and no SEQUENCE for an event never changed', () => {
    const ics = calendarFile(event, new Date('2027-01-01T00:00:00Z'));
    expect(ics).toContain('UID:4d1c@brug\r\n');
    expect(ics).toContain('DTSTART:20270330T080000Z\r\n');
    expect(ics).toContain('LOCATION:Maison des Cultures\\, Bruxelles\r\n');
    expect(ics).not.toContain('SEQUENCE');
  });

  it('writes the SEQUENCE of a moved event, so calendars replace the earlier one', () => {
    const ics = calendarFile({ ...event, sequence: 2 });
    expect(ics).toMatch(/UID:4d1c@brug\r\nSEQUENCE:2\r\n/);
  });
});

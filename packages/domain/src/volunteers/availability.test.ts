import { describe, expect, it } from 'vitest';
import { localSlot, matchAvailability } from './availability.ts';

const slot = (start: string, end: string) => localSlot(new Date(start), new Date(end));

describe('[VOLUNTEERS] availability', () => {
  it('reads activity times on the Brussels clock, across daylight saving time', () => {
    expect(slot('2026-12-12T13:00:00Z', '2026-12-12T15:00:00Z')).toEqual({
      date: '2026-12-12',
      month: '2026-12',
      weekday: 6,
      startMinutes: 14 * 60,
      endMinutes: 16 * 60,
      hours: 2,
    });
    expect(slot('2026-07-01T17:00:00Z', '2026-07-01T18:30:00Z')).toMatchObject({
      weekday: 3,
      startMinutes: 19 * 60,
    });
    // 23:30 UTC on 31 January is already February in Brussels.
    expect(slot('2026-01-31T23:30:00Z', '2026-02-01T00:30:00Z').month).toBe('2026-02');
  });

  it('matches weekday, evening and weekend patterns', () => {
    const wedMorning = slot('2026-12-09T09:00:00Z', '2026-12-09T11:00:00Z');
    const wedEvening = slot('2026-12-09T18:00:00Z', '2026-12-09T20:00:00Z');
    const wedLate = slot('2026-12-09T16:00:00Z', '2026-12-09T18:00:00Z');
    const sunday = slot('2026-12-13T09:00:00Z', '2026-12-13T11:00:00Z');
    const a = (patterns: ('weekdays' | 'evenings' | 'weekends')[]) => ({ patterns, dates: [] });
    expect(matchAvailability(a(['weekdays']), wedMorning)).toEqual({ available: true, via: 'weekdays' });
    expect(matchAvailability(a(['weekdays']), wedEvening).available).toBe(false);
    expect(matchAvailability(a(['evenings']), wedEvening)).toEqual({ available: true, via: 'evenings' });
    expect(matchAvailability(a(['weekdays']), wedLate).available).toBe(false);
    expect(matchAvailability(a(['weekdays', 'evenings']), wedLate).available).toBe(true);
    expect(matchAvailability(a(['weekends']), sunday)).toEqual({ available: true, via: 'weekends' });
    expect(matchAvailability(a(['weekdays', 'evenings']), sunday).available).toBe(false);
    expect(matchAvailability(a([]), sunday).available).toBe(false);
  });

  it('matches a specific date, whole day or with a window around the activity', () => {
    const wed = slot('2026-12-09T09:00:00Z', '2026-12-09T11:00:00Z'); // 10:00–12:00 local
    expect(matchAvailability({ patterns: [], dates: [{ date: '2026-12-09' }] }, wed)).toEqual({
      available: true,
      via: 'date',
    });
    expect(
      matchAvailability({ patterns: [], dates: [{ date: '2026-12-09', start: '09:30', end: '12:00' }] }, wed)
        .available,
    ).toBe(true);
    expect(
      matchAvailability({ patterns: [], dates: [{ date: '2026-12-09', start: '10:30', end: '12:00' }] }, wed)
        .available,
    ).toBe(false);
    expect(matchAvailability({ patterns: [], dates: [{ date: '2026-12-10' }] }, wed).available).toBe(false);
  });
});

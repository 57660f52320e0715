import { describe, expect, it } from 'vitest';
import { formatFullDateTime, formatMoment, fromZoneInput, toZoneInput } from './format.ts';

// Every time in the app is on the zone's clock (Europe/Brussels), whatever the device's time zone:
// this machine's (UTC in CI) must not show through.
describe('[WEB] times on the zone’s clock', () => {
  it('shows an instant as Brussels reads it, in winter and in summer, in each language', () => {
    expect(formatMoment('2026-12-15T13:00:00Z', 'fr')).toMatch(/14:00/);
    expect(formatMoment('2026-07-01T12:00:00Z', 'nl', { timeStyle: 'short' })).toBe('14:00');
    expect(formatFullDateTime('2026-12-15T13:00:00Z', 'nl')).toBe('dinsdag 15 december 2026 om 14:00');
    // Late in the evening in UTC is already the next day in Brussels.
    expect(formatMoment('2026-12-31T23:30:00Z', 'en', { dateStyle: 'medium' })).toBe('1 Jan 2027');
  });

  it('fills and reads a datetime-local input on the Brussels clock, across the clock changes', () => {
    expect(toZoneInput('2026-12-15T13:00:00Z')).toBe('2026-12-15T14:00');
    expect(toZoneInput('2026-07-01T12:00:00.000Z')).toBe('2026-07-01T14:00');
    expect(fromZoneInput('2026-05-12T19:00')).toBe('2026-05-12T17:00:00.000Z');
    expect(fromZoneInput('2026-12-15T14:00')).toBe('2026-12-15T13:00:00.000Z');
    for (const iso of ['2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-10-25T02:30:00.000Z'])
      expect(fromZoneInput(toZoneInput(iso))).toBe(iso);
    expect(toZoneInput('not a time')).toBe('');
    expect(fromZoneInput('')).toBe('');
  });
});

import { DAYTIME_STARTS_AT_MINUTES, EVENING_STARTS_AT_MINUTES, VOLUNTEER_TIME_ZONE } from './constants.ts';
import type { Availability } from './schemas.ts';

/** An activity's time as the people taking part see it on the clock. */
export type LocalSlot = {
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM, the month whose hours the activity counts towards. */
  month: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  startMinutes: number;
  /** May exceed 1440 when the activity runs past midnight. */
  endMinutes: number;
  hours: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localSlot(startsAt: Date, endsAt: Date, timeZone = VOLUNTEER_TIME_ZONE): LocalSlot {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(startsAt)) parts[p.type] = p.value;
  const startMinutes = Number(parts.hour) * 60 + Number(parts.minute);
  const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    month: `${parts.year}-${parts.month}`,
    weekday: WEEKDAYS[parts.weekday],
    startMinutes,
    endMinutes: startMinutes + minutes,
    hours: minutes / 60,
  };
}

export function monthOf(at: Date, timeZone = VOLUNTEER_TIME_ZONE): string {
  return localSlot(at, at, timeZone).month;
}

const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

export type AvailabilityMatch =
  | { available: true; via: 'date' | 'weekends' | 'weekdays' | 'evenings' | 'weekdays+evenings' }
  | { available: false };

/**
 * Whether the colleague said they can on that slot: a specific date (whole day or a window around the
 * activity), or a weekly pattern — weekdays 08:00–18:00, weekday evenings from 18:00, weekends all day.
 */
const VIA_WEEKENDS: AvailabilityMatch = { available: true, via: 'weekends' };
const VIA_WEEKDAYS: AvailabilityMatch = { available: true, via: 'weekdays' };
const VIA_EVENINGS: AvailabilityMatch = { available: true, via: 'evenings' };
const DAY_AND_EVENING: AvailabilityMatch = { available: true, via: 'weekdays+evenings' };
const DATE: AvailabilityMatch = { available: true, via: 'date' };
const NO: AvailabilityMatch = { available: false };

export function matchAvailability(availability: Availability, slot: LocalSlot): AvailabilityMatch {
  for (const d of availability.dates) {
    if (d.date !== slot.date) continue;
    if (!d.start || !d.end) return DATE;
    if (toMinutes(d.start) <= slot.startMinutes && toMinutes(d.end) >= slot.endMinutes) return DATE;
  }
  const patterns = availability.patterns;
  if (patterns.length === 0) return NO;
  const end = slot.endMinutes;
  if (slot.weekday >= 6) {
    return patterns.includes('weekends') && end <= 24 * 60 ? VIA_WEEKENDS : NO;
  }
  const day = patterns.includes('weekdays');
  const evening = patterns.includes('evenings');
  const start = slot.startMinutes;
  if (day && start >= DAYTIME_STARTS_AT_MINUTES && end <= EVENING_STARTS_AT_MINUTES) return VIA_WEEKDAYS;
  if (evening && start >= EVENING_STARTS_AT_MINUTES && end <= 24 * 60) return VIA_EVENINGS;
  if (day && evening && start >= DAYTIME_STARTS_AT_MINUTES && end <= 24 * 60) return DAY_AND_EVENING;
  return NO;
}

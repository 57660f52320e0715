import { BRUSSELS_TIME_ZONE, brusselsToUtc, formatBrussels } from '@brug/domain/conversations';
import { useEffect } from 'react';

const LOCALES: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB', ar: 'ar-MA' };
export const localeOf = (language: string): string => LOCALES[language] ?? language;

/**
 * A moment on the zone's clock (Europe/Brussels), in the reader's language, whatever time zone the
 * device is set to: the page gives the times the mails give, also on a phone abroad or a machine on UTC.
 */
export function formatMoment(
  at: string | Date,
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: BRUSSELS_TIME_ZONE }).format(
    typeof at === 'string' ? new Date(at) : at,
  );
}

/** A moment in full ("woensdag 25 november 2026 om 14:00"), on the zone's clock. */
export function formatFullDateTime(iso: string, language: string): string {
  return formatMoment(iso, language, { dateStyle: 'full', timeStyle: 'short' });
}

/** The value a `datetime-local` input shows for an instant: the zone's clock, like every time shown. */
export function toZoneInput(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : formatBrussels(d);
}

/** A `datetime-local` value, read on the zone's clock, as an ISO instant (the inverse of `toZoneInput`). */
export function fromZoneInput(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return local;
  return brusselsToUtc(local.slice(0, 16)).toISOString();
}

/** Now, as a `datetime-local` value on the zone's clock. */
export const nowZoneInput = (): string => formatBrussels(new Date());

/** A public page (no account) in its own language: the document's language and title follow it. */
export function usePublicDocument(language: string, title: string): void {
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${title} · Brug`;
  }, [language, title]);
}

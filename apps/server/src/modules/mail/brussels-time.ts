/** Locales of the languages mails are written in; any other language reads Dutch dates. */
const LOCALES: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB', ar: 'ar-MA' };

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment as a mail reads it, in Brussels time: "dinsdag 15 december 2026 om 14:00". One formatter
 * per locale for the server's life (building one is a noticeable part of a mail's work).
 */
export function brusselsDateTime(at: Date, language: string): string {
  const locale = LOCALES[language] ?? LOCALES.nl;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: 'Europe/Brussels',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(locale, format);
  }
  return format.format(at);
}

import { useEffect } from 'react';

const LOCALES: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** A moment in full ("woensdag 25 november 2026 om 14:00"), always in the zone's time: Europe/Brussels. */
export function formatFullDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? language, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(new Date(iso));
}

/** A public page (no account) in its own language: the document's language and title follow it. */
export function usePublicDocument(language: string, title: string): void {
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${title} · Brug`;
  }, [language, title]);
}

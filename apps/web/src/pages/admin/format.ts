const LOCALES: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? language, {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}

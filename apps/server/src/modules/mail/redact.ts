import type { Language } from '@brug/domain';

/** What the readable copy shows in place of a link that acts as its recipient. */
export const REDACTED_LINK: Record<Language, string> = {
  nl: '[persoonlijke link — alleen voor de ontvanger]',
  fr: '[lien personnel — réservé au destinataire]',
  en: '[personal link — for the recipient only]',
};

const URL_PATTERN = /https?:\/\/[^\s<>"')\]]+/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A link acts as a person when it carries a secret: a `token` query parameter, or a path segment
 * that is a random token (base64url, 32 characters or more, not an id). Every personal link Brug
 * mails is of that shape (answer, booking, reply, registration, reset, invitation, calendar feed),
 * so a new kind of mail is covered without its module having to remember.
 */
export function isPersonalLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.searchParams.has('token')) return true;
  return parsed.pathname
    .split('/')
    .map((s) => s.replace(/\.[a-z]{2,4}$/i, ''))
    .some((s) => /^[\w-]{32,}$/.test(s) && !UUID.test(s));
}

/** The text with every personal link, and every extra secret given, replaced by `marker`. */
export function redactLinks(text: string, marker: string, secrets: readonly string[] = []): string {
  let out = text.replace(URL_PATTERN, (url) => (isPersonalLink(url) ? marker : url));
  for (const s of secrets) if (s.length >= 8) out = out.split(s).join(marker);
  return out;
}

/** Whether the text still holds a personal link or one of the secrets. */
export function holdsSecret(text: string, secrets: readonly string[] = []): boolean {
  return redactLinks(text, '\u0000', secrets) !== text;
}

import type { TFunction } from 'i18next';
import { ApiError } from './client.ts';

/** The part of a Mantine form this helper needs (`useForm()` returns it). */
export type FormErrorTarget = {
  setFieldError: (path: string, error: string) => void;
  getValues: () => object;
};

/**
 * Server field messages are English log texts; these patterns turn the common ones into i18n keys
 * so that the person sees the reason in their own language.
 */
const FIELD_MESSAGES: [RegExp, string][] = [
  [/^required$/i, 'errors.field.required'],
  [/e-?mail/i, 'errors.field.email'],
  [/at least (\d+) characters|>=\s*(\d+) characters/i, 'errors.field.tooShort'],
  [/too big|<=\s*(\d+)/i, 'errors.field.tooLong'],
  [/invalid, used or expired|expired/i, 'errors.field.tokenInvalid'],
  [/unique|already/i, 'errors.field.taken'],
  [/weak|guess/i, 'errors.field.weakPassword'],
  [/last admin/i, 'errors.field.lastAdmin'],
  [/does not open the vault/i, 'errors.field.vaultSecret'],
];

export function translateFieldMessage(message: string, t: TFunction): string {
  for (const [pattern, key] of FIELD_MESSAGES) {
    const m = pattern.exec(message);
    if (m) return t(key, { count: Number(m[1] ?? m[2] ?? 0), detail: message });
  }
  return t('errors.field.invalid', { detail: message });
}

/** A translated message for any error thrown by the API client. */
export function errorMessage(
  error: unknown,
  t: TFunction,
  overrides: Partial<Record<string, string>> = {},
): string {
  if (error instanceof ApiError)
    return t(overrides[error.code] ?? `errors.${error.code}`, { defaultValue: t('errors.INTERNAL') });
  return t('errors.INTERNAL');
}

/**
 * Puts an ApiError's field errors onto a Mantine form. Returns the fields it could not place
 * (not present in the form), so the caller can show them in a general alert.
 */
export function applyFieldErrors(form: FormErrorTarget, error: unknown, t: TFunction): string[] {
  if (!(error instanceof ApiError)) return [];
  const known = new Set(Object.keys(form.getValues()));
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(error.fields)) {
    const top = field.split('.')[0];
    const text = translateFieldMessage(message, t);
    if (known.has(top)) form.setFieldError(top, text);
    else unplaced.push(`${field}: ${text}`);
  }
  return unplaced;
}

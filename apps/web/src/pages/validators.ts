import { NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@brug/domain/limits';
import type { TFunction } from 'i18next';

/** Client-side checks with the same limits the server enforces, worded in the user's language. */
export function validators(t: TFunction) {
  return {
    required: (v: unknown) => (typeof v === 'string' && v.trim() ? null : t('errors.field.required')),
    name: (v: string) =>
      !v.trim()
        ? t('errors.field.required')
        : v.length > NAME_MAX_LENGTH
          ? t('errors.field.tooLong', { count: NAME_MAX_LENGTH })
          : null,
    email: (v: string) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? null : t('errors.field.email')),
    password: (v: string) =>
      v.length < PASSWORD_MIN_LENGTH
        ? t('errors.field.tooShort', { count: PASSWORD_MIN_LENGTH })
        : v.length > PASSWORD_MAX_LENGTH
          ? t('errors.field.tooLong', { count: PASSWORD_MAX_LENGTH })
          : null,
  };
}

import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';

/** The public registration pages speak Arabic too (right to left), beyond the app's nl/fr/en. */
export const PUBLIC_LANGUAGES = ['nl', 'fr', 'en', 'ar'] as const;
export type PublicLanguage = (typeof PUBLIC_LANGUAGES)[number];
export const NATIVE_NAMES: Record<PublicLanguage, string> = {
  nl: 'Nederlands',
  fr: 'Français',
  en: 'English',
  ar: 'العربية',
};
const texts = { nl: nl.public, fr: fr.public, en: en.public, ar: ar.public };
export type PublicKey = keyof typeof nl.public;

export function publicT(language: PublicLanguage) {
  return (key: PublicKey, values: Record<string, string | number> = {}) =>
    (texts[language][key] ?? texts.nl[key] ?? '').replace(/\{\{(\w+)\}\}/g, (_, k: string) =>
      String(values[k] ?? ''),
    );
}

export function dirOf(language: PublicLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

export function startLanguage(i18nLanguage: string): PublicLanguage {
  const asked = new URLSearchParams(window.location.search).get('lang');
  for (const l of [asked, i18nLanguage])
    if (PUBLIC_LANGUAGES.includes(l as PublicLanguage)) return l as PublicLanguage;
  return 'nl';
}

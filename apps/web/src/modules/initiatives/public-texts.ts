import { createInstance } from 'i18next';
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
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
type Base<K> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
export type PublicKey = Base<keyof typeof nl.public>;

// A small i18next of its own: the public pages speak Arabic too, and plurals follow each language's rules
// (Arabic has six forms), with the same library as the rest of the app.
const publicI18n = createInstance();
void publicI18n.init({
  resources: Object.fromEntries(
    PUBLIC_LANGUAGES.map((l) => [
      l,
      { public: { nl: nl.public, fr: fr.public, en: en.public, ar: ar.public }[l] },
    ]),
  ),
  lng: 'nl',
  fallbackLng: 'nl',
  ns: ['public'],
  defaultNS: 'public',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export function publicT(language: PublicLanguage) {
  const t = publicI18n.getFixedT(language, 'public');
  return (key: PublicKey, values: Record<string, string | number> = {}): string =>
    t(key.replace(PLURAL_SUFFIX, ''), { defaultValue: '', ...values });
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

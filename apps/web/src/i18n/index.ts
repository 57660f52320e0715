import { LANGUAGES, type Language } from '@brug/domain/roles';
import i18next, { type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { webModules } from '../modules/registry.ts';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

export const SHELL_NAMESPACE = 'app';
const STORAGE_KEY = 'brug.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A visitor's language: the one chosen before, else the browser's, else Dutch. */
export function visitorLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // storage disabled: fall through
  }
  for (const l of navigator.languages ?? []) {
    const base = l.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'nl';
}

export function rememberVisitorLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

/** The i18next options of the app: the shell's texts and every module's, Dutch as the fallback. */
export function i18nOptions(lng: string): InitOptions {
  const resources: Record<string, Record<string, object>> = {
    nl: { [SHELL_NAMESPACE]: nl },
    fr: { [SHELL_NAMESPACE]: fr },
    en: { [SHELL_NAMESPACE]: en },
  };
  for (const m of webModules) {
    resources.nl[m.id] = m.i18n.nl;
    resources.fr[m.id] = m.i18n.fr;
    resources.en[m.id] = m.i18n.en;
  }
  return {
    resources,
    lng,
    fallbackLng: 'nl',
    supportedLngs: [...LANGUAGES],
    ns: [SHELL_NAMESPACE, ...webModules.map((m) => m.id)],
    defaultNS: SHELL_NAMESPACE,
    // A module's t() finds the shell's shared texts (errors, states) too.
    fallbackNS: SHELL_NAMESPACE,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  };
}

export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', applyToDocument);
  await i18next.use(initReactI18next).init(i18nOptions(visitorLanguage()));
  applyToDocument(i18next.language);
  return i18next;
}

import { LANGUAGES } from '@brug/domain/roles';
import { createContext, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Public pages show one language picker. The header's serves the app's languages (nl, fr, en); a page
 * that offers more (Arabic on a registration page, a survey's extra languages) shows its own instead,
 * and the header's steps aside.
 */
export function needsOwnPicker(pageLanguages: readonly string[]): boolean {
  return pageLanguages.some((l) => !(LANGUAGES as readonly string[]).includes(l));
}

export const OwnPickerContext = createContext<(own: boolean) => void>(() => {});

/** Tells the public layout whether this page shows its own language picker (then the header's hides). */
export function useOwnLanguagePicker(own: boolean): void {
  const setOwn = useContext(OwnPickerContext);
  useEffect(() => {
    setOwn(own);
    return () => setOwn(false);
  }, [own, setOwn]);
}

/** A link's `?lang=` in one of the app's languages becomes the page's language, in the header too. */
export function useLinkLanguage(wanted: string | null): void {
  const { i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the link's language, once
  useEffect(() => {
    if (wanted && (LANGUAGES as readonly string[]).includes(wanted) && wanted !== i18n.language)
      void i18n.changeLanguage(wanted);
  }, [wanted]);
}

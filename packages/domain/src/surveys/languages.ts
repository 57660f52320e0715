import { z } from 'zod';

/** Languages whose texts for the standard items ship with Brug. */
export const BUILT_IN_SURVEY_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type BuiltInSurveyLanguage = (typeof BUILT_IN_SURVEY_LANGUAGES)[number];

/** Right-to-left scripts, suggested when a zone adds one of these languages. */
export const SURVEY_RTL_LANGUAGES = ['ar', 'fa', 'he', 'ur', 'ps', 'ku', 'yi'] as const;

/** A language code as in BCP 47, lower-case primary subtag with an optional region: `ar`, `tr`, `pt-BR`. */
export const SurveyLanguageCode = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language code such as ar, tr or pt-BR');
export type SurveyLanguageCode = z.infer<typeof SurveyLanguageCode>;

/** One text in several languages, keyed by language code. */
export type Translated = Record<string, string>;

export const SurveyLanguage = z.object({
  code: SurveyLanguageCode,
  /** The language's own name, shown in the language picker (e.g. العربية, Türkçe). */
  name: z.string().trim().min(1).max(40),
  rtl: z.boolean().default(false),
});
export type SurveyLanguage = z.infer<typeof SurveyLanguage>;

export const BUILT_IN_LANGUAGE_NAMES: Record<BuiltInSurveyLanguage, string> = {
  nl: 'Nederlands',
  fr: 'Français',
  en: 'English',
};

export function isRtl(code: string): boolean {
  return (SURVEY_RTL_LANGUAGES as readonly string[]).includes(code.split('-')[0]);
}

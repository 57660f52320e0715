import type { Language } from '@brug/domain/roles';

export type LabelsByLanguage = Partial<Record<Language, string>>;

/**
 * A theme suggestion's label and terms as a reader of `lang` sees them, whoever ran the suggestions:
 * the engine names the same terms in nl, fr and en (`labels`, `names`), kept in the sealed run. A
 * renamed theme has no `labels` any more and keeps the name the researcher gave it; a run made before
 * labels per language keeps its one label.
 */
export function themeInLanguage(
  theme: {
    label: string;
    labels?: LabelsByLanguage;
    terms: { term: string; names?: LabelsByLanguage }[];
  },
  lang: Language,
): { label: string; terms: string[] } {
  return {
    label: theme.labels?.[lang] || theme.label,
    terms: [...new Set(theme.terms.map((term) => term.names?.[lang] || term.term))],
  };
}

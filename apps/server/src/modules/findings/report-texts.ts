import type { FindingKind, Language } from '@brug/domain';

/** Texts of the findings report, in the three languages of the zone (Dutch first). */
export const REPORT_TEXTS: Record<
  Language,
  {
    title: string;
    subtitle: (zone: string, date: string) => string;
    kinds: Record<FindingKind, string>;
    none: string;
    noTheme: string;
    sources: string;
  }
> = {
  nl: {
    title: 'Wat we hoorden',
    subtitle: (zone, date) => `${zone} — bevindingen van het onderzoeksbureau, ${date}`,
    kinds: {
      improvement_point: 'Verbeterpunten',
      need: 'Behoeften',
      initiative_idea: 'Ideeën voor initiatieven',
      creative_idea: 'Creatieve ideeën',
    },
    none: 'Er zijn nog geen gepubliceerde bevindingen.',
    noTheme: 'Algemeen',
    sources: 'bronnen',
  },
  fr: {
    title: 'Ce que nous avons entendu',
    subtitle: (zone, date) => `${zone} — constats du bureau de recherche, ${date}`,
    kinds: {
      improvement_point: 'Points d’amélioration',
      need: 'Besoins',
      initiative_idea: 'Idées d’initiatives',
      creative_idea: 'Idées créatives',
    },
    none: 'Aucun constat publié pour l’instant.',
    noTheme: 'Général',
    sources: 'sources',
  },
  en: {
    title: 'What we heard',
    subtitle: (zone, date) => `${zone} — findings of the research bureau, ${date}`,
    kinds: {
      improvement_point: 'Improvement points',
      need: 'Needs',
      initiative_idea: 'Ideas for initiatives',
      creative_idea: 'Creative ideas',
    },
    none: 'No findings have been published yet.',
    noTheme: 'General',
    sources: 'sources',
  },
};

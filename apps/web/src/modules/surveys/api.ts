import type { SurveyResultsView, SurveyView } from '@brug/domain/surveys/api';

export type { SurveyResultsView, SurveyView };

export type PublicSurvey = {
  title: string;
  language: string;
  rtl: boolean;
  languages: { code: string; name: string; rtl: boolean }[];
  phase: string;
  access: 'code' | 'device';
  status: 'scheduled' | 'open' | 'closed';
  districts: string[] | null;
  questions: {
    id: string;
    kind: 'scale' | 'single' | 'multiple' | 'text';
    text: string;
    points?: { value: number; label: string | null }[];
    options?: { id: string; label: string }[];
    maxLength?: number;
  }[];
};

export type LibraryItem = {
  id: string;
  source: string;
  scale: string;
  trust: boolean;
  text: Record<string, string>;
};
export type LibraryScale = {
  id: string;
  min: number;
  max: number;
  endLabelsOnly?: boolean;
  /** A label per point (index 0 = min), or the two end labels when `endLabelsOnly`, in nl, fr and en. */
  labels?: Record<string, string>[];
};

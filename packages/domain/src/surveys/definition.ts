import { z } from 'zod';
import { getStandardItem, itemScale, STANDARD_ITEM_IDS } from './items.ts';
import { BUILT_IN_SURVEY_LANGUAGES, SurveyLanguage, SurveyLanguageCode } from './languages.ts';
import { scalePoints } from './scales.ts';

export const SURVEY_TITLE_MAX_LENGTH = 160;
export const QUESTION_TEXT_MAX_LENGTH = 500;
export const OPTION_LABEL_MAX_LENGTH = 120;
export const FREE_TEXT_MAX_LENGTH = 500;
export const SURVEY_MAX_QUESTIONS = 40;
export const QUESTION_MAX_OPTIONS = 12;
export const SURVEY_MAX_LANGUAGES = 12;

const text = (max: number) => z.record(SurveyLanguageCode, z.string().trim().min(1).max(max));
const Text = text(QUESTION_TEXT_MAX_LENGTH);
const Label = text(OPTION_LABEL_MAX_LENGTH);
export const QuestionId = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'lower-case letters, digits, _');

export const ItemQuestion = z.object({
  kind: z.literal('item'),
  id: QuestionId,
  itemId: z.enum(STANDARD_ITEM_IDS),
  /** Texts for languages the library does not ship: the item's wording and its scale labels. */
  translations: z
    .record(
      SurveyLanguageCode,
      z.object({
        text: z.string().trim().min(1).max(QUESTION_TEXT_MAX_LENGTH),
        labels: z.array(z.string().trim().min(1).max(OPTION_LABEL_MAX_LENGTH)).max(11),
      }),
    )
    .default({}),
});
export const ScaleQuestion = z.object({
  kind: z.literal('scale'),
  id: QuestionId,
  text: Text,
  min: z.number().int().min(0).max(1),
  max: z.number().int().min(2).max(10),
  minLabel: Label,
  maxLabel: Label,
});
export const ChoiceQuestion = z.object({
  kind: z.enum(['single', 'multiple']),
  id: QuestionId,
  text: Text,
  options: z
    .array(z.object({ id: QuestionId, label: Label }))
    .min(2)
    .max(QUESTION_MAX_OPTIONS),
});
export const TextQuestion = z.object({ kind: z.literal('text'), id: QuestionId, text: Text });
export const SurveyQuestion = z.discriminatedUnion('kind', [
  ItemQuestion,
  ScaleQuestion,
  ChoiceQuestion,
  TextQuestion,
]);
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

export const SurveyDefinition = z.object({
  /** The languages respondents may choose; extra ones (Arabic, Turkish…) carry their name and direction. */
  languages: z.array(SurveyLanguage).min(1).max(SURVEY_MAX_LANGUAGES),
  questions: z.array(SurveyQuestion).min(1).max(SURVEY_MAX_QUESTIONS),
});
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;

const isBuiltIn = (code: string) => (BUILT_IN_SURVEY_LANGUAGES as readonly string[]).includes(code);

/** What a builder forgot: duplicate ids and texts missing in one of the survey's languages, by field. */
export function checkDefinition(def: SurveyDefinition): Record<string, string> {
  const errors: Record<string, string> = {};
  const codes = def.languages.map((l) => l.code);
  if (new Set(codes).size !== codes.length) errors.languages = 'each language once';
  const ids = new Set<string>();
  def.questions.forEach((q, i) => {
    const at = `questions.${i}`;
    if (ids.has(q.id)) errors[`${at}.id`] = 'duplicate question id';
    ids.add(q.id);
    for (const code of codes) {
      if (q.kind === 'item') {
        if (isBuiltIn(code)) continue;
        const tr = q.translations[code];
        const item = getStandardItem(q.itemId)!;
        const scale = itemScale(item);
        const need = 'endLabelsOnly' in scale && scale.endLabelsOnly ? 2 : scale.max - scale.min + 1;
        if (!tr) errors[`${at}.translations.${code}`] = 'missing translation';
        else if (tr.labels.length !== need)
          errors[`${at}.translations.${code}.labels`] = `needs ${need} labels`;
        continue;
      }
      if (!q.text[code]) errors[`${at}.text.${code}`] = 'missing translation';
      if (q.kind === 'scale') {
        if (!q.minLabel[code]) errors[`${at}.minLabel.${code}`] = 'missing translation';
        if (!q.maxLabel[code]) errors[`${at}.maxLabel.${code}`] = 'missing translation';
      }
      if (q.kind === 'single' || q.kind === 'multiple') {
        const optionIds = new Set<string>();
        q.options.forEach((o, j) => {
          if (optionIds.has(o.id)) errors[`${at}.options.${j}.id`] = 'duplicate option id';
          optionIds.add(o.id);
          if (!o.label[code]) errors[`${at}.options.${j}.label.${code}`] = 'missing translation';
        });
      }
    }
  });
  return errors;
}

export type RenderedPoint = { value: number; label: string | null };
export type RenderedQuestion = {
  id: string;
  kind: 'scale' | 'single' | 'multiple' | 'text';
  text: string;
  points?: RenderedPoint[];
  options?: { id: string; label: string }[];
  maxLength?: number;
};

/** A numeric question's range, whether from the library or custom. */
export function questionRange(q: SurveyQuestion): { min: number; max: number; descending?: boolean } | null {
  if (q.kind === 'scale') return { min: q.min, max: q.max };
  if (q.kind === 'item') return itemScale(getStandardItem(q.itemId)!);
  return null;
}

/** The survey as a respondent sees it in one language. */
export function renderQuestions(def: SurveyDefinition, lang: string): RenderedQuestion[] {
  return def.questions.map((q): RenderedQuestion => {
    if (q.kind === 'item') {
      const item = getStandardItem(q.itemId)!;
      const scale = itemScale(item);
      const tr = isBuiltIn(lang) ? undefined : q.translations[lang];
      const labels = tr ? tr.labels : scale.labels.map((l) => (l as Record<string, string>)[lang]);
      const endsOnly = 'endLabelsOnly' in scale && scale.endLabelsOnly;
      return {
        id: q.id,
        kind: 'scale',
        text: tr ? tr.text : (item.text as Record<string, string>)[lang],
        points: scalePoints(scale).map((value) => ({
          value,
          label: endsOnly
            ? value === scale.min
              ? labels[0]
              : value === scale.max
                ? labels[1]
                : null
            : labels[value - scale.min],
        })),
      };
    }
    if (q.kind === 'scale')
      return {
        id: q.id,
        kind: 'scale',
        text: q.text[lang],
        points: scalePoints(q).map((value) => ({
          value,
          label: value === q.min ? q.minLabel[lang] : value === q.max ? q.maxLabel[lang] : null,
        })),
      };
    if (q.kind === 'text')
      return { id: q.id, kind: 'text', text: q.text[lang], maxLength: FREE_TEXT_MAX_LENGTH };
    return {
      id: q.id,
      kind: q.kind,
      text: q.text[lang],
      options: q.options.map((o) => ({ id: o.id, label: o.label[lang] })),
    };
  });
}

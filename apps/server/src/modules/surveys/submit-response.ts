import {
  AppError,
  checkAnswers,
  quarterOf,
  type RespondentError,
  respondentMessage,
  type SubmitAnswersInput,
  type SurveyDefinition,
} from '@brug/domain';
import type { AppContext } from '../../http/context.ts';
import { sha256 } from '../../http/tokens.ts';
import { phasesOf } from './compute-results.ts';
import { surveyStatus } from './policy.ts';
import { findPublicSurvey } from './public-surveys.ts';
import { storeResponse } from './response-batcher.ts';

export const today = () => new Date().toISOString().slice(0, 10);

/** A refusal the respondent reads in their own language; nothing has been stored. */
function refuse(
  status: 'VALIDATION' | 'CONFLICT' | 'GONE' | 'NOT_FOUND',
  lang: string,
  error: RespondentError,
  fields: Record<string, RespondentError>,
): AppError {
  const message = respondentMessage(lang, error);
  return new AppError(status, message, {
    userMessage: `surveys.respondent.${error}`,
    fields: Object.fromEntries(Object.entries(fields).map(([k, e]) => [k, respondentMessage(lang, e)])),
  });
}

export const normaliseCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
export const hashCode = (surveyId: string, code: string) => sha256(`${surveyId}:${normaliseCode(code)}`);

/**
 * Stores one anonymous response: checks language, dates, answers and the one-answer rule, then
 * writes the response (day only) and its pre-aggregated counts in one statement, together with
 * the answers of others who submit at the same moment. Deliberately
 * not audited: an audit entry carries a timestamp and would date the response to the second.
 */
export async function submitResponse(
  ctx: AppContext,
  publicId: string,
  input: SubmitAnswersInput,
): Promise<void> {
  const db = ctx.database.db;
  const lang = input.language;
  const found = await findPublicSurvey(db, publicId);
  if (!found) throw refuse('NOT_FOUND', lang, 'not_found', {});
  const { survey } = found;
  const def = survey.definition as SurveyDefinition;
  if (!def.languages.some((l) => l.code === lang))
    throw refuse('VALIDATION', lang, 'unknown_language', { language: 'unknown_language' });
  const phases = phasesOf(survey.kind);
  const phase = input.phase ?? phases[0];
  if (!phases.includes(phase))
    throw refuse('VALIDATION', lang, 'unknown_question', { phase: 'unknown_question' });
  const day = today();
  const status = surveyStatus(survey, day);
  if (status === 'closed') throw refuse('GONE', lang, 'closed', {});
  if (status === 'scheduled') throw refuse('CONFLICT', lang, 'not_open', {});

  const checked = checkAnswers(def, input.answers);
  if (!checked.ok)
    throw refuse('VALIDATION', lang, Object.values(checked.errors)[0], prefixed(checked.errors));

  let district: string | null = null;
  if (survey.askDistrict && input.district) {
    if (!found.districts?.includes(input.district))
      throw refuse('VALIDATION', lang, 'unknown_option', { district: 'unknown_option' });
    district = input.district;
  }
  if (survey.access === 'code' && !input.code)
    throw refuse('VALIDATION', lang, 'code_required', { code: 'code_required' });
  if (survey.access === 'device' && !input.deviceToken)
    throw refuse('VALIDATION', lang, 'code_required', { deviceToken: 'code_required' });

  const answers: Record<string, number | string[]> = {};
  const freeTexts: { questionId: string; text: string }[] = [];
  for (const a of checked.answers) {
    if (a.value !== null) answers[a.questionId] = a.value;
    else if (a.options) answers[a.questionId] = a.options;
    else if (a.text) freeTexts.push({ questionId: a.questionId, text: a.text });
  }
  const stored = await storeResponse(
    db,
    {
      zoneId: survey.zoneId,
      surveyId: survey.id,
      phase,
      day,
      quarter: quarterOf(day),
      district,
      answers,
      trustIndex: checked.trustIndex,
      freeTexts,
    },
    survey.access === 'code'
      ? { kind: 'code', codeHash: hashCode(survey.id, input.code!) }
      : { kind: 'device', tokenHash: sha256(`${survey.id}:${phase}:${input.deviceToken}`) },
  );
  if (!stored)
    throw survey.access === 'code'
      ? refuse('CONFLICT', lang, 'code_used', { code: 'code_used' })
      : refuse('CONFLICT', lang, 'already_answered', {});
}

function prefixed(errors: Record<string, RespondentError>): Record<string, RespondentError> {
  return Object.fromEntries(
    Object.entries(errors).map(([k, v]) => [k === 'answers' ? k : `answers.${k}`, v]),
  );
}

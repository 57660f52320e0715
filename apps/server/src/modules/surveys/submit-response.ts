import { claimDeviceToken, getSurveyByPublicId, insertSurveyResponse, schema, useSurveyCode } from '@brug/db';
import {
  AppError,
  checkAnswers,
  quarterOf,
  type RespondentError,
  respondentMessage,
  type SubmitAnswersInput,
  type SurveyDefinition,
} from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { sha256 } from '../../http/tokens.ts';
import { phasesOf } from './compute-results.ts';
import { surveyStatus } from './policy.ts';

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
 * writes the response (day only) and its pre-aggregated counts in one transaction. Deliberately
 * not audited: an audit entry carries a timestamp and would date the response to the second.
 */
export async function submitResponse(
  ctx: AppContext,
  publicId: string,
  input: SubmitAnswersInput,
): Promise<void> {
  const db = ctx.database.db;
  const lang = input.language;
  const survey = await getSurveyByPublicId(db, publicId);
  if (!survey) throw refuse('NOT_FOUND', lang, 'not_found', {});
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
    const [zone] = await db
      .select({ districts: schema.zones.districts })
      .from(schema.zones)
      .where(eq(schema.zones.id, survey.zoneId));
    if (!zone.districts.includes(input.district))
      throw refuse('VALIDATION', lang, 'unknown_option', { district: 'unknown_option' });
    district = input.district;
  }
  if (survey.access === 'code' && !input.code)
    throw refuse('VALIDATION', lang, 'code_required', { code: 'code_required' });
  if (survey.access === 'device' && !input.deviceToken)
    throw refuse('VALIDATION', lang, 'code_required', { deviceToken: 'code_required' });

  await db.transaction(async (tx) => {
    if (survey.access === 'code') {
      if (!(await useSurveyCode(tx, survey.id, phase, hashCode(survey.id, input.code!))))
        throw refuse('CONFLICT', lang, 'code_used', { code: 'code_used' });
    } else if (
      !(await claimDeviceToken(tx, survey.id, sha256(`${survey.id}:${phase}:${input.deviceToken}`)))
    ) {
      throw refuse('CONFLICT', lang, 'already_answered', {});
    }
    const answers: Record<string, number | string[]> = {};
    const freeTexts: { questionId: string; text: string }[] = [];
    for (const a of checked.answers) {
      if (a.value !== null) answers[a.questionId] = a.value;
      else if (a.options) answers[a.questionId] = a.options;
      else if (a.text) freeTexts.push({ questionId: a.questionId, text: a.text });
    }
    await insertSurveyResponse(tx, {
      zoneId: survey.zoneId,
      surveyId: survey.id,
      phase,
      day,
      quarter: quarterOf(day),
      district,
      answers,
      trustIndex: checked.trustIndex,
      freeTexts,
    });
  });
}

function prefixed(errors: Record<string, RespondentError>): Record<string, RespondentError> {
  return Object.fromEntries(
    Object.entries(errors).map(([k, v]) => [k === 'answers' ? k : `answers.${k}`, v]),
  );
}

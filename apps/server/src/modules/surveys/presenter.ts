import type { SurveyRow } from '@brug/db';
import { SUPPRESSION_MIN_RESPONSES, type SurveyDefinition, type SurveyView } from '@brug/domain';
import { phasesOf } from './compute-results.ts';
import { surveyStatus } from './policy.ts';

export function publicLink(publicUrl: string, s: Pick<SurveyRow, 'publicId'>, phase: string): string {
  return `${publicUrl}/s/${s.publicId}?p=${phase}`;
}

/** The fields of a survey that leave the server; small response counts stay hidden. */
export function presentSurvey(s: SurveyRow, publicUrl: string, responses: number, today: string): SurveyView {
  return {
    id: s.id,
    title: s.title,
    kind: s.kind as SurveyView['kind'],
    activityId: s.activityId,
    initiativeId: s.initiativeId,
    targetGroup: s.targetGroup,
    district: s.district,
    baseline: s.baseline,
    askDistrict: s.askDistrict,
    access: s.access as SurveyView['access'],
    opensOn: s.opensOn,
    closesOn: s.closesOn,
    definition: s.definition as SurveyDefinition,
    publicId: s.publicId,
    links: Object.fromEntries(phasesOf(s.kind).map((p) => [p, publicLink(publicUrl, s, p)])),
    responses: responses >= SUPPRESSION_MIN_RESPONSES ? responses : null,
    answered: responses > 0,
    archived: s.archivedAt !== null,
    status: surveyStatus(s, today),
  };
}

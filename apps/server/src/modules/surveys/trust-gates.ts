import { findAnswerCounts, findZoneSurveys, type Tx } from '@brug/db';
import {
  meanMayBeShown,
  type SurveyDefinition,
  singleTrustQuestion,
  suppressTable,
  suppressVector,
} from '@brug/domain';
import type { TrustUnit } from './trust-figures.ts';

export function phasesOf(kind: string): string[] {
  return kind === 'activity' ? ['before', 'after'] : ['pulse'];
}

type AnswerCount = { phase: string; district: string; questionId: string; answer: string; n: number };

/**
 * Which trust means may be shown beside the distributions of the same survey (`meanMayBeShown`):
 * when the index rests on one question, a mean is shown only where that question's distribution
 * for the same respondents (all, one phase, one district) hides no cell, in every breakdown.
 */
export function trustMeanGate(def: SurveyDefinition, kind: string, counts: AnswerCount[]) {
  const single = singleTrustQuestion(def);
  if (!single) return { overall: true, phase: () => true, district: () => true };
  const points = Array.from({ length: single.max - single.min + 1 }, (_, j) => String(single.min + j));
  const mine = counts.filter((c) => c.questionId === single.id);
  const rowsBy = (key: (c: AnswerCount) => string, keys: string[]) => {
    const matrix = keys.map((k) =>
      points.map((p) => sum(mine.filter((c) => key(c) === k && c.answer === p))),
    );
    const t = suppressTable(matrix);
    return new Map(keys.map((k, i) => [k, meanMayBeShown(t.cells[i])]));
  };
  const flat = suppressVector(points.map((p) => sum(mine.filter((c) => c.answer === p))));
  const phases = rowsBy((c) => c.phase, phasesOf(kind));
  const districts = rowsBy((c) => c.district, [...new Set(mine.map((c) => c.district))].sort());
  return {
    overall: meanMayBeShown(flat.cells),
    phase: (p: string) => phases.get(p) ?? false,
    district: (d: string) => districts.get(d) ?? false,
  };
}
const sum = (cs: AnswerCount[]) => cs.reduce((s, c) => s + c.n, 0);

type Gate = ReturnType<typeof trustMeanGate>;

/**
 * The same rule for figures that add up groups of several surveys (dashboard, report,
 * initiative): a group of a survey whose index rests on one question enters them only where that
 * survey would show its own mean, so no sum of groups brings back what the survey hides.
 */
export async function gateUnits(
  db: Tx,
  zoneId: string,
  units: { parents: TrustUnit[]; byDistrict: TrustUnit[] },
) {
  const surveys = await findZoneSurveys(db, zoneId);
  const present = new Set(units.parents.map((u) => u.surveyId));
  const gates = new Map<string, Gate>();
  for (const s of surveys) {
    const def = s.definition as SurveyDefinition;
    if (!present.has(s.id) || !singleTrustQuestion(def)) continue;
    gates.set(s.id, trustMeanGate(def, s.kind, await findAnswerCounts(db, s.id)));
  }
  if (gates.size === 0) return units;
  const phaseOk = (u: TrustUnit) => gates.get(u.surveyId)?.phase(u.phase) ?? true;
  return {
    parents: units.parents.filter(phaseOk),
    byDistrict: units.byDistrict.filter((u) => {
      const gate = gates.get(u.surveyId);
      if (!gate) return true;
      // A survey run for one district counts there as a whole: its phase row is the group.
      const survey = surveys.find((s) => s.id === u.surveyId);
      return survey?.district ? gate.phase(u.phase) : gate.district(u.district ?? '');
    }),
  };
}

import { questionRange, type SurveyDefinition } from './definition.ts';
import { getStandardItem } from './items.ts';
import type { PublishedCell } from './suppression.ts';

/** The questions whose answers make up the trust index. */
export function trustQuestionIds(def: SurveyDefinition): string[] {
  return def.questions.flatMap((q) => (q.kind === 'item' && getStandardItem(q.itemId)?.trust ? [q.id] : []));
}

/**
 * The one question a survey's trust index rests on, when there is exactly one: each respondent's
 * index is then that answer, rescaled, and a group's mean is a weighted sum of that question's
 * answer counts.
 */
export function singleTrustQuestion(def: SurveyDefinition): { id: string; min: number; max: number } | null {
  const ids = trustQuestionIds(def);
  if (ids.length !== 1) return null;
  const q = def.questions.find((x) => x.id === ids[0])!;
  const range = questionRange(q)!;
  return { id: q.id, min: range.min, max: range.max };
}

/**
 * Complementary suppression for index figures next to distributions (DESIGN.md §4). When the
 * index rests on one question, a group's mean (with its size and interval) gives the sum and the
 * sum of squares of that question's answers in the group: with the published cells and total of
 * the same group's distribution, that narrows the hidden cells, often to one value. The mean is
 * shown only when the group's distribution hides no cell, so it says nothing the table does not.
 * A survey whose index rests on several questions mixes their answers in every mean and is not
 * limited by this rule.
 */
export function meanMayBeShown(groupDistribution: PublishedCell[]): boolean {
  return groupDistribution.every((c) => c !== null);
}

import type { InitiativeView } from '@brug/domain/initiatives';

/** What planning waits for: a linked published finding, and each co-owning partner's confirmation. */
export type PlanningGap = 'finding' | 'confirmation';

/** The gaps a recorded reason must cover before the initiative can be planned (as the server checks). */
export function planningGaps(i: Pick<InitiativeView, 'findingIds' | 'partners'>): PlanningGap[] {
  const gaps: PlanningGap[] = [];
  if (i.findingIds.length === 0) gaps.push('finding');
  if (i.partners.some((p) => p.fit !== 'confirmed')) gaps.push('confirmation');
  return gaps;
}

/** The server's refusal of a move, per field, as the gap it names (so the page can say it in words). */
export const GAP_OF_FIELD: Record<string, PlanningGap> = {
  findingIds: 'finding',
  overrideReason: 'confirmation',
};

import { findUserOrganisationIds, type SurveyRow, schema, type Tx } from '@brug/db';
import { AppError, type Role, type SurveyAction, surveyRoleCan } from '@brug/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../accounts/session-store.ts';

export function can(user: SessionUser, action: SurveyAction): boolean {
  return surveyRoleCan(user.role as Role, action);
}

export function authorize(user: SessionUser, action: SurveyAction): void {
  if (!can(user, action)) throw new AppError('FORBIDDEN', `Your role may not ${action}`);
}

/** Aggregated results: the programme's roles, and partners for initiatives their organisation co-owns. */
export async function authorizeResults(
  db: Tx,
  user: SessionUser,
  initiativeId: string | null,
): Promise<void> {
  if (can(user, 'surveys.results')) return;
  if (can(user, 'surveys.results.coowned') && initiativeId) {
    const orgs = await findUserOrganisationIds(db, user.zoneId, user.id);
    if (orgs.length) {
      const [row] = await db
        .select({ id: schema.initiativePartners.initiativeId })
        .from(schema.initiativePartners)
        .where(
          and(
            eq(schema.initiativePartners.initiativeId, initiativeId),
            eq(schema.initiativePartners.zoneId, user.zoneId),
            inArray(schema.initiativePartners.organisationId, orgs),
          ),
        )
        .limit(1);
      if (row) return;
    }
  }
  throw new AppError('FORBIDDEN', 'Your role may not see these results');
}

export function surveyStatus(s: Pick<SurveyRow, 'opensOn' | 'closesOn'>, today: string) {
  if (today < s.opensOn) return 'scheduled' as const;
  if (today > s.closesOn) return 'closed' as const;
  return 'open' as const;
}

import { AppError, type Role, type SurveyAction, surveyRoleCan } from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

type InsightsAction = Extract<SurveyAction, `insights.${string}`>;

/** Dashboard: every programme role but partners; report and exports: admin, coordinator, researcher. */
export function authorize(user: SessionUser, action: InsightsAction): void {
  if (!surveyRoleCan(user.role as Role, action))
    throw new AppError('FORBIDDEN', `Your role may not ${action}`);
}

import { AppError, ROLES, type Role } from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

/** DESIGN.md §3: published findings for everyone; drafts, sources and the gate for the bureau only. */
const RULES = {
  'findings.published.read': ROLES,
  'findings.report': ROLES,
  'findings.draft': ['researcher'],
} as const satisfies Record<string, readonly Role[]>;
export type FindingAction = keyof typeof RULES;

export function can(user: SessionUser, action: FindingAction): boolean {
  return (RULES[action] as readonly Role[]).includes(user.role as Role);
}

export function authorize(user: SessionUser, action: FindingAction): void {
  if (!can(user, action)) throw new AppError('FORBIDDEN', `Your role may not ${action}`);
}

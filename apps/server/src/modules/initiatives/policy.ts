import { findUserOrganisationIds, type Tx } from '@brug/db';
import { AppError, type Role } from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

/**
 * Who may do what with initiatives and activities (DESIGN.md §3). Rules marked `coOwned` let a partner
 * contact act only on initiatives their organisation co-owns. Default deny.
 */
const RULES = {
  'initiatives.read': ['admin', 'coordinator', 'colleague', 'researcher', 'partner'],
  'initiatives.manage': ['coordinator'],
  'codesign.read': ['admin', 'coordinator', 'partner'],
  'codesign.write': ['coordinator', 'partner'],
  'initiatives.fit': ['partner'],
  'activities.read': ['admin', 'coordinator', 'colleague', 'researcher', 'partner'],
  'activities.manage': ['coordinator'],
  'registrations.read': ['coordinator'],
  'coverage.read': ['admin', 'coordinator', 'colleague', 'researcher'],
} as const satisfies Record<string, readonly Role[]>;
export type InitiativeAction = keyof typeof RULES;

export function can(user: SessionUser, action: InitiativeAction): boolean {
  return (RULES[action] as readonly string[]).includes(user.role);
}

export function authorize(user: SessionUser, action: InitiativeAction): void {
  if (!can(user, action)) throw new AppError('FORBIDDEN', `Your role may not ${action}`);
}

/** Partners see only what their organisations co-own; everyone else sees the whole zone. */
export async function partnerScope(db: Tx, user: SessionUser): Promise<string[] | undefined> {
  if (user.role !== 'partner') return undefined;
  return findUserOrganisationIds(db, user.zoneId, user.id);
}

/** The role rule, and for partners: one of their organisations co-owns the initiative. */
export function authorizeOn(
  user: SessionUser,
  action: InitiativeAction,
  coOwners: readonly string[],
  userOrganisations: readonly string[] | undefined,
): void {
  authorize(user, action);
  if (user.role === 'partner' && !coOwners.some((o) => userOrganisations?.includes(o)))
    throw new AppError('FORBIDDEN', 'Your organisation does not co-own this initiative');
}

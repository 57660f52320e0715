import { isOrganisationInvited, type Tx } from '@brug/db';
import { AppError, type Role } from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

/**
 * Who may do what with the partner registry (DESIGN.md §3). Default deny. Rules that depend on the
 * organisation (a partner's own, a researcher's invited ones) are checked by `canSeeContacts`.
 */
const RULES = {
  'organisations.read': ['admin', 'coordinator', 'colleague', 'researcher', 'partner'],
  'organisations.manage': ['coordinator'],
  /** A partner edits a few fields of their own organisation only. */
  'organisations.editOwn': ['partner'],
  'contacts.manage': ['coordinator'],
  'history.read': ['admin', 'coordinator', 'colleague'],
  'history.manage': ['coordinator'],
  'waves.read': ['admin', 'coordinator', 'colleague'],
  'waves.manage': ['coordinator'],
  'tasks.read': ['admin', 'coordinator'],
  'tasks.manage': ['coordinator'],
  'export.run': ['admin', 'coordinator', 'colleague'],
  'import.run': ['coordinator'],
  'coverage.read': ['admin', 'coordinator', 'colleague'],
  'views.manage': ['admin', 'coordinator', 'colleague', 'researcher'],
  'focusAreas.manage': ['coordinator', 'admin'],
  'gdpr.access': ['admin', 'coordinator'],
  'gdpr.erase': ['coordinator'],
} as const satisfies Record<string, readonly Role[]>;
export type PartnersAction = keyof typeof RULES;

export function can(user: SessionUser, action: PartnersAction): boolean {
  return (RULES[action] as readonly string[]).includes(user.role);
}

export function authorize(user: SessionUser, action: PartnersAction): void {
  if (!can(user, action)) throw new AppError('FORBIDDEN', `Your role may not ${action}`);
}

/** Roles that see personal contact data in lists and exports without a per-organisation check. */
export function seesAllContacts(user: SessionUser): boolean {
  return user.role === 'admin' || user.role === 'coordinator';
}

/**
 * Contact data of one organisation: admin and coordinator always; a partner for their own
 * organisation; a researcher once the organisation is invited to a conversation; colleagues never.
 */
export async function canSeeContacts(
  db: Tx,
  user: SessionUser,
  organisationId: string,
  ownOrganisationIds: string[],
): Promise<boolean> {
  if (seesAllContacts(user)) return true;
  if (user.role === 'partner') return ownOrganisationIds.includes(organisationId);
  if (user.role === 'researcher') return isOrganisationInvited(db, user.zoneId, organisationId);
  return false;
}

import { AppError, type Role } from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

/**
 * Invitations (DESIGN.md §3): the coordinator sends them and follows their status; admins read the
 * status; researchers read the answers sealed for the bureau (vault open) and book times for
 * invitees. Default deny.
 */
const RULES = {
  'invitations.send': ['coordinator'],
  'invitations.status': ['admin', 'coordinator'],
  'invitations.answers': ['researcher'],
  'invitations.schedule': ['researcher'],
} as const satisfies Record<string, readonly Role[]>;
export type OutreachAction = keyof typeof RULES;

export function authorize(user: SessionUser, action: OutreachAction): void {
  if (!(RULES[action] as readonly Role[]).includes(user.role as Role)) {
    throw new AppError('FORBIDDEN', `Your role may not ${action}`);
  }
}

import { AppError, canInviteRole, type FoundationAction, type Role, roleCan } from '@brug/domain';
import type { SessionUser } from './session-store.ts';

export function can(user: SessionUser, action: FoundationAction): boolean {
  return roleCan(user.role as Role, action);
}

export function authorize(user: SessionUser, action: FoundationAction): void {
  if (!can(user, action)) throw new AppError('FORBIDDEN', `Your role may not ${action}`);
}

export function authorizeInvite(user: SessionUser, role: Role): void {
  authorize(user, 'users.invite');
  if (!canInviteRole(user.role as Role, role)) {
    throw new AppError('FORBIDDEN', `A ${user.role} may not invite a ${role}`, {
      fields: { role: 'not allowed for your role' },
    });
  }
}

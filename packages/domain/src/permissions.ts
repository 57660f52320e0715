import type { Role } from './roles.ts';

/**
 * What each role may do with the foundation's resources (DESIGN.md §3). Modules keep their own
 * rules in their `policy.ts`; this table covers users, zone settings, audit and outbox.
 */
export const FOUNDATION_PERMISSIONS = {
  'users.list': ['admin', 'coordinator'],
  'users.invite': ['admin', 'coordinator'],
  'users.update': ['admin'],
  'zone.read': ['admin', 'coordinator', 'colleague', 'researcher', 'partner'],
  'zone.update': ['admin'],
  'audit.read': ['admin', 'coordinator'],
  'outbox.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type FoundationAction = keyof typeof FOUNDATION_PERMISSIONS;

export function roleCan(role: Role, action: FoundationAction): boolean {
  return (FOUNDATION_PERMISSIONS[action] as readonly Role[]).includes(role);
}

/** Coordinators invite colleagues and partners; only admins hand out the other roles. */
export function canInviteRole(inviter: Role, role: Role): boolean {
  if (inviter === 'admin') return true;
  if (inviter === 'coordinator') return role === 'colleague' || role === 'partner';
  return false;
}

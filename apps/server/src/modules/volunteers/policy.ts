import { AppError, type Role } from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

/** Who may do what with the volunteer pool (DESIGN.md §3): coordinators manage, colleagues their own. */
export const VOLUNTEER_PERMISSIONS = {
  'topics.read': ['admin', 'coordinator', 'colleague'],
  'topics.manage': ['coordinator'],
  'calls.read': ['admin', 'coordinator', 'colleague'],
  'calls.manage': ['coordinator'],
  apply: ['colleague'],
  'profile.own': ['colleague'],
  'pool.read': ['admin', 'coordinator'],
  'pool.manage': ['coordinator'],
  'notes.read': ['coordinator'],
  'pool.export': ['coordinator'],
  'pool.erase': ['coordinator'],
  'activities.manage': ['coordinator'],
  'assignments.cancel': ['coordinator'],
  'activities.read': ['admin', 'coordinator'],
  'workload.read': ['admin', 'coordinator'],
  'team.read': ['admin', 'coordinator', 'colleague', 'researcher', 'partner'],
} as const satisfies Record<string, readonly Role[]>;
export type VolunteerAction = keyof typeof VOLUNTEER_PERMISSIONS;

export function can(user: SessionUser, action: VolunteerAction): boolean {
  return (VOLUNTEER_PERMISSIONS[action] as readonly Role[]).includes(user.role as Role);
}

export function authorize(user: SessionUser, action: VolunteerAction): void {
  if (!can(user, action)) throw new AppError('FORBIDDEN', `Your role may not ${action}`);
}

/**
 * Partners and researchers see the first names of the colleagues on an activity only when they take
 * part in it; colleagues only when they are on it themselves.
 */
export function canSeeTeam(
  user: SessionUser,
  activity: { memberIds: string[] },
  teamUserIds: readonly string[],
): boolean {
  if (!can(user, 'team.read')) return false;
  if (user.role === 'admin' || user.role === 'coordinator') return true;
  if (user.role === 'colleague') return teamUserIds.includes(user.id);
  return activity.memberIds.includes(user.id);
}

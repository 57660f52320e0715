import { AppError, type Role } from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

/**
 * Scheduling is bureau work: researchers publish slots and manage bookings. Interview content is
 * guarded by `requireResearcher` (researchers of the bureau; the content arrives sealed). Default deny.
 */
const RULES = {
  'slots.manage': ['researcher'],
  'slots.read': ['researcher'],
  'bookings.manage': ['researcher'],
} as const satisfies Record<string, readonly Role[]>;
export type ConversationAction = keyof typeof RULES;

export function authorize(user: SessionUser, action: ConversationAction): void {
  if (!(RULES[action] as readonly Role[]).includes(user.role as Role)) {
    throw new AppError('FORBIDDEN', `Your role may not ${action}`);
  }
}

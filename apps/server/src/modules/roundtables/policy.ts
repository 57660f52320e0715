import { AppError, type Role } from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

/** Roundtables are programme data: the coordinator runs them, the programme team reads them. */
const RULES = {
  'roundtables.manage': ['coordinator'],
  'roundtables.read': ['admin', 'coordinator'],
} as const satisfies Record<string, readonly Role[]>;
export type RoundtableAction = keyof typeof RULES;

export function authorize(user: SessionUser, action: RoundtableAction): void {
  if (!(RULES[action] as readonly Role[]).includes(user.role as Role)) {
    throw new AppError('FORBIDDEN', `Your role may not ${action}`);
  }
}

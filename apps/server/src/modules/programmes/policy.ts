import { AppError, type Role } from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

/** Programmes and phases: the coordinator manages, every role of the zone reads (DESIGN.md §3). */
const RULES = {
  'programmes.read': ['admin', 'coordinator', 'colleague', 'researcher', 'partner'],
  'programmes.manage': ['coordinator'],
} as const satisfies Record<string, readonly Role[]>;

export function authorize(user: SessionUser, action: keyof typeof RULES): void {
  if (!(RULES[action] as readonly string[]).includes(user.role))
    throw new AppError('FORBIDDEN', `Your role may not ${action}`);
}

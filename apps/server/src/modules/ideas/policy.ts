import { AppError, type Role } from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

/** Who may do what with the ideas box (DESIGN.md §3). Researchers have no part in it. */
const RULES = {
  'ideas.read': ['admin', 'coordinator', 'colleague', 'partner'],
  'ideas.submit': ['colleague', 'partner', 'coordinator'],
  'ideas.comment': ['colleague', 'partner', 'coordinator'],
  'ideas.endorse': ['colleague', 'partner', 'coordinator'],
  'ideas.triage': ['coordinator'],
} as const satisfies Record<string, readonly Role[]>;
export type IdeaAction = keyof typeof RULES;

export function can(user: SessionUser, action: IdeaAction): boolean {
  return (RULES[action] as readonly string[]).includes(user.role);
}

export function authorize(user: SessionUser, action: IdeaAction): void {
  if (!can(user, action)) throw new AppError('FORBIDDEN', `Your role may not ${action}`);
}

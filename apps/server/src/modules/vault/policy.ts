import { AppError, type Role } from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

/**
 * Who may touch the bureau and its vault (DESIGN.md §3). The zone registers the bureau and its
 * researcher accounts; everything behind the vault is for researchers alone. Default deny.
 */
const RULES = {
  'bureau.create': ['admin'],
  'bureau.read': ['admin', 'coordinator', 'researcher'],
  'bureau.members.manage': ['admin'],
  'vault.use': ['researcher'],
  'confidential.use': ['researcher'],
} as const satisfies Record<string, readonly Role[]>;
export type VaultAction = keyof typeof RULES;

export function can(user: SessionUser, action: VaultAction): boolean {
  return (RULES[action] as readonly Role[]).includes(user.role as Role);
}

export function authorize(user: SessionUser, action: VaultAction): void {
  if (!can(user, action)) throw new AppError('FORBIDDEN', `Your role may not ${action}`);
}

import { appendAudit, type Tx } from '@brug/db';
import type { SessionUser } from '../accounts/session-store.ts';

/** One audit entry by the acting user, in the caller's transaction. Details hold ids and counts, never personal data. */
export function audit(
  tx: Tx,
  actor: SessionUser,
  action: string,
  target: { type: string; id?: string | null },
  details: Record<string, unknown> = {},
) {
  return appendAudit(tx, {
    zoneId: actor.zoneId,
    actorId: actor.id,
    actorEmail: actor.email,
    action,
    targetType: target.type,
    targetId: target.id ?? null,
    details,
  });
}

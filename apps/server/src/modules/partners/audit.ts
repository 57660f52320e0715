import { type AuditInput, appendAudit, type Tx } from '@brug/db';
import type { SessionUser } from '../accounts/session-store.ts';

/** The audit entry of a change by the acting user. Details hold ids and counts, never personal data. */
export function auditEntry(
  actor: SessionUser,
  action: string,
  target: { type: string; id?: string | null },
  details: Record<string, unknown> = {},
): AuditInput {
  return {
    zoneId: actor.zoneId,
    actorId: actor.id,
    actorEmail: actor.email,
    action,
    targetType: target.type,
    targetId: target.id ?? null,
    details,
  };
}

/** One audit entry by the acting user, in the caller's transaction. */
export function audit(
  tx: Tx,
  actor: SessionUser,
  action: string,
  target: { type: string; id?: string | null },
  details: Record<string, unknown> = {},
) {
  return appendAudit(tx, auditEntry(actor, action, target, details));
}

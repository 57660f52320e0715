import { appendAudit, schema, type Tx } from '@brug/db';
import { AppError } from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { requireSession } from '../../http/auth.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { findMembership } from './manage-bureau.ts';
import { authorize } from './policy.ts';

/**
 * What a confidential handler holds: a researcher of the zone's bureau. The server never holds the
 * vault's key: it stores and returns the ciphertext that the researcher's browser sealed.
 */
export type ResearcherScope = { bureauId: string; zoneId: string; user: SessionUser };

/**
 * First line of every confidential endpoint: researchers of the bureau only (403 for every other
 * role and for a researcher outside the bureau).
 */
export async function requireResearcher(request: FastifyRequest): Promise<ResearcherScope> {
  const session = requireSession(request);
  authorize(session.user, 'confidential.use');
  const membership = await findMembership(request.server.ctx.database.db, session.user);
  if (!membership) throw new AppError('FORBIDDEN', 'You are not a researcher of this zone’s bureau');
  return { bureauId: membership.bureauId, zoneId: session.user.zoneId, user: session.user };
}

/** The bureau's public key, for sealing *to* the bureau (a contact's browser); null without a vault. */
export async function findBureauPublicKey(tx: Tx, bureauId: string) {
  const [v] = await tx
    .select({ publicKey: schema.vaults.publicKey })
    .from(schema.vaults)
    .where(eq(schema.vaults.bureauId, bureauId))
    .limit(1);
  return v ? { bureauId, publicKey: v.publicKey } : null;
}

/** Audit entry readable by the bureau only. Never put confidential content in `details`. */
export function auditBureau(
  tx: Tx,
  vault: Pick<ResearcherScope, 'zoneId' | 'user'>,
  action: string,
  target: { type: string; id: string },
  details: Record<string, unknown> = {},
) {
  return appendAudit(tx, {
    zoneId: vault.zoneId,
    actorId: vault.user.id,
    actorEmail: vault.user.email,
    action,
    targetType: target.type,
    targetId: target.id,
    details,
    scope: 'bureau',
  });
}

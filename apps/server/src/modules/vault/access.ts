import { appendAudit, schema, type Tx } from '@brug/db';
import { AppError } from '@brug/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { requireSession } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import {
  generateKey,
  open,
  openText,
  openWithPrivateKey,
  seal,
  sealForPublicKey,
  unwrapKey,
  wrapKey,
} from './crypto.ts';
import { VaultKeyStore } from './key-store.ts';
import { findMembership } from './manage-bureau.ts';
import { authorize } from './policy.ts';

const stores = new WeakMap<AppContext, VaultKeyStore>();

/** The key store of this app instance (one per process; keys never leave its memory). */
export function getKeyStore(ctx: AppContext): VaultKeyStore {
  let store = stores.get(ctx);
  if (!store) {
    store = new VaultKeyStore();
    const db = ctx.database.db;
    store.startSweeping(async (ids) => {
      const rows = await db
        .select({ id: schema.sessions.id })
        .from(schema.sessions)
        .where(inArray(schema.sessions.id, ids));
      return new Set(rows.map((r) => r.id));
    });
    stores.set(ctx, store);
  }
  return store;
}

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

/** What a handler holds once the researcher's vault is open in this session. */
export type UnlockedVault = {
  bureauId: string;
  zoneId: string;
  user: SessionUser;
  dataKey: Buffer;
};

/**
 * For every confidential endpoint, first line of the handler: researchers only (403 for every other
 * role), and the vault must be unlocked in this session (409 `errors.VAULT_LOCKED` otherwise).
 */
export function requireUnlockedVault(request: FastifyRequest): UnlockedVault {
  const session = requireSession(request);
  authorize(session.user, 'confidential.use');
  const entry = getKeyStore(request.server.ctx).get(session.id, session.user.id);
  if (!entry) {
    throw new AppError('CONFLICT', 'Unlock the vault first', { userMessage: 'errors.VAULT_LOCKED' });
  }
  return {
    bureauId: entry.bureauId,
    zoneId: session.user.zoneId,
    user: session.user,
    dataKey: entry.dataKey,
  };
}

/** Seals bureau data with the data key. `context` names the row and field (e.g. `memo:<id>:text`). */
export function encryptForBureau(vault: UnlockedVault, plaintext: string, context: string): string {
  return seal(vault.dataKey, plaintext, `${vault.bureauId}:${context}`);
}

export function decryptForBureau(vault: UnlockedVault, sealed: string, context: string): string {
  return openText(vault.dataKey, sealed, `${vault.bureauId}:${context}`);
}

/** A fresh per-record sub-key, returned with its wrapped form to store. */
export function newSubKey(vault: UnlockedVault, context: string): { key: Buffer; wrapped: string } {
  const key = generateKey();
  return { key, wrapped: wrapKey(vault.dataKey, key, `${vault.bureauId}:${context}`) };
}

export function unwrapSubKey(vault: UnlockedVault, wrapped: string, context: string): Buffer {
  return unwrapKey(vault.dataKey, wrapped, `${vault.bureauId}:${context}`);
}

/**
 * The sub-key of an interview, for data that must disappear with it when consent is withdrawn
 * (excerpts, codes on excerpts). Throws GONE once the interview is withdrawn.
 */
export async function getInterviewKey(tx: Tx, vault: UnlockedVault, interviewId: string): Promise<Buffer> {
  const [row] = await tx
    .select({ wrapped: schema.interviews.wrappedSubKey })
    .from(schema.interviews)
    .where(and(eq(schema.interviews.id, interviewId), eq(schema.interviews.bureauId, vault.bureauId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'No such interview');
  if (!row.wrapped) throw new AppError('GONE', 'Consent was withdrawn; this interview is erased');
  return unwrapSubKey(vault, row.wrapped, `interview:${interviewId}`);
}

export function encryptForInterview(key: Buffer, plaintext: string, context: string): string {
  return seal(key, plaintext, context);
}

export function decryptForInterview(key: Buffer, sealed: string, context: string): string {
  return openText(key, sealed, context);
}

/** Seals for the bureau while no researcher has the vault open (public invitation answers). */
export async function sealForBureau(tx: Tx, bureauId: string, plaintext: string, context: string) {
  const [v] = await tx
    .select({ publicKey: schema.vaults.publicKey })
    .from(schema.vaults)
    .where(eq(schema.vaults.bureauId, bureauId))
    .limit(1);
  if (!v) return null;
  return sealForPublicKey(v.publicKey, plaintext, `${bureauId}:${context}`);
}

/** Opens what `sealForBureau` sealed; needs the unlocked vault. */
export async function openSealedForBureau(tx: Tx, vault: UnlockedVault, boxed: string, context: string) {
  const [v] = await tx
    .select({ sealedPrivateKey: schema.vaults.sealedPrivateKey })
    .from(schema.vaults)
    .where(eq(schema.vaults.bureauId, vault.bureauId))
    .limit(1);
  const privateKey = open(vault.dataKey, v.sealedPrivateKey, `${vault.bureauId}:vault:private-key`);
  try {
    return openWithPrivateKey(privateKey, boxed, `${vault.bureauId}:${context}`);
  } finally {
    privateKey.fill(0);
  }
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

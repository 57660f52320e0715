import { appendAudit, schema, type Tx } from '@brug/db';
import { AppError, type CreateVaultInput, type ResearcherKeyInput } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { requireMembership } from './manage-bureau.ts';

/**
 * The vault's key life, seen from the server: it stores what the researcher's browser wrapped and
 * hands it back to that researcher. It never sees a passphrase, a recovery key or a data key
 * (`@brug/vault-crypto` does the work in the browser).
 */

export function auditVault(
  tx: Tx,
  user: SessionUser,
  action: string,
  bureauId: string,
  details: Record<string, unknown> = {},
) {
  return appendAudit(tx, {
    zoneId: user.zoneId,
    actorId: user.id,
    actorEmail: user.email,
    action,
    targetType: 'bureau',
    targetId: bureauId,
    details,
    scope: 'bureau',
  });
}

const noKey = () =>
  new AppError('CONFLICT', 'You hold no key to this vault yet', { userMessage: 'errors.VAULT_NO_KEY' });

/** The first researcher creates the vault: wrapped data key, recovery-wrapped copy, bureau key pair. */
export async function createVault(
  ctx: AppContext,
  user: SessionUser,
  input: z.infer<typeof CreateVaultInput>,
) {
  const { bureauId } = await requireMembership(ctx.database.db, user);
  await ctx.database.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(schema.vaults)
      .values({
        bureauId,
        zoneId: user.zoneId,
        recoveryWrappedKey: input.recoveryWrappedKey,
        publicKey: input.publicKey,
        sealedPrivateKey: input.sealedPrivateKey,
        createdById: user.id,
      })
      .onConflictDoNothing()
      .returning({ id: schema.vaults.bureauId });
    if (inserted.length === 0) throw new AppError('CONFLICT', 'The bureau already has a vault');
    await tx.insert(schema.vaultKeys).values({
      bureauId,
      userId: user.id,
      zoneId: user.zoneId,
      kdf: input.kdf,
      wrappedKey: input.wrappedKey,
    });
    await auditVault(tx, user, 'vault.create', bureauId);
  });
}

async function findVault(tx: Tx, bureauId: string) {
  const [vault] = await tx.select().from(schema.vaults).where(eq(schema.vaults.bureauId, bureauId)).limit(1);
  return vault;
}

async function findOwnKey(tx: Tx, bureauId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(schema.vaultKeys)
    .where(and(eq(schema.vaultKeys.bureauId, bureauId), eq(schema.vaultKeys.userId, userId)))
    .limit(1);
  return row;
}

/** The researcher's own wrapped key and the vault's public parts: what the browser unlocks with. */
export async function getOwnVaultKey(ctx: AppContext, user: SessionUser) {
  const db = ctx.database.db;
  const { bureauId } = await requireMembership(db, user);
  const [vault, own] = [await findVault(db, bureauId), await findOwnKey(db, bureauId, user.id)];
  if (!vault || !own) throw noKey();
  await auditVault(db, user, 'vault.key.read', bureauId);
  return {
    bureauId,
    userId: user.id,
    kdf: own.kdf,
    wrappedKey: own.wrappedKey,
    publicKey: vault.publicKey,
    sealedPrivateKey: vault.sealedPrivateKey,
  };
}

export async function getRecoveryKey(ctx: AppContext, user: SessionUser) {
  const db = ctx.database.db;
  const { bureauId } = await requireMembership(db, user);
  const vault = await findVault(db, bureauId);
  if (!vault || !(await findOwnKey(db, bureauId, user.id))) throw noKey();
  await auditVault(db, user, 'vault.recovery.read', bureauId);
  return { bureauId, recoveryWrappedKey: vault.recoveryWrappedKey };
}

/** A new passphrase (after recovery, or chosen while open): the browser re-wrapped the data key. */
export async function replaceOwnKey(
  ctx: AppContext,
  user: SessionUser,
  input: z.infer<typeof ResearcherKeyInput>,
) {
  const { bureauId } = await requireMembership(ctx.database.db, user);
  await ctx.database.db.transaction(async (tx) => {
    const updated = await tx
      .update(schema.vaultKeys)
      .set({ kdf: input.kdf, wrappedKey: input.wrappedKey, updatedAt: new Date() })
      .where(and(eq(schema.vaultKeys.bureauId, bureauId), eq(schema.vaultKeys.userId, user.id)))
      .returning({ u: schema.vaultKeys.userId });
    if (updated.length === 0) throw noKey();
    await auditVault(tx, user, 'vault.key.replace', bureauId);
  });
}

export async function findBureauPublicKeyOf(ctx: AppContext, user: SessionUser) {
  const { bureauId } = await requireMembership(ctx.database.db, user);
  const vault = await findVault(ctx.database.db, bureauId);
  if (!vault) throw new AppError('NOT_FOUND', 'The bureau has no vault yet');
  return { bureauId, publicKey: vault.publicKey };
}

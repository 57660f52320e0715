import { appendAudit, schema, type Tx } from '@brug/db';
import { AppError, type CreateVaultInput, type ResearcherKeyInput } from '@brug/domain';
import { and, asc, desc, eq, ne } from 'drizzle-orm';
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

export const noKey = () =>
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
    await tx
      .insert(schema.vaultKeys)
      .values({ bureauId, userId: user.id, zoneId: user.zoneId, ...researcherKey(input) });
    await auditVault(tx, user, 'vault.create', bureauId);
  });
}

const researcherKey = (input: z.infer<typeof ResearcherKeyInput>) => ({
  kdf: input.kdf,
  wrappedKey: input.wrappedKey,
  generation: input.generation,
  researcherPublicKey: input.researcherPublicKey,
  wrappedPrivateKey: input.wrappedPrivateKey,
});

export async function findVault(tx: Tx, bureauId: string) {
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

/** The key history: for each generation ≥ 1, the key before it wrapped by it. */
export async function findGenerations(tx: Tx, bureauId: string) {
  return tx
    .select({
      generation: schema.vaultGenerations.generation,
      wrappedPrevious: schema.vaultGenerations.wrappedPrevious,
      previousSealedPrivateKey: schema.vaultGenerations.previousSealedPrivateKey,
    })
    .from(schema.vaultGenerations)
    .where(eq(schema.vaultGenerations.bureauId, bureauId))
    .orderBy(desc(schema.vaultGenerations.generation));
}

/** The researcher's own wrapped key and all the browser needs beside it to open the vault. */
export async function getOwnVaultKey(ctx: AppContext, user: SessionUser) {
  const db = ctx.database.db;
  const { bureauId } = await requireMembership(db, user);
  const [vault, own] = [await findVault(db, bureauId), await findOwnKey(db, bureauId, user.id)];
  if (!vault || !own) throw noKey();
  const generations = await findGenerations(db, bureauId);
  const grants = await db
    .select({ generation: schema.vaultGrants.generation, sealedKey: schema.vaultGrants.sealedKey })
    .from(schema.vaultGrants)
    .where(and(eq(schema.vaultGrants.bureauId, bureauId), eq(schema.vaultGrants.userId, user.id)))
    .orderBy(asc(schema.vaultGrants.generation));
  const colleagues = await db
    .select({ userId: schema.vaultKeys.userId, researcherPublicKey: schema.vaultKeys.researcherPublicKey })
    .from(schema.vaultKeys)
    .where(and(eq(schema.vaultKeys.bureauId, bureauId), ne(schema.vaultKeys.userId, user.id)));
  await auditVault(db, user, 'vault.key.read', bureauId);
  return {
    bureauId,
    userId: user.id,
    kdf: own.kdf,
    wrappedKey: own.wrappedKey,
    generation: own.generation,
    researcherPublicKey: own.researcherPublicKey,
    wrappedPrivateKey: own.wrappedPrivateKey,
    grants,
    generations: generations.map(({ generation, wrappedPrevious }) => ({ generation, wrappedPrevious })),
    publicKey: vault.publicKey,
    sealedPrivateKeys: [vault.sealedPrivateKey, ...generations.map((g) => g.previousSealedPrivateKey)],
    colleagues,
  };
}

export async function getRecoveryKey(ctx: AppContext, user: SessionUser) {
  const db = ctx.database.db;
  const { bureauId } = await requireMembership(db, user);
  const vault = await findVault(db, bureauId);
  if (!vault || !(await findOwnKey(db, bureauId, user.id))) throw noKey();
  const generations = await findGenerations(db, bureauId);
  await auditVault(db, user, 'vault.recovery.read', bureauId);
  return {
    bureauId,
    recoveryWrappedKey: vault.recoveryWrappedKey,
    generation: vault.generation,
    generations: generations.map(({ generation, wrappedPrevious }) => ({ generation, wrappedPrevious })),
  };
}

/**
 * The researcher's browser stores a newly wrapped own key: a new passphrase, the key pair added to a
 * key of the first release, or a renewed data key taken over from a grant (the grant is then spent).
 */
export async function replaceOwnKey(
  ctx: AppContext,
  user: SessionUser,
  input: z.infer<typeof ResearcherKeyInput>,
) {
  const { bureauId } = await requireMembership(ctx.database.db, user);
  await ctx.database.db.transaction(async (tx) => {
    const vault = await findVault(tx, bureauId);
    const own = vault && (await findOwnKey(tx, bureauId, user.id));
    if (!vault || !own) throw noKey();
    if (input.generation > vault.generation || input.generation < own.generation)
      throw AppError.validation({ generation: `must be between ${own.generation} and ${vault.generation}` });
    await tx
      .update(schema.vaultKeys)
      .set({ ...researcherKey(input), updatedAt: new Date() })
      .where(and(eq(schema.vaultKeys.bureauId, bureauId), eq(schema.vaultKeys.userId, user.id)));
    if (input.generation > own.generation)
      await tx
        .delete(schema.vaultGrants)
        .where(and(eq(schema.vaultGrants.bureauId, bureauId), eq(schema.vaultGrants.userId, user.id)));
    await auditVault(tx, user, 'vault.key.replace', bureauId);
  });
}

export async function findBureauPublicKeyOf(ctx: AppContext, user: SessionUser) {
  const { bureauId } = await requireMembership(ctx.database.db, user);
  const vault = await findVault(ctx.database.db, bureauId);
  if (!vault) throw new AppError('NOT_FOUND', 'The bureau has no vault yet');
  return { bureauId, publicKey: vault.publicKey };
}

import { schema } from '@brug/db';
import { AppError, type RenewVaultInput } from '@brug/domain';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { requireMembership } from './manage-bureau.ts';
import { auditVault, noKey } from './open-vault.ts';

/**
 * Stores a renewed data key made in a researcher's browser (`renewVault`): the old key wrapped by the
 * new one, the new key granted to each remaining researcher through their public key, a new bureau key
 * pair and recovery key. Researchers whose key has no key pair yet (first release) lose their key and
 * enrol again. All or nothing; the generation must be the next one (a second renewal at the same
 * time is refused with 409).
 */
export async function renewVault(ctx: AppContext, user: SessionUser, input: z.infer<typeof RenewVaultInput>) {
  const { bureauId } = await requireMembership(ctx.database.db, user);
  return ctx.database.db.transaction(async (tx) => {
    const [vault] = await tx
      .select()
      .from(schema.vaults)
      .where(eq(schema.vaults.bureauId, bureauId))
      .for('update');
    if (!vault) throw noKey();
    const [own] = await tx
      .select({ u: schema.vaultKeys.userId })
      .from(schema.vaultKeys)
      .where(and(eq(schema.vaultKeys.bureauId, bureauId), eq(schema.vaultKeys.userId, user.id)));
    if (!own) throw noKey();
    if (input.generation !== vault.generation + 1)
      throw new AppError('CONFLICT', 'The key was renewed meanwhile; open the vault again', {
        fields: { generation: `must be ${vault.generation + 1}` },
      });
    if (input.key.generation !== input.generation)
      throw AppError.validation({ 'key.generation': `must be ${input.generation}` });
    const others = await tx
      .select({ userId: schema.vaultKeys.userId, publicKey: schema.vaultKeys.researcherPublicKey })
      .from(schema.vaultKeys)
      .where(and(eq(schema.vaultKeys.bureauId, bureauId), ne(schema.vaultKeys.userId, user.id)));
    const withPair = new Set(others.filter((o) => o.publicKey).map((o) => o.userId));
    const granted = new Set(input.grants.map((g) => g.userId));
    const missing = [...withPair].filter((id) => !granted.has(id));
    const unknown = [...granted].filter((id) => !withPair.has(id));
    if (missing.length || unknown.length)
      throw AppError.validation({
        grants: missing.length
          ? `no grant for ${missing.join(', ')}`
          : `not a key holder: ${unknown.join(', ')}`,
      });
    const mustEnrolAgain = others.filter((o) => !o.publicKey).map((o) => o.userId);

    await tx.insert(schema.vaultGenerations).values({
      bureauId,
      generation: input.generation,
      zoneId: user.zoneId,
      wrappedPrevious: input.wrappedPrevious,
      previousSealedPrivateKey: vault.sealedPrivateKey,
    });
    await tx
      .update(schema.vaults)
      .set({
        generation: input.generation,
        renewalDue: false,
        recoveryWrappedKey: input.recoveryWrappedKey,
        publicKey: input.publicKey,
        sealedPrivateKey: input.sealedPrivateKey,
      })
      .where(eq(schema.vaults.bureauId, bureauId));
    await tx
      .update(schema.vaultKeys)
      .set({ ...input.key, updatedAt: new Date() })
      .where(and(eq(schema.vaultKeys.bureauId, bureauId), eq(schema.vaultKeys.userId, user.id)));
    if (input.grants.length)
      await tx.insert(schema.vaultGrants).values(
        input.grants.map((g) => ({
          bureauId,
          userId: g.userId,
          generation: input.generation,
          zoneId: user.zoneId,
          sealedKey: g.sealedKey,
        })),
      );
    if (mustEnrolAgain.length)
      await tx
        .delete(schema.vaultKeys)
        .where(
          and(eq(schema.vaultKeys.bureauId, bureauId), inArray(schema.vaultKeys.userId, mustEnrolAgain)),
        );
    // Pending enrolment codes wrap the old key: they are withdrawn.
    await tx.delete(schema.vaultEnrolments).where(eq(schema.vaultEnrolments.bureauId, bureauId));
    await auditVault(tx, user, 'vault.renew', bureauId, { generation: input.generation });
    return { generation: input.generation, mustEnrolAgain };
  });
}

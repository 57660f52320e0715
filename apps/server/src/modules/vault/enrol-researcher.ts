import { schema } from '@brug/db';
import {
  AppError,
  type CreateEnrolmentInput,
  type EnrolInput,
  VAULT_ENROLMENT_TTL_HOURS,
} from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { requireMembership } from './manage-bureau.ts';
import { auditVault, findGenerations } from './open-vault.ts';

/**
 * A researcher hands the key to a colleague of the bureau: the browser of the giver wrapped the data
 * key by a one-time code (shown to the giver only, passed on outside Brug); the server keeps the
 * wrapped key until the colleague's browser takes it over with `enrol`.
 */
export async function createEnrolment(
  ctx: AppContext,
  giver: SessionUser,
  input: z.infer<typeof CreateEnrolmentInput>,
) {
  const { bureauId } = await requireMembership(ctx.database.db, giver);
  return ctx.database.db.transaction(async (tx) => {
    const [member] = await tx
      .select()
      .from(schema.bureauMembers)
      .where(and(eq(schema.bureauMembers.bureauId, bureauId), eq(schema.bureauMembers.userId, input.userId)));
    if (!member) throw AppError.validation({ userId: 'not a researcher of this bureau' });
    const [hasKey] = await tx
      .select({ u: schema.vaultKeys.userId })
      .from(schema.vaultKeys)
      .where(and(eq(schema.vaultKeys.bureauId, bureauId), eq(schema.vaultKeys.userId, input.userId)));
    if (hasKey)
      throw new AppError('CONFLICT', 'This researcher already holds a key', {
        fields: { userId: 'already holds a key' },
      });
    const expiresAt = new Date(Date.now() + VAULT_ENROLMENT_TTL_HOURS * 3_600_000);
    const values = {
      wrappedKey: input.wrappedKey,
      salt: input.salt,
      expiresAt,
      failedAttempts: 0,
      createdById: giver.id,
    };
    await tx
      .insert(schema.vaultEnrolments)
      .values({ bureauId, userId: input.userId, zoneId: giver.zoneId, ...values })
      .onConflictDoUpdate({
        target: [schema.vaultEnrolments.bureauId, schema.vaultEnrolments.userId],
        set: { ...values, createdAt: new Date() },
      });
    await auditVault(tx, giver, 'vault.enrolment.create', bureauId, { userId: input.userId });
    return { expiresAt };
  });
}

const noEnrolment = () =>
  new AppError('GONE', 'No valid enrolment code for you; ask a colleague for a new one', {
    userMessage: 'errors.VAULT_NO_ENROLMENT',
  });

/** The colleague's browser fetches the key wrapped by the code. */
export async function getOwnEnrolment(ctx: AppContext, user: SessionUser) {
  const db = ctx.database.db;
  const { bureauId } = await requireMembership(db, user);
  const [enrolment] = await db
    .select()
    .from(schema.vaultEnrolments)
    .where(and(eq(schema.vaultEnrolments.bureauId, bureauId), eq(schema.vaultEnrolments.userId, user.id)));
  if (!enrolment || enrolment.expiresAt < new Date()) throw noEnrolment();
  const generations = await findGenerations(db, bureauId);
  return {
    bureauId,
    salt: enrolment.salt,
    wrappedKey: enrolment.wrappedKey,
    generation: enrolment.generation,
    generations: generations.map(({ generation, wrappedPrevious }) => ({ generation, wrappedPrevious })),
    expiresAt: enrolment.expiresAt.toISOString(),
  };
}

/** The colleague's browser stores the key wrapped by their own passphrase; the code is spent. */
export async function enrol(ctx: AppContext, user: SessionUser, input: z.infer<typeof EnrolInput>) {
  const db = ctx.database.db;
  const { bureauId } = await requireMembership(db, user);
  await db.transaction(async (tx) => {
    const spent = await tx
      .delete(schema.vaultEnrolments)
      .where(and(eq(schema.vaultEnrolments.bureauId, bureauId), eq(schema.vaultEnrolments.userId, user.id)))
      .returning({
        expiresAt: schema.vaultEnrolments.expiresAt,
        generation: schema.vaultEnrolments.generation,
      });
    if (spent.length === 0 || spent[0].expiresAt < new Date()) throw noEnrolment();
    if (input.generation !== spent[0].generation)
      throw AppError.validation({ generation: `must be ${spent[0].generation}` });
    await tx
      .insert(schema.vaultKeys)
      .values({
        bureauId,
        userId: user.id,
        zoneId: user.zoneId,
        kdf: input.kdf,
        wrappedKey: input.wrappedKey,
        generation: input.generation,
        researcherPublicKey: input.researcherPublicKey,
        wrappedPrivateKey: input.wrappedPrivateKey,
      })
      .onConflictDoNothing();
    await auditVault(tx, user, 'vault.enrol', bureauId);
  });
}

import { randomBytes } from 'node:crypto';
import { appendAudit, schema } from '@brug/db';
import { AppError, VAULT_ENROLMENT_TTL_HOURS, VAULT_MAX_FAILURES } from '@brug/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { ActiveSession } from '../accounts/session-store.ts';
import { getKeyStore, type UnlockedVault } from './access.ts';
import {
  deriveKeyFromSecret,
  generateRecoveryKey,
  normaliseRecoveryKey,
  SealError,
  unwrapKey,
  wrapKey,
} from './crypto.ts';
import { requireMembership } from './manage-bureau.ts';
import { wrapForResearcher, wrongSecret } from './open-vault.ts';

const enrolmentAad = (bureauId: string, userId: string) => `${bureauId}:enrolment:${userId}`;

/**
 * A researcher who has the vault open hands the key to a colleague of the bureau: the data key is
 * wrapped by a one-time code (shown once to the giver, passed on outside Brug). The colleague then
 * chooses their own passphrase with `enrol`.
 */
export async function createEnrolment(ctx: AppContext, vault: UnlockedVault, userId: string) {
  return ctx.database.db.transaction(async (tx) => {
    const [member] = await tx
      .select()
      .from(schema.bureauMembers)
      .where(and(eq(schema.bureauMembers.bureauId, vault.bureauId), eq(schema.bureauMembers.userId, userId)));
    if (!member) throw AppError.validation({ userId: 'not a researcher of this bureau' });
    const [hasKey] = await tx
      .select({ u: schema.vaultKeys.userId })
      .from(schema.vaultKeys)
      .where(and(eq(schema.vaultKeys.bureauId, vault.bureauId), eq(schema.vaultKeys.userId, userId)));
    if (hasKey)
      throw new AppError('CONFLICT', 'This researcher already holds a key', {
        fields: { userId: 'already holds a key' },
      });
    const code = generateRecoveryKey();
    const salt = randomBytes(16).toString('base64url');
    const expiresAt = new Date(Date.now() + VAULT_ENROLMENT_TTL_HOURS * 3_600_000);
    const wrappedKey = wrapKey(
      deriveKeyFromSecret(code, 'brug vault enrolment', salt),
      vault.dataKey,
      enrolmentAad(vault.bureauId, userId),
    );
    await tx
      .insert(schema.vaultEnrolments)
      .values({
        bureauId: vault.bureauId,
        userId,
        zoneId: vault.zoneId,
        wrappedKey,
        salt,
        expiresAt,
        createdById: vault.user.id,
      })
      .onConflictDoUpdate({
        target: [schema.vaultEnrolments.bureauId, schema.vaultEnrolments.userId],
        set: {
          wrappedKey,
          salt,
          expiresAt,
          failedAttempts: 0,
          createdById: vault.user.id,
          createdAt: new Date(),
        },
      });
    await appendAudit(tx, {
      zoneId: vault.zoneId,
      actorId: vault.user.id,
      actorEmail: vault.user.email,
      action: 'vault.enrolment.create',
      targetType: 'user',
      targetId: userId,
      scope: 'bureau',
    });
    return { code, expiresAt };
  });
}

/** The colleague turns the code into a key wrapped by their own passphrase; the code is spent. */
export async function enrol(ctx: AppContext, session: ActiveSession, code: string, passphrase: string) {
  const user = session.user;
  const db = ctx.database.db;
  const { bureauId } = await requireMembership(db, user);
  const [enrolment] = await db
    .select()
    .from(schema.vaultEnrolments)
    .where(and(eq(schema.vaultEnrolments.bureauId, bureauId), eq(schema.vaultEnrolments.userId, user.id)));
  if (!enrolment || enrolment.expiresAt < new Date() || enrolment.failedAttempts >= VAULT_MAX_FAILURES) {
    throw new AppError('GONE', 'No valid enrolment code for you; ask a colleague for a new one', {
      fields: { code: 'invalid, used or expired' },
    });
  }
  let dataKey: Buffer;
  try {
    const kek = deriveKeyFromSecret(normaliseRecoveryKey(code), 'brug vault enrolment', enrolment.salt);
    dataKey = unwrapKey(kek, enrolment.wrappedKey, enrolmentAad(bureauId, user.id));
  } catch (err) {
    if (!(err instanceof SealError)) throw err;
    await db
      .update(schema.vaultEnrolments)
      .set({ failedAttempts: sql`${schema.vaultEnrolments.failedAttempts} + 1` })
      .where(and(eq(schema.vaultEnrolments.bureauId, bureauId), eq(schema.vaultEnrolments.userId, user.id)));
    throw wrongSecret('code');
  }
  const { kdf, wrappedKey } = await wrapForResearcher(passphrase, dataKey, bureauId, user.id);
  await db.transaction(async (tx) => {
    await tx
      .delete(schema.vaultEnrolments)
      .where(and(eq(schema.vaultEnrolments.bureauId, bureauId), eq(schema.vaultEnrolments.userId, user.id)));
    await tx
      .insert(schema.vaultKeys)
      .values({ bureauId, userId: user.id, zoneId: user.zoneId, kdf, wrappedKey });
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'vault.enrol',
      targetType: 'bureau',
      targetId: bureauId,
      scope: 'bureau',
    });
  });
  getKeyStore(ctx).put(session.id, { bureauId, userId: user.id, dataKey });
  dataKey.fill(0);
}

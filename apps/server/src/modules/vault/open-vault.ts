import { appendAudit, schema, type Tx } from '@brug/db';
import { AppError, VAULT_MAX_FAILURES, VAULT_THROTTLE_MINUTES } from '@brug/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { ActiveSession, SessionUser } from '../accounts/session-store.ts';
import { getKeyStore } from './access.ts';
import {
  deriveKeyFromPassphrase,
  deriveKeyFromSecret,
  generateBureauKeyPair,
  generateKey,
  generateRecoveryKey,
  type KdfParams,
  newKdfParams,
  normaliseRecoveryKey,
  SealError,
  seal,
  unwrapKey,
  wrapKey,
} from './crypto.ts';
import { requireMembership } from './manage-bureau.ts';

export const keyAad = (bureauId: string, userId: string) => `${bureauId}:user:${userId}`;
const recoveryAad = (bureauId: string) => `${bureauId}:recovery`;

function audit(
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

/** The same answer for every wrong secret: nothing about why it failed. */
export const wrongSecret = (field: string) =>
  new AppError('BAD_REQUEST', 'The vault did not open', {
    userMessage: 'errors.VAULT_WRONG_SECRET',
    fields: { [field]: 'does not open the vault' },
  });

export async function wrapForResearcher(
  passphrase: string,
  dataKey: Buffer,
  bureauId: string,
  userId: string,
) {
  const kdf = newKdfParams();
  const kek = await deriveKeyFromPassphrase(passphrase, kdf);
  try {
    return { kdf, wrappedKey: wrapKey(kek, dataKey, keyAad(bureauId, userId)) };
  } finally {
    kek.fill(0);
  }
}

/**
 * The first researcher creates the vault: a random data key, wrapped by their passphrase and by a
 * recovery key that is returned once and never stored. The vault is left unlocked in this session.
 */
export async function createVault(ctx: AppContext, session: ActiveSession, passphrase: string) {
  const user = session.user;
  const membership = await requireMembership(ctx.database.db, user);
  const bureauId = membership.bureauId;
  const dataKey = generateKey();
  const recoveryKey = generateRecoveryKey();
  const pair = generateBureauKeyPair();
  const { kdf, wrappedKey } = await wrapForResearcher(passphrase, dataKey, bureauId, user.id);
  await ctx.database.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(schema.vaults)
      .values({
        bureauId,
        zoneId: user.zoneId,
        recoveryWrappedKey: wrapKey(
          deriveKeyFromSecret(recoveryKey, 'brug vault recovery', bureauId),
          dataKey,
          recoveryAad(bureauId),
        ),
        publicKey: pair.publicKey,
        sealedPrivateKey: seal(dataKey, pair.privateKey, `${bureauId}:vault:private-key`),
        createdById: user.id,
      })
      .onConflictDoNothing()
      .returning({ id: schema.vaults.bureauId });
    if (inserted.length === 0) throw new AppError('CONFLICT', 'The bureau already has a vault');
    await tx
      .insert(schema.vaultKeys)
      .values({ bureauId, userId: user.id, zoneId: user.zoneId, kdf, wrappedKey });
    await audit(tx, user, 'vault.create', bureauId);
  });
  pair.privateKey.fill(0);
  getKeyStore(ctx).put(session.id, { bureauId, userId: user.id, dataKey });
  dataKey.fill(0);
  return recoveryKey;
}

async function getOwnKey(tx: Tx, bureauId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(schema.vaultKeys)
    .where(and(eq(schema.vaultKeys.bureauId, bureauId), eq(schema.vaultKeys.userId, userId)))
    .limit(1);
  return row;
}

function refuseIfThrottled(row: { lockedUntil: Date | null }) {
  if (row.lockedUntil && row.lockedUntil > new Date()) {
    throw new AppError('TOO_MANY_REQUESTS', 'Too many wrong attempts; the vault refuses them for a while');
  }
}

async function recordFailure(ctx: AppContext, user: SessionUser, bureauId: string, action: string) {
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.vaultKeys)
      .set({ failedAttempts: sql`${schema.vaultKeys.failedAttempts} + 1` })
      .where(and(eq(schema.vaultKeys.bureauId, bureauId), eq(schema.vaultKeys.userId, user.id)))
      .returning({ failed: schema.vaultKeys.failedAttempts });
    if (row && row.failed >= VAULT_MAX_FAILURES) {
      await tx
        .update(schema.vaultKeys)
        .set({
          failedAttempts: 0,
          lockedUntil: sql`now() + ${`${VAULT_THROTTLE_MINUTES} minutes`}::interval`,
        })
        .where(and(eq(schema.vaultKeys.bureauId, bureauId), eq(schema.vaultKeys.userId, user.id)));
    }
    await audit(tx, user, action, bureauId);
  });
}

/** Opens the vault for this session. A wrong passphrase is counted; too many are throttled (429). */
export async function unlockVault(ctx: AppContext, session: ActiveSession, passphrase: string) {
  const user = session.user;
  const db = ctx.database.db;
  const { bureauId } = await requireMembership(db, user);
  const own = await getOwnKey(db, bureauId, user.id);
  if (!own)
    throw new AppError('CONFLICT', 'You hold no key to this vault yet', {
      userMessage: 'errors.VAULT_NO_KEY',
    });
  refuseIfThrottled(own);
  const kek = await deriveKeyFromPassphrase(passphrase, own.kdf as KdfParams);
  let dataKey: Buffer;
  try {
    dataKey = unwrapKey(kek, own.wrappedKey, keyAad(bureauId, user.id));
  } catch (err) {
    if (!(err instanceof SealError)) throw err;
    await recordFailure(ctx, user, bureauId, 'vault.unlock.failed');
    throw wrongSecret('passphrase');
  } finally {
    kek.fill(0);
  }
  await db.transaction(async (tx) => {
    await tx
      .update(schema.vaultKeys)
      .set({ failedAttempts: 0, lockedUntil: null })
      .where(and(eq(schema.vaultKeys.bureauId, bureauId), eq(schema.vaultKeys.userId, user.id)));
    await audit(tx, user, 'vault.unlock', bureauId);
  });
  getKeyStore(ctx).put(session.id, { bureauId, userId: user.id, dataKey });
  dataKey.fill(0);
}

export async function lockVault(ctx: AppContext, session: ActiveSession) {
  const store = getKeyStore(ctx);
  const entry = store.get(session.id, session.user.id);
  store.drop(session.id);
  if (entry) {
    await audit(ctx.database.db, session.user, 'vault.lock', entry.bureauId);
  }
}

/**
 * A researcher who forgot the passphrase (and holds a key, or had one) sets a new one with the
 * recovery key. Throttled like unlocking.
 */
export async function recoverVault(
  ctx: AppContext,
  session: ActiveSession,
  recoveryKey: string,
  newPassphrase: string,
) {
  const user = session.user;
  const db = ctx.database.db;
  const { bureauId } = await requireMembership(db, user);
  const own = await getOwnKey(db, bureauId, user.id);
  if (!own)
    throw new AppError('CONFLICT', 'You hold no key to this vault yet', {
      userMessage: 'errors.VAULT_NO_KEY',
    });
  refuseIfThrottled(own);
  const [vault] = await db.select().from(schema.vaults).where(eq(schema.vaults.bureauId, bureauId));
  let dataKey: Buffer;
  try {
    const kek = deriveKeyFromSecret(normaliseRecoveryKey(recoveryKey), 'brug vault recovery', bureauId);
    dataKey = unwrapKey(kek, vault.recoveryWrappedKey, recoveryAad(bureauId));
  } catch (err) {
    if (!(err instanceof SealError)) throw err;
    await recordFailure(ctx, user, bureauId, 'vault.recover.failed');
    throw wrongSecret('recoveryKey');
  }
  const { kdf, wrappedKey } = await wrapForResearcher(newPassphrase, dataKey, bureauId, user.id);
  await db.transaction(async (tx) => {
    await tx
      .update(schema.vaultKeys)
      .set({ kdf, wrappedKey, failedAttempts: 0, lockedUntil: null, updatedAt: new Date() })
      .where(and(eq(schema.vaultKeys.bureauId, bureauId), eq(schema.vaultKeys.userId, user.id)));
    await audit(tx, user, 'vault.recover', bureauId);
  });
  getKeyStore(ctx).put(session.id, { bureauId, userId: user.id, dataKey });
  dataKey.fill(0);
}

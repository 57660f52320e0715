import { appendAudit, schema, type Tx } from '@brug/db';
import { AppError } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';

export async function findZoneBureau(tx: Tx, zoneId: string) {
  const [row] = await tx.select().from(schema.bureaus).where(eq(schema.bureaus.zoneId, zoneId)).limit(1);
  return row;
}

export async function findMembership(tx: Tx, user: SessionUser) {
  const [row] = await tx
    .select()
    .from(schema.bureauMembers)
    .where(and(eq(schema.bureauMembers.userId, user.id), eq(schema.bureauMembers.zoneId, user.zoneId)))
    .limit(1);
  return row;
}

export async function requireMembership(tx: Tx, user: SessionUser) {
  const membership = await findMembership(tx, user);
  if (!membership) throw new AppError('FORBIDDEN', 'You are not a researcher of this zone’s bureau');
  return membership;
}

/** The zone registers its external research bureau (one per zone). */
export async function createBureau(ctx: AppContext, actor: SessionUser, name: string) {
  return ctx.database.db.transaction(async (tx) => {
    if (await findZoneBureau(tx, actor.zoneId)) {
      throw new AppError('CONFLICT', 'This zone has a research bureau', {
        fields: { name: 'already registered' },
      });
    }
    const [bureau] = await tx
      .insert(schema.bureaus)
      .values({ zoneId: actor.zoneId, name, createdById: actor.id })
      .returning();
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'bureau.create',
      targetType: 'bureau',
      targetId: bureau.id,
    });
    return bureau;
  });
}

/** Adds a researcher account of the zone to the bureau. It opens nothing until a key holder enrols them. */
export async function addBureauMember(ctx: AppContext, actor: SessionUser, userId: string) {
  return ctx.database.db.transaction(async (tx) => {
    const bureau = await findZoneBureau(tx, actor.zoneId);
    if (!bureau) throw new AppError('NOT_FOUND', 'Register the research bureau first');
    const [user] = await tx
      .select()
      .from(schema.users)
      .where(and(eq(schema.users.id, userId), eq(schema.users.zoneId, actor.zoneId)))
      .limit(1);
    if (!user) throw new AppError('NOT_FOUND', 'No such user', { fields: { userId: 'not found' } });
    if (user.role !== 'researcher') {
      throw AppError.validation({ userId: 'must be a researcher account' });
    }
    const inserted = await tx
      .insert(schema.bureauMembers)
      .values({ bureauId: bureau.id, userId, zoneId: actor.zoneId, addedById: actor.id })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0)
      throw new AppError('CONFLICT', 'Already a member', { fields: { userId: 'already a member' } });
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'bureau.member.add',
      targetType: 'user',
      targetId: userId,
    });
    return bureau;
  });
}

/**
 * Removing a researcher deletes their wrapped key and grants; when they held a key, the vault is
 * marked for renewal: the next researcher who opens it makes a new data key (vault README).
 */
export async function removeBureauMember(ctx: AppContext, actor: SessionUser, userId: string) {
  await ctx.database.db.transaction(async (tx) => {
    const bureau = await findZoneBureau(tx, actor.zoneId);
    if (!bureau) throw new AppError('NOT_FOUND', 'No research bureau');
    const removed = await tx
      .delete(schema.bureauMembers)
      .where(and(eq(schema.bureauMembers.bureauId, bureau.id), eq(schema.bureauMembers.userId, userId)))
      .returning();
    if (removed.length === 0) throw new AppError('NOT_FOUND', 'Not a member');
    const heldKey = await tx
      .delete(schema.vaultKeys)
      .where(and(eq(schema.vaultKeys.bureauId, bureau.id), eq(schema.vaultKeys.userId, userId)))
      .returning({ u: schema.vaultKeys.userId });
    if (heldKey.length > 0)
      await tx.update(schema.vaults).set({ renewalDue: true }).where(eq(schema.vaults.bureauId, bureau.id));
    await tx
      .delete(schema.vaultGrants)
      .where(and(eq(schema.vaultGrants.bureauId, bureau.id), eq(schema.vaultGrants.userId, userId)));
    await tx
      .delete(schema.vaultEnrolments)
      .where(and(eq(schema.vaultEnrolments.bureauId, bureau.id), eq(schema.vaultEnrolments.userId, userId)));
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'bureau.member.remove',
      targetType: 'user',
      targetId: userId,
    });
  });
}

export async function getBureauWithMembers(tx: Tx, zoneId: string) {
  const bureau = await findZoneBureau(tx, zoneId);
  if (!bureau) return null;
  const members = await tx
    .select({
      userId: schema.bureauMembers.userId,
      displayName: schema.users.displayName,
      keyUser: schema.vaultKeys.userId,
    })
    .from(schema.bureauMembers)
    .innerJoin(schema.users, eq(schema.users.id, schema.bureauMembers.userId))
    .leftJoin(
      schema.vaultKeys,
      and(
        eq(schema.vaultKeys.bureauId, schema.bureauMembers.bureauId),
        eq(schema.vaultKeys.userId, schema.bureauMembers.userId),
      ),
    )
    .where(eq(schema.bureauMembers.bureauId, bureau.id))
    .orderBy(schema.users.displayName);
  const [vault] = await tx
    .select({ id: schema.vaults.bureauId })
    .from(schema.vaults)
    .where(eq(schema.vaults.bureauId, bureau.id));
  return { bureau, members, vaultCreated: !!vault };
}

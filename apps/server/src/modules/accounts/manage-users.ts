import { appendAudit, countAdmins, getZoneUser, schema } from '@brug/db';
import { AppError, type Role } from '@brug/domain';
import { and, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import type { SessionUser } from './session-store.ts';

/** An admin changes a user's role or deactivates them; their sessions end at once. */
export async function updateUser(
  ctx: AppContext,
  actor: SessionUser,
  userId: string,
  change: { role?: Role; status?: 'active' | 'deactivated' },
) {
  const updated = await ctx.database.db.transaction(async (tx) => {
    const user = await getZoneUser(tx, actor.zoneId, userId);
    if (!user) throw new AppError('NOT_FOUND', 'No such user');
    if (change.status === 'active' && user.status === 'invited') {
      throw new AppError('CONFLICT', 'An invited user becomes active by accepting the invitation', {
        fields: { status: 'invitation not accepted yet' },
      });
    }
    const losesAdmin =
      user.role === 'admin' && ((change.role && change.role !== 'admin') || change.status === 'deactivated');
    if (losesAdmin) {
      const others = await tx
        .select({ id: schema.users.id })
        .from(schema.users)
        .where(
          and(
            eq(schema.users.role, 'admin'),
            eq(schema.users.status, 'active'),
            eq(schema.users.zoneId, actor.zoneId),
            ne(schema.users.id, user.id),
          ),
        )
        .limit(1);
      if (others.length === 0)
        throw new AppError('CONFLICT', 'A zone keeps at least one active admin', {
          fields: { role: 'last admin' },
        });
    }
    const [row] = await tx
      .update(schema.users)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(schema.users.id, user.id))
      .returning();
    if (change.role && change.role !== user.role) {
      await appendAudit(tx, {
        zoneId: actor.zoneId,
        actorId: actor.id,
        actorEmail: actor.email,
        action: 'user.role.change',
        targetType: 'user',
        targetId: user.id,
        details: { from: user.role, to: change.role },
      });
    }
    if (change.status && change.status !== user.status) {
      await appendAudit(tx, {
        zoneId: actor.zoneId,
        actorId: actor.id,
        actorEmail: actor.email,
        action: change.status === 'deactivated' ? 'user.deactivate' : 'user.reactivate',
        targetType: 'user',
        targetId: user.id,
      });
    }
    return row;
  });
  await ctx.sessions.destroyUserSessions(updated.id);
  return updated;
}

export async function changeOwnPassword(
  ctx: AppContext,
  actor: SessionUser,
  currentPassword: string,
  newPassword: string,
) {
  const [user] = await ctx.database.db.select().from(schema.users).where(eq(schema.users.id, actor.id));
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw AppError.validation({ currentPassword: 'wrong password' });
  }
  const problem = await passwordProblem(newPassword, user);
  if (problem) throw AppError.validation({ newPassword: problem });
  const passwordHash = await hashPassword(newPassword);
  await ctx.database.db.transaction(async (tx) => {
    await tx
      .update(schema.users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(schema.users.id, actor.id));
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'user.password.change',
      targetType: 'user',
      targetId: actor.id,
    });
  });
  await ctx.sessions.destroyUserSessions(actor.id);
}

export async function countAllAdmins(ctx: AppContext): Promise<number> {
  return countAdmins(ctx.database.db);
}

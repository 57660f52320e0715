import { appendAudit, consumeToken, findUserByEmail, getUser, schema } from '@brug/db';
import { AppError, PASSWORD_RESET_TTL_HOURS } from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { sha256 } from '../../http/tokens.ts';
import { passwordResetMail, render } from '../mail/templates.ts';
import { hashPassword, isCommonPassword } from './passwords.ts';
import { createUserToken } from './user-tokens.ts';

/** Always answers the same, whether the address is known or not. */
export async function requestPasswordReset(ctx: AppContext, email: string): Promise<void> {
  const user = await findUserByEmail(ctx.database.db, email);
  if (user?.status !== 'active') return;
  const mailId = await ctx.database.db.transaction(async (tx) => {
    const token = await createUserToken(tx, 'password-reset', user.id, PASSWORD_RESET_TTL_HOURS * 3_600_000);
    const content = render(passwordResetMail, user.language, {
      name: user.displayName,
      link: `${ctx.config.publicUrl}/reset-password?token=${token}`,
      hours: PASSWORD_RESET_TTL_HOURS,
    });
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'auth.reset.requested',
      targetType: 'user',
      targetId: user.id,
    });
    return ctx.mailer.queue(tx, { ...content, zoneId: user.zoneId, to: user.email });
  });
  await ctx.mailer.dispatch([mailId]);
}

export async function resetPassword(ctx: AppContext, token: string, password: string) {
  if (await isCommonPassword(password)) throw AppError.validation({ password: 'too common' });
  const passwordHash = await hashPassword(password);
  const user = await ctx.database.db.transaction(async (tx) => {
    const used = await consumeToken(tx, sha256(token), 'password-reset');
    const user = used?.userId ? await getUser(tx, used.userId) : undefined;
    if (user?.status !== 'active') {
      throw new AppError('GONE', 'This reset link is no longer valid', {
        fields: { token: 'invalid, used or expired' },
      });
    }
    await tx
      .update(schema.users)
      .set({ passwordHash, failedLogins: 0, lockedUntil: null, updatedAt: new Date() })
      .where(eq(schema.users.id, user.id));
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'auth.reset.done',
      targetType: 'user',
      targetId: user.id,
    });
    return user;
  });
  await ctx.sessions.destroyUserSessions(user.id);
}

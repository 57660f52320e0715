import { appendAudit, type Database, findUserByEmail, schema, type UserRow } from '@brug/db';
import { AppError, LOGIN_MAX_FAILURES_PER_ACCOUNT, LOGIN_THROTTLE_MINUTES } from '@brug/domain';
import { eq, sql } from 'drizzle-orm';
import { verifyPassword } from './passwords.ts';

/**
 * Checks e-mail and password. An account with too many recent failures is throttled (429), whatever
 * the password, so that guessing stays slow even from many addresses.
 */
export async function authenticate(database: Database, email: string, password: string): Promise<UserRow> {
  const db = database.db;
  const user = await findUserByEmail(db, email);
  if (user?.lockedUntil && user.lockedUntil > new Date()) {
    throw new AppError('TOO_MANY_REQUESTS', 'Too many failed logins for this account; try again later');
  }
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.status !== 'active') {
    if (user) {
      const failures = user.failedLogins + 1;
      const lock = failures >= LOGIN_MAX_FAILURES_PER_ACCOUNT;
      await db.transaction(async (tx) => {
        await tx
          .update(schema.users)
          .set({
            failedLogins: lock ? 0 : failures,
            lockedUntil: lock
              ? sql`now() + ${`${LOGIN_THROTTLE_MINUTES} minutes`}::interval`
              : user.lockedUntil,
          })
          .where(eq(schema.users.id, user.id));
        await appendAudit(tx, {
          zoneId: user.zoneId,
          actorId: user.id,
          actorEmail: user.email,
          action: lock ? 'auth.login.throttled' : 'auth.login.failed',
          targetType: 'user',
          targetId: user.id,
        });
      });
    }
    throw new AppError('UNAUTHENTICATED', 'Wrong e-mail address or password', {
      userMessage: 'errors.LOGIN_FAILED',
    });
  }
  if (user.failedLogins > 0 || user.lockedUntil) {
    await db
      .update(schema.users)
      .set({ failedLogins: 0, lockedUntil: null })
      .where(eq(schema.users.id, user.id));
  }
  return user;
}

import { createHash, randomBytes } from 'node:crypto';
import { appendAudit, type Database, findUserByEmail, schema, type UserRow } from '@brug/db';
import {
  AppError,
  LOGIN_ACCOUNT_FAILURES_BEFORE_DELAY,
  LOGIN_DEVICE_DAYS,
  LOGIN_FAILURES_FORGOTTEN_HOURS,
  LOGIN_FIRST_DELAY_SECONDS,
  LOGIN_FREE_FAILURES,
  LOGIN_MAX_DELAY_SECONDS,
} from '@brug/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { verifyPassword } from './passwords.ts';

/** Where a login comes from: the client's address and, when it sends one, its device cookie. */
export type LoginClient = { address: string; deviceToken?: string };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The wait after the n-th failure: none for the free ones, then doubling up to the longest. */
export function loginDelaySeconds(failures: number): number {
  if (failures < LOGIN_FREE_FAILURES) return 0;
  return Math.min(LOGIN_FIRST_DELAY_SECONDS * 2 ** (failures - LOGIN_FREE_FAILURES), LOGIN_MAX_DELAY_SECONDS);
}

function tooMany(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError('TOO_MANY_REQUESTS', 'Too many failed logins; try again later', {
    userMessage: 'errors.LOGIN_THROTTLED',
    retryAfterSeconds: seconds,
  });
}

/**
 * Checks e-mail and password, throttled per account *and* source (OWASP's device-cookie scheme):
 *
 * - Each source — a client address, or a browser this account logged in from before (its device
 *   cookie) — may fail {@link LOGIN_FREE_FAILURES} times; after that it must wait before every
 *   attempt, 15 s doubling to 15 minutes (429 with Retry-After; even the right password waits).
 * - Failures from unknown sources count for the account too: past
 *   {@link LOGIN_ACCOUNT_FAILURES_BEFORE_DELAY}, every unknown source waits, so that guessing from
 *   many addresses stays slow.
 * - A browser the account logged in from before is never held up by someone else's failures: the
 *   real user keeps getting in while the account is under attack.
 *
 * Returns the user and a new device token for the browser (set as a cookie by the route).
 */
export async function authenticate(
  database: Database,
  email: string,
  password: string,
  client: LoginClient = { address: 'unknown' },
): Promise<{ user: UserRow; deviceToken: string }> {
  const db = database.db;
  const user = await findUserByEmail(db, email);
  const now = new Date();
  const forgotten = new Date(now.getTime() - LOGIN_FAILURES_FORGOTTEN_HOURS * 3_600_000);
  let source = `ip:${client.address}`;
  let trusted = false;
  if (user && client.deviceToken) {
    const [device] = await db
      .select()
      .from(schema.trustedDevices)
      .where(
        and(
          eq(schema.trustedDevices.tokenHash, sha256(client.deviceToken)),
          eq(schema.trustedDevices.userId, user.id),
        ),
      );
    if (device && device.lastUsedAt.getTime() > now.getTime() - LOGIN_DEVICE_DAYS * 86_400_000) {
      trusted = true;
      source = `device:${device.tokenHash.slice(0, 16)}`;
    }
  }
  if (user) {
    const keys = trusted ? [source] : [source, UNKNOWN_BROWSERS];
    const rows = await db
      .select()
      .from(schema.loginThrottles)
      .where(and(eq(schema.loginThrottles.userId, user.id), inArray(schema.loginThrottles.source, keys)));
    const waits = rows
      .filter((r) => r.blockedUntil && r.blockedUntil > now && r.lastFailureAt > forgotten)
      .map((r) => r.blockedUntil!.getTime());
    if (waits.length) throw tooMany(new Date(Math.max(...waits)), now);
  }

  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.status !== 'active') {
    if (user) await recordFailure(database, user, source, trusted, now, forgotten);
    throw new AppError('UNAUTHENTICATED', 'Wrong e-mail address or password', {
      userMessage: 'errors.LOGIN_FAILED',
    });
  }

  const deviceToken = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    // The source's own failures are forgiven; the account-wide count of unknown browsers is not
    // (a guesser may get in from one address while others keep guessing), it fades after a day.
    await tx
      .delete(schema.loginThrottles)
      .where(and(eq(schema.loginThrottles.userId, user.id), eq(schema.loginThrottles.source, source)));
    if (client.deviceToken && trusted) {
      await tx
        .delete(schema.trustedDevices)
        .where(eq(schema.trustedDevices.tokenHash, sha256(client.deviceToken)));
    }
    await tx.insert(schema.trustedDevices).values({ tokenHash: sha256(deviceToken), userId: user.id });
    await tx
      .delete(schema.trustedDevices)
      .where(
        and(
          eq(schema.trustedDevices.userId, user.id),
          sql`${schema.trustedDevices.lastUsedAt} < now() - ${`${LOGIN_DEVICE_DAYS} days`}::interval`,
        ),
      );
  });
  return { user, deviceToken };
}

/** The account-wide count of failures from unknown browsers, in the same table as a source. */
const UNKNOWN_BROWSERS = 'account:unknown-browsers';

async function recordFailure(
  database: Database,
  user: UserRow,
  source: string,
  trusted: boolean,
  now: Date,
  forgotten: Date,
): Promise<void> {
  const t = schema.loginThrottles;
  await database.db.transaction(async (tx) => {
    /** Counts one failure of a source (one statement, so that parallel guesses each count) and sets its wait. */
    const bump = async (key: string, delayFor: (failures: number) => number) => {
      const [row] = await tx
        .insert(t)
        .values({ userId: user.id, source: key, failures: 1, lastFailureAt: now })
        .onConflictDoUpdate({
          target: [t.userId, t.source],
          set: {
            failures: sql`case when ${t.lastFailureAt} < ${forgotten.toISOString()} then 1 else ${t.failures} + 1 end`,
            lastFailureAt: now,
          },
        })
        .returning();
      const delay = delayFor(row.failures);
      if (delay > 0)
        await tx
          .update(t)
          .set({ blockedUntil: new Date(now.getTime() + delay * 1000) })
          .where(and(eq(t.userId, user.id), eq(t.source, key)));
      return delay;
    };
    const delay = await bump(source, loginDelaySeconds);
    const accountDelay = trusted
      ? 0
      : await bump(UNKNOWN_BROWSERS, (n) =>
          n < LOGIN_ACCOUNT_FAILURES_BEFORE_DELAY
            ? 0
            : loginDelaySeconds(LOGIN_FREE_FAILURES + n - LOGIN_ACCOUNT_FAILURES_BEFORE_DELAY),
        );
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: delay > 0 || accountDelay > 0 ? 'auth.login.throttled' : 'auth.login.failed',
      targetType: 'user',
      targetId: user.id,
      details: {
        from: trusted ? 'known browser' : 'unknown browser',
        ...(delay > 0 ? { waitSeconds: delay } : {}),
        ...(accountDelay > 0 ? { unknownBrowsersWaitSeconds: accountDelay } : {}),
      },
    });
  });
}

import { and, count, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.ts';
import { preparedQuery } from '../prepared.ts';
import { sessions, users, userTokens } from '../schema/accounts.ts';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export async function findUserByEmail(db: Tx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row;
}

export async function getUser(db: Tx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function getZoneUser(db: Tx, zoneId: string, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.zoneId, zoneId)))
    .limit(1);
  return row;
}

export async function countAdmins(db: Tx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.role, 'admin'));
  return row.n;
}

export type UserFilter = { role?: string; status?: string; q?: string; page: number; pageSize: number };

/** The columns a list of users shows: no password hash, no timestamps it does not show. */
const listedUser = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  language: users.language,
  status: users.status,
  zoneId: users.zoneId,
  createdAt: users.createdAt,
};
export type ListedUser = Pick<UserRow, keyof typeof listedUser>;

export async function findUsers(db: Db, zoneId: string, f: UserFilter) {
  const where = and(
    eq(users.zoneId, zoneId),
    f.role ? eq(users.role, f.role) : undefined,
    f.status ? eq(users.status, f.status) : undefined,
    f.q ? or(ilike(users.email, `%${f.q}%`), ilike(users.displayName, `%${f.q}%`)) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    db
      .select(listedUser)
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), users.id)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  return { items, total };
}

const sessionWithUser = preparedQuery(
  'session_with_user',
  ['sessionId'],
  (db, p) =>
    db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, p.sessionId))
      .limit(1),
  'shared',
);

export async function findSessionWithUser(db: Db, sessionId: string) {
  const [row] = await sessionWithUser(db, { sessionId });
  return row;
}

export async function consumeToken(tx: Tx, tokenHash: string, purpose: string) {
  const [row] = await tx
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(userTokens.tokenHash, tokenHash),
        eq(userTokens.purpose, purpose),
        sql`${userTokens.usedAt} is null`,
        sql`${userTokens.expiresAt} > now()`,
      ),
    )
    .returning();
  return row;
}

export async function findToken(db: Tx, tokenHash: string, purpose: string) {
  const [row] = await db
    .select()
    .from(userTokens)
    .where(and(eq(userTokens.tokenHash, tokenHash), eq(userTokens.purpose, purpose)))
    .limit(1);
  return row;
}

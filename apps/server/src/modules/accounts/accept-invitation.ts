import { appendAudit, consumeToken, type Database, findToken, getUser, schema } from '@brug/db';
import { AppError } from '@brug/domain';
import { eq } from 'drizzle-orm';
import { sha256 } from '../../http/tokens.ts';
import { hashPassword, isCommonPassword, passwordProblem } from './passwords.ts';

export async function describeInvitation(database: Database, token: string) {
  const row = await findToken(database.db, sha256(token), 'invitation');
  if (!row || row.usedAt || row.expiresAt < new Date() || !row.userId) return null;
  const user = await getUser(database.db, row.userId);
  if (user?.status !== 'invited') return null;
  return { email: user.email, displayName: user.displayName, language: user.language };
}

/** Sets the password of an invited user; the link works once. */
export async function acceptInvitation(database: Database, token: string, password: string) {
  if (await isCommonPassword(password)) throw AppError.validation({ password: 'too common' });
  const passwordHash = await hashPassword(password);
  return database.db.transaction(async (tx) => {
    const used = await consumeToken(tx, sha256(token), 'invitation');
    const user = used?.userId ? await getUser(tx, used.userId) : undefined;
    if (user?.status !== 'invited') {
      throw new AppError('GONE', 'This invitation link is no longer valid', {
        fields: { token: 'invalid, used or expired' },
      });
    }
    const problem = await passwordProblem(password, user);
    if (problem) throw AppError.validation({ password: problem });
    const [updated] = await tx
      .update(schema.users)
      .set({ passwordHash, status: 'active', updatedAt: new Date() })
      .where(eq(schema.users.id, user.id))
      .returning();
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'user.activate',
      targetType: 'user',
      targetId: user.id,
    });
    return updated;
  });
}

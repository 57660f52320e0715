import { appendAudit, consumeToken, countAdmins, type Database, findToken, schema } from '@brug/db';
import { ANTWERP_DISTRICTS, AppError, type SetupInput } from '@brug/domain';
import { eq } from 'drizzle-orm';
import { sha256 } from '../../http/tokens.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { createUserToken } from './user-tokens.ts';

const SETUP_TTL_MS = 24 * 3_600_000;

/** When no admin exists yet: a fresh one-time setup token (older ones are withdrawn). */
export async function prepareSetup(database: Database): Promise<string | null> {
  if ((await countAdmins(database.db)) > 0) return null;
  return database.db.transaction(async (tx) => {
    await tx.delete(schema.userTokens).where(eq(schema.userTokens.purpose, 'setup'));
    return createUserToken(tx, 'setup', null, SETUP_TTL_MS);
  });
}

export async function needsSetup(database: Database): Promise<boolean> {
  return (await countAdmins(database.db)) === 0;
}

export async function checkSetupToken(database: Database, token: string): Promise<boolean> {
  const row = await findToken(database.db, sha256(token), 'setup');
  return Boolean(row && !row.usedAt && row.expiresAt > new Date());
}

/** Creates the first zone and its admin with the setup token; works once. */
export async function completeSetup(database: Database, input: SetupInput) {
  const problem = await passwordProblem(input.password, input);
  if (problem) throw AppError.validation({ password: problem });
  const passwordHash = await hashPassword(input.password);
  return database.db.transaction(async (tx) => {
    const used = await consumeToken(tx, sha256(input.token), 'setup');
    if (!used || (await countAdmins(tx)) > 0) {
      throw new AppError('GONE', 'This setup link is no longer valid', {
        fields: { token: 'invalid, used or expired' },
      });
    }
    const [zone] = await tx
      .insert(schema.zones)
      .values({ name: input.zoneName, defaultLanguage: input.language, districts: [...ANTWERP_DISTRICTS] })
      .returning();
    const [user] = await tx
      .insert(schema.users)
      .values({
        zoneId: zone.id,
        email: input.email,
        displayName: input.displayName,
        role: 'admin',
        language: input.language,
        status: 'active',
        passwordHash,
      })
      .returning();
    await appendAudit(tx, {
      zoneId: zone.id,
      actorId: user.id,
      actorEmail: user.email,
      action: 'zone.create',
      targetType: 'zone',
      targetId: zone.id,
    });
    await appendAudit(tx, {
      zoneId: zone.id,
      actorId: user.id,
      actorEmail: user.email,
      action: 'user.create',
      targetType: 'user',
      targetId: user.id,
      details: { role: 'admin', via: 'setup' },
    });
    return { zone, user };
  });
}

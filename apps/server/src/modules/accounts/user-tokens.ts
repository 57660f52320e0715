import { schema, type Tx } from '@brug/db';
import { randomToken, sha256 } from '../../http/tokens.ts';

export type TokenPurpose = 'setup' | 'invitation' | 'password-reset';

/** Creates a single-use token and returns its plain value; only the hash is stored. */
export async function createUserToken(
  tx: Tx,
  purpose: TokenPurpose,
  userId: string | null,
  ttlMs: number,
): Promise<string> {
  const token = randomToken();
  await tx.insert(schema.userTokens).values({
    tokenHash: sha256(token),
    purpose,
    userId,
    expiresAt: new Date(Date.now() + ttlMs),
  });
  return token;
}

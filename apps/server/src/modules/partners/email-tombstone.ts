import { createHash } from 'node:crypto';
import { schema, type Tx } from '@brug/db';
import { and, eq, inArray } from 'drizzle-orm';

const CHUNK = 1000;

/**
 * What stays of an erased contact's e-mail address: a hash bound to the zone. It lets an import
 * recognise the person without keeping the address.
 */
export function emailTombstone(zoneId: string, email: string): string {
  return createHash('sha256').update(`${zoneId}:${email.trim().toLowerCase()}`).digest('hex');
}

export async function addEmailTombstone(tx: Tx, zoneId: string, email: string): Promise<void> {
  await tx
    .insert(schema.erasedContacts)
    .values({ zoneId, emailHash: emailTombstone(zoneId, email) })
    .onConflictDoNothing();
}

/** The addresses among `emails` that belong to a contact erased in this zone. */
export async function findErasedEmails(tx: Tx, zoneId: string, emails: string[]): Promise<Set<string>> {
  const byHash = new Map(emails.map((e) => [emailTombstone(zoneId, e), e]));
  const hashes = [...byHash.keys()];
  const erased = new Set<string>();
  for (let i = 0; i < hashes.length; i += CHUNK) {
    const rows = await tx
      .select({ hash: schema.erasedContacts.emailHash })
      .from(schema.erasedContacts)
      .where(
        and(
          eq(schema.erasedContacts.zoneId, zoneId),
          inArray(schema.erasedContacts.emailHash, hashes.slice(i, i + CHUNK)),
        ),
      );
    for (const r of rows) erased.add(byHash.get(r.hash)!);
  }
  return erased;
}

import { schema, type Tx } from '@brug/db';
import type { SourceRefusal } from '@brug/domain';
import { and, eq, inArray } from 'drizzle-orm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type SourceEligibility =
  | { id: string; counts: true; pseudonym: string }
  | { id: string; counts: false; pseudonym: string | null; reason: SourceRefusal };

/**
 * Whether each candidate interview counts as a source for k at publication (issue 13): only an
 * interview that was held (`status = 'held'`), whose consent was given (`consentGiven`) and not
 * withdrawn. Reads clear columns only — no vault needed, so the server checks it itself.
 *
 * Returns one entry per distinct id, in the order given; an id that is not an interview of the bureau
 * gives `not-found`. Reasons are checked in this order: not-found, withdrawn, not-held, no-consent.
 */
export async function findEligibleSources(
  db: Tx,
  bureauId: string,
  ids: readonly string[],
): Promise<SourceEligibility[]> {
  const wanted = [...new Set(ids)];
  const uuids = wanted.filter((id) => UUID.test(id));
  const rows =
    uuids.length === 0
      ? []
      : await db
          .select({
            id: schema.interviews.id,
            pseudonym: schema.interviews.pseudonym,
            status: schema.interviews.status,
            consentGiven: schema.interviews.consentGiven,
            wrappedSubKey: schema.interviews.wrappedSubKey,
          })
          .from(schema.interviews)
          .where(and(eq(schema.interviews.bureauId, bureauId), inArray(schema.interviews.id, uuids)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return wanted.map((id): SourceEligibility => {
    const r = byId.get(id);
    if (!r) return { id, counts: false, pseudonym: null, reason: 'not-found' };
    const refuse = (reason: SourceRefusal) =>
      ({ id, counts: false, pseudonym: r.pseudonym, reason }) as const;
    if (r.status === 'withdrawn' || !r.wrappedSubKey) return refuse('withdrawn');
    if (r.status !== 'held') return refuse('not-held');
    if (!r.consentGiven) return refuse('no-consent');
    return { id, counts: true, pseudonym: r.pseudonym };
  });
}

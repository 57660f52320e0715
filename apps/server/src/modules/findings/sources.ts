import { findLiveSources, type Tx } from '@brug/db';
import type { RefusedSourceView } from '@brug/domain';
import { findEligibleSources } from '../conversations/eligible-sources.ts';

/**
 * Which candidate sources count towards k (issue 13): interviews held with consent given and not
 * withdrawn (the conversations module decides), and roundtable minutes the bureau analyses (one
 * source per roundtable). Every other candidate is refused with its reason.
 */
export async function countSources(tx: Tx, bureauId: string, ids: readonly string[]) {
  const wanted = [...new Set(ids)];
  const tables = (await findLiveSources(tx, bureauId, wanted)).filter((s) => s.kind === 'roundtable');
  const roundtables = new Map(tables.map((s) => [s.id, s.pseudonym]));
  const interviews = await findEligibleSources(
    tx,
    bureauId,
    wanted.filter((id) => !roundtables.has(id)),
  );
  const counted = new Map<string, string>(roundtables);
  const refused: RefusedSourceView[] = [];
  for (const s of interviews) {
    if (s.counts) counted.set(s.id, s.pseudonym);
    else refused.push({ id: s.id, pseudonym: s.pseudonym, reason: s.reason });
  }
  return { counted, refused };
}

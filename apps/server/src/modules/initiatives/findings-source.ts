import { schema, type Tx } from '@brug/db';
import { and, asc, eq, inArray } from 'drizzle-orm';

export type PublishedFinding = { id: string; title: string; kind: string };

/** Published findings (improvement points, needs, ideas) of a zone, or only the given ones. Drafts never. */
export async function findPublishedFindings(
  db: Tx,
  zoneId: string,
  ids?: string[],
): Promise<PublishedFinding[]> {
  if (ids && ids.length === 0) return [];
  const f = schema.findings;
  const rows = await db
    .select({ id: f.id, title: f.statement, kind: f.kind })
    .from(f)
    .where(and(eq(f.zoneId, zoneId), eq(f.status, 'published'), ids ? inArray(f.id, ids) : undefined))
    .orderBy(asc(f.kind), asc(f.statement));
  return rows.map((r) => ({ ...r, title: r.title ?? '' }));
}

import type { Tx } from '@brug/db';
import { sql } from 'drizzle-orm';

export type PublishedFinding = { id: string; title: string; kind: string };

/** Findings belong to the findings module; without its table there is nothing published to answer yet. */
export async function hasFindings(db: Tx): Promise<boolean> {
  const result = await db.execute(sql`select to_regclass('public.findings') is not null as present`);
  return (result as unknown as { rows: { present: boolean }[] }).rows[0].present;
}

/** Published findings (improvement points, needs, ideas) of a zone, or only the given ones. */
export async function findPublishedFindings(
  db: Tx,
  zoneId: string,
  ids?: string[],
): Promise<PublishedFinding[]> {
  if (ids && ids.length === 0) return [];
  if (!(await hasFindings(db))) return [];
  const result = await db.execute(
    sql`select id, title, kind from findings
        where zone_id = ${zoneId} and status = 'published'
        ${ids ? sql`and id in ${ids}` : sql``}
        order by kind, title`,
  );
  return (result as unknown as { rows: PublishedFinding[] }).rows;
}

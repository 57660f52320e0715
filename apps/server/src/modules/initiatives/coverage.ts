import type { Db } from '@brug/db';
import type { CoverageView, InitiativeStatus } from '@brug/domain';
import { sql } from 'drizzle-orm';

type Row = {
  id: string;
  title: string | null;
  kind: string;
  initiative_id: string | null;
  initiative_title: string | null;
  initiative_status: string | null;
};

/**
 * Every published finding and stated need against the initiatives answering it (dropped ones do not
 * count). One flat join, grouped here; each initiative is listed once and referred to by id.
 */
export async function coverage(db: Db, zoneId: string): Promise<CoverageView> {
  // A read of a few thousand rows: compiling it just in time costs more than it saves.
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return tx.execute(sql`
    select f.id, f.statement as title, f.kind,
           i.id as initiative_id, i.title as initiative_title, i.status as initiative_status
    from findings f
    left join (initiative_findings x join initiatives i on i.id = x.initiative_id and i.status <> 'dropped')
      on x.finding_id = f.id and x.zone_id = ${zoneId}
    where f.zone_id = ${zoneId} and f.status = 'published'
    order by f.kind, f.statement, f.id, i.title`);
  });
  const rows = (result as unknown as { rows: Row[] }).rows;
  const findings: CoverageView['findings'] = [];
  const initiatives = new Map<string, CoverageView['initiatives'][number]>();
  let current: CoverageView['findings'][number] | undefined;
  for (const r of rows) {
    if (current?.id !== r.id) {
      current = { id: r.id, title: r.title ?? '', kind: r.kind, initiativeIds: [], answered: false };
      findings.push(current);
    }
    if (r.initiative_id) {
      current.initiativeIds.push(r.initiative_id);
      current.answered = true;
      if (!initiatives.has(r.initiative_id))
        initiatives.set(r.initiative_id, {
          id: r.initiative_id,
          title: r.initiative_title ?? '',
          status: r.initiative_status as InitiativeStatus,
        });
    }
  }
  const open = findings.filter((f) => !f.answered);
  return {
    findings,
    initiatives: [...initiatives.values()],
    unanswered: open.length,
    unansweredNeeds: open.filter((f) => f.kind === 'need').length,
  };
}

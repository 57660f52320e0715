import type { Db } from '@brug/db';
import type { CoverageView, InitiativeStatus } from '@brug/domain';
import { sql } from 'drizzle-orm';

type Row = {
  id: string;
  title: string | null;
  kind: string;
  initiatives: { id: string; title: string; status: string }[] | null;
};

/**
 * Every published finding and stated need against the initiatives answering it (dropped ones do not
 * count). One query: findings with their initiatives aggregated per finding.
 */
export async function coverage(db: Db, zoneId: string): Promise<CoverageView> {
  const result = await db.execute(sql`
    select f.id, f.statement as title, f.kind,
      (select json_agg(json_build_object('id', i.id, 'title', i.title, 'status', i.status) order by i.title)
         from initiative_findings x
         join initiatives i on i.id = x.initiative_id and i.status <> 'dropped'
        where x.zone_id = ${zoneId} and x.finding_id = f.id) as initiatives
    from findings f
    where f.zone_id = ${zoneId} and f.status = 'published'
    order by f.kind, f.statement`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  const findings = rows.map((r) => ({
    id: r.id,
    title: r.title ?? '',
    kind: r.kind,
    initiatives: (r.initiatives ?? []).map((i) => ({ ...i, status: i.status as InitiativeStatus })),
    answered: (r.initiatives?.length ?? 0) > 0,
  }));
  const open = findings.filter((f) => !f.answered);
  return {
    findings,
    unanswered: open.length,
    unansweredNeeds: open.filter((f) => f.kind === 'need').length,
  };
}

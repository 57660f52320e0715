import type { Db } from '@brug/db';
import type { CoverageView, InitiativeStatus } from '@brug/domain';
import { sql } from 'drizzle-orm';

type FindingRow = { id: string; title: string | null; kind: string };
type LinkRow = { finding_id: string; id: string; title: string; status: string };

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Every published finding and stated need against the initiatives answering it (dropped ones do not
 * count). Two narrow unordered reads, grouped and sorted here: sorting text in the database under a
 * locale collation, or building JSON there, cost more than the reads themselves.
 */
export async function coverage(db: Db, zoneId: string, language = 'nl'): Promise<CoverageView> {
  const [findingRows, linkRows] = await Promise.all([
    db
      .execute(
        // The statement in the reader's language where the bureau translated it.
        sql`select id, coalesce(translations->>${language}, statement) as title, kind from findings where zone_id = ${zoneId} and status = 'published'`,
      )
      .then(rowsOf<FindingRow>),
    db
      .execute(sql`
        select x.finding_id, i.id, i.title, i.status
        from initiative_findings x join initiatives i on i.id = x.initiative_id
        where x.zone_id = ${zoneId} and i.status <> 'dropped'`)
      .then(rowsOf<LinkRow>),
  ]);
  const collator = new Intl.Collator(language);
  const initiatives = new Map<string, CoverageView['initiatives'][number]>();
  const answering = new Map<string, string[]>();
  for (const l of linkRows) {
    if (!initiatives.has(l.id))
      initiatives.set(l.id, { id: l.id, title: l.title, status: l.status as InitiativeStatus });
    const list = answering.get(l.finding_id);
    if (list) list.push(l.id);
    else answering.set(l.finding_id, [l.id]);
  }
  const byTitle = (a: string, b: string) =>
    collator.compare(initiatives.get(a)!.title, initiatives.get(b)!.title);
  const findings = findingRows
    .map((f) => {
      const ids = answering.get(f.id) ?? [];
      return {
        id: f.id,
        title: f.title ?? '',
        kind: f.kind,
        initiativeIds: ids.sort(byTitle),
        answered: ids.length > 0,
      };
    })
    .sort((a, b) => (a.kind === b.kind ? collator.compare(a.title, b.title) : a.kind < b.kind ? -1 : 1));
  // Only initiatives answering a published finding of this zone are listed.
  const listed = new Set(findings.flatMap((f) => f.initiativeIds));
  const open = findings.filter((f) => !f.answered);
  return {
    findings,
    initiatives: [...initiatives.values()].filter((i) => listed.has(i.id)),
    unanswered: open.length,
    unansweredNeeds: open.filter((f) => f.kind === 'need').length,
  };
}

import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { analysisRoundtables } from '../schema/analysis.ts';
import { interviews } from '../schema/conversations.ts';
import { findings } from '../schema/findings.ts';
import { contacts, organisations } from '../schema/partners.ts';
import { roundtables } from '../schema/roundtables.ts';

export type FindingRow = typeof findings.$inferSelect;

export async function getBureauFinding(
  db: Tx,
  bureauId: string,
  id: string,
): Promise<FindingRow | undefined> {
  const [row] = await db
    .select()
    .from(findings)
    .where(and(eq(findings.id, id), eq(findings.bureauId, bureauId)))
    .limit(1);
  return row;
}

export async function findBureauFindings(db: Tx, bureauId: string): Promise<FindingRow[]> {
  return db.select().from(findings).where(eq(findings.bureauId, bureauId)).orderBy(desc(findings.updatedAt));
}

export type PublishedFindingFilter = { kind?: string; theme?: string };

export async function findPublishedFindings(db: Tx, zoneId: string, f: PublishedFindingFilter = {}) {
  return db
    .select()
    .from(findings)
    .where(
      and(
        eq(findings.zoneId, zoneId),
        eq(findings.status, 'published'),
        f.kind ? eq(findings.kind, f.kind) : undefined,
        f.theme ? eq(findings.theme, f.theme) : undefined,
      ),
    )
    .orderBy(asc(findings.kind), asc(findings.theme), desc(findings.publishedAt));
}

export async function getPublishedFinding(db: Tx, zoneId: string, id: string) {
  const [row] = await db
    .select()
    .from(findings)
    .where(and(eq(findings.id, id), eq(findings.zoneId, zoneId), eq(findings.status, 'published')))
    .limit(1);
  return row;
}

export type LiveSource = { id: string; pseudonym: string; kind: 'interview' | 'roundtable' };

/**
 * The sources of the bureau among `ids` that still count: interviews whose consent stands, and
 * roundtable minutes the bureau analyses. A roundtable is one source, however many voices it had:
 * the voices of one meeting are not independent of each other.
 */
export async function findLiveSources(db: Tx, bureauId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const [talks, tables] = await Promise.all([
    db
      .select({ id: interviews.id, pseudonym: interviews.pseudonym })
      .from(interviews)
      .where(
        and(
          eq(interviews.bureauId, bureauId),
          inArray(interviews.id, [...ids]),
          isNotNull(interviews.wrappedSubKey),
        ),
      ),
    db
      .select({ id: analysisRoundtables.id, pseudonym: analysisRoundtables.pseudonym })
      .from(analysisRoundtables)
      .where(and(eq(analysisRoundtables.bureauId, bureauId), inArray(analysisRoundtables.id, [...ids]))),
  ]);
  return [
    ...talks.map((s) => ({ ...s, kind: 'interview' as const })),
    ...tables.map((s) => ({ ...s, kind: 'roundtable' as const })),
  ] satisfies LiveSource[];
}

/** Every source the bureau can cite in a finding, by pseudonym: live interviews, then analysed minutes. */
export async function findCitableSources(db: Tx, bureauId: string): Promise<LiveSource[]> {
  const [talks, tables] = await Promise.all([
    db
      .select({ id: interviews.id, pseudonym: interviews.pseudonym })
      .from(interviews)
      .where(and(eq(interviews.bureauId, bureauId), isNotNull(interviews.wrappedSubKey)))
      .orderBy(asc(interviews.pseudonym)),
    db
      .select({ id: analysisRoundtables.id, pseudonym: analysisRoundtables.pseudonym })
      .from(analysisRoundtables)
      .where(eq(analysisRoundtables.bureauId, bureauId))
      .orderBy(asc(analysisRoundtables.pseudonym)),
  ]);
  return [
    ...talks.map((s) => ({ ...s, kind: 'interview' as const })),
    ...tables.map((s) => ({ ...s, kind: 'roundtable' as const })),
  ];
}

/** Organisation and contact names of the zone's partner registry and its roundtable titles, for the de-identification check. */
export async function findRegistryNames(db: Tx, zoneId: string) {
  const [orgs, people, tables] = await Promise.all([
    db.select({ name: organisations.name }).from(organisations).where(eq(organisations.zoneId, zoneId)),
    db.select({ name: contacts.name }).from(contacts).where(eq(contacts.zoneId, zoneId)),
    db.select({ name: roundtables.title }).from(roundtables).where(eq(roundtables.zoneId, zoneId)),
  ]);
  return {
    organisations: orgs.map((o) => o.name),
    people: people.map((p) => p.name),
    roundtables: tables.map((r) => r.name),
  };
}

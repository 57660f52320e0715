import { and, asc, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { analysisRoundtables, codes, codingCodes, codings, themeRuns } from '../schema/analysis.ts';
import { interviews } from '../schema/conversations.ts';

export async function findCodes(db: Tx, bureauId: string) {
  return db
    .select()
    .from(codes)
    .where(eq(codes.bureauId, bureauId))
    .orderBy(asc(codes.position), asc(codes.createdAt));
}

export async function getCode(db: Tx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(codes)
    .where(and(eq(codes.id, id), eq(codes.bureauId, bureauId)))
    .limit(1);
  return row;
}

/** A coding counts while its source lives: an interview with consent, or chosen roundtable minutes. */
const liveSource = or(isNotNull(interviews.wrappedSubKey), isNotNull(codings.roundtableSourceId));

/** Per code: coded passages and distinct sources, counting only interviews that still have consent. */
export async function countCodings(db: Tx, bureauId: string) {
  return db
    .select({
      codeId: codingCodes.codeId,
      passages: sql<number>`count(*)::int`,
      sources: sql<number>`count(distinct coalesce(${codings.interviewId}, ${codings.roundtableSourceId}))::int`,
    })
    .from(codingCodes)
    .innerJoin(codings, eq(codings.id, codingCodes.codingId))
    .leftJoin(interviews, eq(interviews.id, codings.interviewId))
    .where(and(eq(codings.bureauId, bureauId), liveSource))
    .groupBy(codingCodes.codeId);
}

/** How often two codes are applied to the same passage. */
export async function countCooccurrences(db: Tx, bureauId: string) {
  const result = (await db.execute(sql`
    select x.code_id as a, y.code_id as b, count(*)::int as passages
    from ${codingCodes} x
    join ${codingCodes} y on y.coding_id = x.coding_id and x.code_id < y.code_id
    join ${codings} c on c.id = x.coding_id
    left join ${interviews} i on i.id = c.interview_id
    where c.bureau_id = ${bureauId} and (i.wrapped_sub_key is not null or c.roundtable_source_id is not null)
    group by x.code_id, y.code_id
    order by passages desc, a, b`)) as unknown as { rows: { a: string; b: string; passages: number }[] };
  return result.rows;
}

/** Codings of live sources with their codes, optionally for one code, interview or roundtable source. */
export async function findCodings(
  db: Tx,
  bureauId: string,
  f: { codeId?: string; interviewId?: string; roundtableId?: string } = {},
) {
  const pseudonym = sql<string>`coalesce(${interviews.pseudonym}, ${analysisRoundtables.pseudonym})`;
  const rows = await db
    .select({ coding: codings, pseudonym })
    .from(codings)
    .leftJoin(interviews, eq(interviews.id, codings.interviewId))
    .leftJoin(analysisRoundtables, eq(analysisRoundtables.id, codings.roundtableSourceId))
    .where(
      and(
        eq(codings.bureauId, bureauId),
        liveSource,
        f.interviewId ? eq(codings.interviewId, f.interviewId) : undefined,
        f.roundtableId ? eq(codings.roundtableSourceId, f.roundtableId) : undefined,
        f.codeId
          ? sql`exists (select 1 from ${codingCodes} cc where cc.coding_id = ${codings.id} and cc.code_id = ${f.codeId})`
          : undefined,
      ),
    )
    .orderBy(asc(pseudonym), asc(codings.createdAt));
  const links = await db
    .select({ codingId: codingCodes.codingId, codeId: codingCodes.codeId })
    .from(codingCodes)
    .innerJoin(codings, eq(codings.id, codingCodes.codingId))
    .where(eq(codings.bureauId, bureauId));
  const byCoding = new Map<string, string[]>();
  for (const l of links) byCoding.set(l.codingId, [...(byCoding.get(l.codingId) ?? []), l.codeId]);
  return rows.map((r) => ({ ...r, codeIds: byCoding.get(r.coding.id) ?? [] }));
}

/** Roundtable minutes the bureau chose to analyse, by source code. */
export async function findAnalysisRoundtables(db: Tx, bureauId: string) {
  return db
    .select()
    .from(analysisRoundtables)
    .where(eq(analysisRoundtables.bureauId, bureauId))
    .orderBy(asc(analysisRoundtables.pseudonym));
}

export async function getAnalysisRoundtable(db: Tx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(analysisRoundtables)
    .where(and(eq(analysisRoundtables.id, id), eq(analysisRoundtables.bureauId, bureauId)))
    .limit(1);
  return row;
}

export async function getThemeRun(db: Tx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(themeRuns)
    .where(and(eq(themeRuns.id, id), eq(themeRuns.bureauId, bureauId)))
    .limit(1);
  return row;
}

import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import {
  surveyAnswerCounts,
  surveyCodes,
  surveyDeviceTokens,
  surveyFreeTexts,
  surveyResponses,
  surveyStats,
  surveys,
} from '../schema/surveys.ts';

export type SurveyRow = typeof surveys.$inferSelect;
export type SurveyStatsRow = typeof surveyStats.$inferSelect;

export async function findZoneSurveys(db: Tx, zoneId: string): Promise<SurveyRow[]> {
  return db.select().from(surveys).where(eq(surveys.zoneId, zoneId)).orderBy(desc(surveys.createdAt));
}

export async function getZoneSurvey(db: Tx, zoneId: string, id: string): Promise<SurveyRow | undefined> {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, id), eq(surveys.zoneId, zoneId)))
    .limit(1);
  return row;
}

export async function getSurveyByPublicId(db: Tx, publicId: string): Promise<SurveyRow | undefined> {
  const [row] = await db.select().from(surveys).where(eq(surveys.publicId, publicId)).limit(1);
  return row;
}

/** Responses per survey, from the pre-aggregated moments (never by reading responses). */
export async function countResponses(db: Tx, surveyIds: string[]): Promise<Map<string, number>> {
  if (surveyIds.length === 0) return new Map();
  const rows = await db
    .select({ surveyId: surveyStats.surveyId, n: sql<number>`sum(${surveyStats.responses})::int` })
    .from(surveyStats)
    .where(inArray(surveyStats.surveyId, surveyIds))
    .groupBy(surveyStats.surveyId);
  return new Map(rows.map((r) => [r.surveyId, r.n]));
}

/** Marks a single-use code as used; false when it does not exist or was used already. */
export async function useSurveyCode(
  tx: Tx,
  surveyId: string,
  phase: string,
  codeHash: string,
): Promise<boolean> {
  const rows = await tx
    .update(surveyCodes)
    .set({ used: true })
    .where(
      and(
        eq(surveyCodes.codeHash, codeHash),
        eq(surveyCodes.surveyId, surveyId),
        eq(surveyCodes.phase, phase),
        eq(surveyCodes.used, false),
      ),
    )
    .returning({ codeHash: surveyCodes.codeHash });
  return rows.length === 1;
}

/** Records that a device answered; false when it had already. */
export async function claimDeviceToken(tx: Tx, surveyId: string, tokenHash: string): Promise<boolean> {
  const rows = await tx
    .insert(surveyDeviceTokens)
    .values({ tokenHash, surveyId })
    .onConflictDoNothing()
    .returning({ tokenHash: surveyDeviceTokens.tokenHash });
  return rows.length === 1;
}

export async function insertSurveyCodes(tx: Tx, surveyId: string, phase: string, hashes: string[]) {
  for (let i = 0; i < hashes.length; i += 500) {
    await tx
      .insert(surveyCodes)
      .values(hashes.slice(i, i + 500).map((codeHash) => ({ codeHash, surveyId, phase })));
  }
}

export type NewResponse = {
  zoneId: string;
  surveyId: string;
  phase: string;
  day: string;
  quarter: string;
  district: string | null;
  answers: Record<string, number | string[]>;
  trustIndex: number | null;
  freeTexts: { questionId: string; text: string }[];
};

/**
 * Stores one response and brings the pre-aggregated figures up to date, in the caller's
 * transaction. Counter rows are touched in a fixed order so concurrent respondents do not deadlock.
 */
/** Counter rows per key: concurrent respondents rarely wait for each other's row lock. */
export const COUNTER_SHARDS = 16;

export async function insertSurveyResponse(tx: Tx, r: NewResponse): Promise<void> {
  const district = r.district ?? '';
  const shard = Math.floor(Math.random() * COUNTER_SHARDS);
  await tx.insert(surveyResponses).values({
    zoneId: r.zoneId,
    surveyId: r.surveyId,
    phase: r.phase,
    day: r.day,
    district: r.district,
    answers: r.answers,
    trustIndex: r.trustIndex,
  });
  if (r.freeTexts.length)
    await tx
      .insert(surveyFreeTexts)
      .values(r.freeTexts.map((f) => ({ zoneId: r.zoneId, surveyId: r.surveyId, ...f })));
  const x = r.trustIndex;
  await tx
    .insert(surveyStats)
    .values({
      zoneId: r.zoneId,
      surveyId: r.surveyId,
      phase: r.phase,
      quarter: r.quarter,
      district,
      shard,
      responses: 1,
      n: x === null ? 0 : 1,
      sum: x ?? 0,
      sumSq: x === null ? 0 : x * x,
    })
    .onConflictDoUpdate({
      target: [
        surveyStats.surveyId,
        surveyStats.phase,
        surveyStats.quarter,
        surveyStats.district,
        surveyStats.shard,
      ],
      set: {
        responses: sql`${surveyStats.responses} + 1`,
        n: sql`${surveyStats.n} + excluded.n`,
        sum: sql`${surveyStats.sum} + excluded.sum`,
        sumSq: sql`${surveyStats.sumSq} + excluded.sum_sq`,
      },
    });
  const counts: { questionId: string; answer: string }[] = [];
  for (const [questionId, value] of Object.entries(r.answers)) {
    if (Array.isArray(value)) for (const o of value) counts.push({ questionId, answer: o });
    else counts.push({ questionId, answer: String(value) });
  }
  counts.sort((a, b) => (a.questionId + a.answer < b.questionId + b.answer ? -1 : 1));
  if (counts.length)
    await tx
      .insert(surveyAnswerCounts)
      .values(counts.map((c) => ({ surveyId: r.surveyId, phase: r.phase, district, shard, ...c, n: 1 })))
      .onConflictDoUpdate({
        target: [
          surveyAnswerCounts.surveyId,
          surveyAnswerCounts.phase,
          surveyAnswerCounts.district,
          surveyAnswerCounts.questionId,
          surveyAnswerCounts.answer,
          surveyAnswerCounts.shard,
        ],
        set: { n: sql`${surveyAnswerCounts.n} + 1` },
      });
}

export async function findAnswerCounts(db: Tx, surveyId: string) {
  return db
    .select({
      phase: surveyAnswerCounts.phase,
      district: surveyAnswerCounts.district,
      questionId: surveyAnswerCounts.questionId,
      answer: surveyAnswerCounts.answer,
      n: sql<number>`sum(${surveyAnswerCounts.n})::int`,
    })
    .from(surveyAnswerCounts)
    .where(eq(surveyAnswerCounts.surveyId, surveyId))
    .groupBy(
      surveyAnswerCounts.phase,
      surveyAnswerCounts.district,
      surveyAnswerCounts.questionId,
      surveyAnswerCounts.answer,
    );
}

/** Free-text answers to one question, in alphabetical order so nothing hints at who wrote what when. */
export async function findFreeTexts(db: Tx, surveyId: string, questionId: string): Promise<string[]> {
  const rows = await db
    .select({ text: surveyFreeTexts.text })
    .from(surveyFreeTexts)
    .where(and(eq(surveyFreeTexts.surveyId, surveyId), eq(surveyFreeTexts.questionId, questionId)))
    .orderBy(asc(surveyFreeTexts.text));
  return rows.map((r) => r.text);
}

export async function countFreeTexts(db: Tx, surveyId: string) {
  const rows = await db
    .select({ questionId: surveyFreeTexts.questionId, n: sql<number>`count(*)::int` })
    .from(surveyFreeTexts)
    .where(eq(surveyFreeTexts.surveyId, surveyId))
    .groupBy(surveyFreeTexts.questionId);
  return new Map(rows.map((r) => [r.questionId, r.n]));
}

/** Trust moments joined with the attributes of their survey, for one zone (optionally some surveys). */
export async function findTrustMoments(db: Tx, zoneId: string, surveyIds?: string[]) {
  return db
    .select({
      surveyId: surveyStats.surveyId,
      phase: surveyStats.phase,
      quarter: surveyStats.quarter,
      district: surveyStats.district,
      responses: sql<number>`sum(${surveyStats.responses})::int`,
      n: sql<number>`sum(${surveyStats.n})::int`,
      sum: sql<number>`sum(${surveyStats.sum})::float8`,
      sumSq: sql<number>`sum(${surveyStats.sumSq})::float8`,
      kind: surveys.kind,
      targetGroup: surveys.targetGroup,
      surveyDistrict: surveys.district,
      initiativeId: surveys.initiativeId,
      activityId: surveys.activityId,
      baseline: surveys.baseline,
    })
    .from(surveyStats)
    .innerJoin(surveys, eq(surveys.id, surveyStats.surveyId))
    .where(
      and(
        eq(surveyStats.zoneId, zoneId),
        surveyIds
          ? inArray(
              surveyStats.surveyId,
              surveyIds.length ? surveyIds : ['00000000-0000-0000-0000-000000000000'],
            )
          : undefined,
      ),
    )
    .groupBy(
      surveyStats.surveyId,
      surveyStats.phase,
      surveyStats.quarter,
      surveyStats.district,
      surveys.kind,
      surveys.targetGroup,
      surveys.district,
      surveys.initiativeId,
      surveys.activityId,
      surveys.baseline,
    );
}
export type TrustMomentRow = Awaited<ReturnType<typeof findTrustMoments>>[number];

import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { preparedQuery } from '../prepared.ts';
import { surveyAnswerCounts, surveyCodes, surveyFreeTexts, surveyStats, surveys } from '../schema/surveys.ts';

export type SurveyRow = typeof surveys.$inferSelect;
export type SurveyStatsRow = typeof surveyStats.$inferSelect;

const zoneSurveys = preparedQuery(
  'zone_surveys',
  ['zoneId'],
  (db, p) => db.select().from(surveys).where(eq(surveys.zoneId, p.zoneId)).orderBy(desc(surveys.createdAt)),
  'shared',
);

export async function findZoneSurveys(db: Tx, zoneId: string): Promise<SurveyRow[]> {
  return zoneSurveys(db, { zoneId });
}

const zoneSurveysWithResponses = preparedQuery(
  'zone_surveys_with_responses',
  ['zoneId'],
  (db, p) =>
    db
      .select({
        survey: surveys,
        // From the pre-aggregated moments, never by reading responses. The outer row is named in the
        // text: in a select of one table Drizzle writes a column given here without its table.
        responses: sql<number>`(select coalesce(sum(st.responses), 0)::int from ${surveyStats} st
          where st.survey_id = surveys.id)`,
      })
      .from(surveys)
      .where(eq(surveys.zoneId, p.zoneId))
      .orderBy(desc(surveys.createdAt)),
  'shared',
);

/** The zone's surveys, newest first, each with its number of responses: one statement for the list page. */
export async function findZoneSurveysWithResponses(
  db: Tx,
  zoneId: string,
): Promise<{ survey: SurveyRow; responses: number }[]> {
  return zoneSurveysWithResponses(db, { zoneId });
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
const responsesOfSurveys = preparedQuery(
  'responses_of_surveys',
  ['surveyIds'],
  (db, p) =>
    db
      .select({ surveyId: surveyStats.surveyId, n: sql<number>`sum(${surveyStats.responses})::int` })
      .from(surveyStats)
      .where(sql`${surveyStats.surveyId} = any(${p.surveyIds}::uuid[])`)
      .groupBy(surveyStats.surveyId),
  'shared',
);

export async function countResponses(db: Tx, surveyIds: string[]): Promise<Map<string, number>> {
  if (surveyIds.length === 0) return new Map();
  const rows = await responsesOfSurveys(db, { surveyIds });
  return new Map(rows.map((r) => [r.surveyId, r.n]));
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

/** Counter rows per key: concurrent respondents rarely wait for each other's row lock. */
export const COUNTER_SHARDS = 16;

/** How a respondent proves this is their only answer: a single-use code or a per-device token. */
export type ResponseClaim = { kind: 'code'; codeHash: string } | { kind: 'device'; tokenHash: string };

/**
 * Stores responses: for each, claims its code or device token and, when the claim succeeds,
 * writes the response (day only), its free texts apart, and adds it to the pre-aggregated
 * counters. One SQL statement for the whole batch, so one round trip and one commit however many
 * respondents arrive at once; a response whose claim fails (a used code, a device that answered)
 * leaves nothing behind. Returns, per response, whether it was stored. Claims must be distinct
 * within a batch. Raw SQL on purpose: this is the path that hundreds of respondents hit at once.
 */
export async function submitSurveyResponses(
  db: Tx,
  batch: { response: NewResponse; claim: ResponseClaim }[],
): Promise<boolean[]> {
  if (batch.length === 0) return [];
  const shard = Math.floor(Math.random() * COUNTER_SHARDS);
  const input = batch.map(({ response: r, claim }, idx) => {
    const counts: { q: string; a: string }[] = [];
    for (const [q, value] of Object.entries(r.answers)) {
      if (Array.isArray(value)) for (const a of value) counts.push({ q, a });
      else counts.push({ q, a: String(value) });
    }
    return {
      idx,
      zone_id: r.zoneId,
      survey_id: r.surveyId,
      phase: r.phase,
      day: r.day,
      quarter: r.quarter,
      district: r.district,
      answers: r.answers,
      trust_index: r.trustIndex,
      claim_kind: claim.kind,
      claim_hash: claim.kind === 'code' ? claim.codeHash : claim.tokenHash,
      texts: r.freeTexts.map((f) => ({ q: f.questionId, t: f.text })),
      counts,
    };
  });
  // Both drivers answer with `rows`.
  const result = (await db.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${JSON.stringify(input)}::jsonb) as i(
        idx int, zone_id uuid, survey_id uuid, phase text, day date, quarter text, district text,
        answers jsonb, trust_index float8, claim_kind text, claim_hash text, texts jsonb, counts jsonb)),
    device as (
      insert into survey_device_tokens (token_hash, survey_id)
      select claim_hash, survey_id from input where claim_kind = 'device' order by claim_hash
      on conflict do nothing returning token_hash),
    code as (
      update survey_codes c set used = true from input i
       where i.claim_kind = 'code' and c.code_hash = i.claim_hash and c.survey_id = i.survey_id
         and c.phase = i.phase and not c.used
      returning c.code_hash),
    ok as (
      select i.* from input i
       where (i.claim_kind = 'device' and i.claim_hash in (select token_hash from device))
          or (i.claim_kind = 'code' and i.claim_hash in (select code_hash from code))),
    responses as (
      insert into survey_responses (zone_id, survey_id, phase, day, district, answers, trust_index)
      select zone_id, survey_id, phase, day, district, answers, trust_index from ok),
    texts as (
      insert into survey_free_texts (zone_id, survey_id, question_id, text)
      select ok.zone_id, ok.survey_id, t.q, t.t from ok, jsonb_to_recordset(ok.texts) as t(q text, t text)),
    stats as (
      insert into survey_stats (zone_id, survey_id, phase, quarter, district, shard, responses, n, sum, sum_sq)
      select zone_id, survey_id, phase, quarter, coalesce(district, ''), ${shard}::smallint, count(*),
             count(trust_index), coalesce(sum(trust_index), 0), coalesce(sum(trust_index * trust_index), 0)
        from ok group by zone_id, survey_id, phase, quarter, coalesce(district, '')
       order by 2, 3, 4, 5
      on conflict (survey_id, phase, quarter, district, shard) do update
        set responses = survey_stats.responses + excluded.responses, n = survey_stats.n + excluded.n,
            sum = survey_stats.sum + excluded.sum, sum_sq = survey_stats.sum_sq + excluded.sum_sq),
    counts as (
      insert into survey_answer_counts (survey_id, phase, district, question_id, answer, shard, n)
      select ok.survey_id, ok.phase, coalesce(ok.district, ''), c.q, c.a, ${shard}::smallint, count(*)
        from ok, jsonb_to_recordset(ok.counts) as c(q text, a text)
       group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
      on conflict (survey_id, phase, district, question_id, answer, shard) do update
        set n = survey_answer_counts.n + excluded.n)
    select idx from ok`)) as unknown as { rows: { idx: number }[] };
  const stored = new Set(result.rows.map((r) => Number(r.idx)));
  return batch.map((_, i) => stored.has(i));
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

const trustMoments = preparedQuery(
  'trust_moments',
  ['zoneId', 'surveyIds', 'fromQuarter', 'beforeQuarter'],
  (db, p) =>
    db
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
          eq(surveyStats.zoneId, p.zoneId),
          sql`(${p.surveyIds}::uuid[] is null or ${surveyStats.surveyId} = any(${p.surveyIds}::uuid[]))`,
          sql`(${p.fromQuarter}::text is null or ${surveyStats.quarter} >= ${p.fromQuarter}::text)`,
          sql`(${p.beforeQuarter}::text is null or ${surveyStats.quarter} < ${p.beforeQuarter}::text)`,
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
      ),
  'per call',
);

/**
 * Trust moments joined with the attributes of their survey, for one zone (optionally some surveys —
 * none when the list is empty —, optionally only quarters from `fromQuarter` or before
 * `beforeQuarter`, e.g. '2026-Q4'). One prepared statement for every choice of filters.
 */
export async function findTrustMoments(
  db: Tx,
  zoneId: string,
  surveyIds?: string[],
  quarters: { fromQuarter?: string; beforeQuarter?: string } = {},
) {
  return trustMoments(db, {
    zoneId,
    surveyIds: surveyIds ?? null,
    fromQuarter: quarters.fromQuarter || null,
    beforeQuarter: quarters.beforeQuarter || null,
  });
}
export type TrustMomentRow = Awaited<ReturnType<typeof findTrustMoments>>[number];

import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { zones } from './zones.ts';

export const surveys = pgTable(
  'surveys',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    title: jsonb().$type<Record<string, string>>().notNull(),
    kind: text().notNull(),
    /** The initiatives module's activity and initiative; kept as plain ids so surveys stand alone. */
    activityId: uuid(),
    initiativeId: uuid(),
    targetGroup: text(),
    district: text(),
    baseline: boolean().notNull().default(false),
    askDistrict: boolean().notNull().default(false),
    access: text().notNull().default('device'),
    opensOn: date({ mode: 'string' }).notNull(),
    closesOn: date({ mode: 'string' }).notNull(),
    definition: jsonb().notNull(),
    /** The random part of the public link and QR code. */
    publicId: text().notNull(),
    createdBy: uuid().references(() => users.id),
    /** Kept with its results but out of the list: a survey that has answers is archived, never deleted. */
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('surveys_public_id_unique').on(t.publicId),
    index('surveys_zone_idx').on(t.zoneId, t.createdAt),
    index('surveys_initiative_idx').on(t.initiativeId),
  ],
);

/**
 * One anonymous response: which survey and phase, the day (never the time), the district the
 * respondent chose, the numeric and choice answers, and the trust index. No name, e-mail, address,
 * device, code or token is stored with it.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    surveyId: uuid()
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    phase: text().notNull(),
    day: date({ mode: 'string' }).notNull(),
    district: text(),
    answers: jsonb().$type<Record<string, number | string[]>>().notNull(),
    trustIndex: doublePrecision(),
  },
  (t) => [index('survey_responses_survey_idx').on(t.surveyId, t.phase)],
);

/** Free-text answers, kept apart from the rest of the response they came with. */
export const surveyFreeTexts = pgTable(
  'survey_free_texts',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    surveyId: uuid()
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    questionId: text().notNull(),
    text: text().notNull(),
  },
  (t) => [index('survey_free_texts_survey_idx').on(t.surveyId, t.questionId)],
);

/** Trust index moments per survey, phase, quarter and district, kept up to date on every response. */
export const surveyStats = pgTable(
  'survey_stats',
  {
    zoneId: uuid().notNull(),
    surveyId: uuid()
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    phase: text().notNull(),
    quarter: text().notNull(),
    /** '' when the respondent did not say. */
    district: text().notNull(),
    /** Spreads concurrent respondents over several counter rows; readers sum over it. */
    shard: smallint().notNull().default(0),
    responses: integer().notNull(),
    n: integer().notNull(),
    sum: doublePrecision().notNull(),
    sumSq: doublePrecision().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.surveyId, t.phase, t.quarter, t.district, t.shard] }),
    index('survey_stats_zone_idx').on(t.zoneId, t.quarter),
  ],
);

/** How often each answer was given per survey, phase and district, kept up to date on every response. */
export const surveyAnswerCounts = pgTable(
  'survey_answer_counts',
  {
    surveyId: uuid()
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    phase: text().notNull(),
    district: text().notNull(),
    questionId: text().notNull(),
    answer: text().notNull(),
    shard: smallint().notNull().default(0),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.phase, t.district, t.questionId, t.answer, t.shard] })],
);

/** Single-use codes handed out at an activity, stored hashed; whether used, never by which response. */
export const surveyCodes = pgTable(
  'survey_codes',
  {
    codeHash: text().primaryKey(),
    surveyId: uuid()
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    phase: text().notNull(),
    used: boolean().notNull().default(false),
  },
  (t) => [index('survey_codes_survey_idx').on(t.surveyId)],
);

/** Hashes of per-device tokens that answered a survey phase; not linked to the response. */
export const surveyDeviceTokens = pgTable(
  'survey_device_tokens',
  {
    tokenHash: text().primaryKey(),
    surveyId: uuid()
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
  },
  (t) => [index('survey_device_tokens_survey_idx').on(t.surveyId)],
);

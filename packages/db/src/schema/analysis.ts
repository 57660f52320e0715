import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { bureaus } from './bureau.ts';
import { interviews } from './conversations.ts';
import { analysisDocuments } from './refi-qda.ts';
import { roundtables } from './roundtables.ts';
import { zones } from './zones.ts';

/**
 * Roundtable minutes the bureau chose to analyse beside its interviews, each under a source code
 * (`R-01`): analysis refers to sources by code. The minutes themselves stay programme data.
 */
export const analysisRoundtables = pgTable(
  'analysis_roundtables',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id),
    roundtableId: uuid()
      .notNull()
      .references(() => roundtables.id, { onDelete: 'cascade' }),
    pseudonym: text().notNull(),
    createdById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('analysis_roundtables_bureau_roundtable').on(t.bureauId, t.roundtableId),
    unique('analysis_roundtables_bureau_pseudonym').on(t.bureauId, t.pseudonym),
  ],
);

/**
 * The bureau's codebook: hierarchical codes. Names (and their translations), descriptions and memos
 * are sealed with the bureau's data key; only the tree shape, colour and order are in the clear.
 */
export const codes = pgTable(
  'codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id),
    parentId: uuid().references((): AnyPgColumn => codes.id, { onDelete: 'set null' }),
    sealedName: text().notNull(),
    sealedDescription: text().notNull(),
    sealedMemo: text(),
    /** The name in other languages (`{ fr: "…", en: "…" }`), sealed like the name itself. */
    sealedTranslations: text(),
    colour: text().notNull().default('#1c7ed6'),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('codes_bureau_idx').on(t.bureauId, t.parentId, t.position)],
);

/**
 * A coded passage of an interview's notes. The excerpt, its position and memo are sealed with the
 * interview's sub-key, so withdrawing consent erases them with the interview.
 */
export const codings = pgTable(
  'codings',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id),
    /** The source: an interview (excerpt sealed with its sub-key) or chosen roundtable minutes (bureau key). */
    interviewId: uuid().references(() => interviews.id, { onDelete: 'cascade' }),
    roundtableSourceId: uuid().references(() => analysisRoundtables.id, { onDelete: 'cascade' }),
    /** Or a source imported from another QDA tool (excerpt sealed with the bureau key). */
    documentId: uuid().references((): AnyPgColumn => analysisDocuments.id, { onDelete: 'cascade' }),
    sealedExcerpt: text().notNull(),
    sealedMemo: text(),
    createdById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('codings_bureau_interview_idx').on(t.bureauId, t.interviewId),
    index('codings_roundtable_source_idx').on(t.roundtableSourceId),
    check(
      'codings_one_source',
      sql`num_nonnulls(${t.interviewId}, ${t.roundtableSourceId}, ${t.documentId}) = 1`,
    ),
    index('codings_document_idx').on(t.documentId),
  ],
);

/** Which codes a passage carries (ids only; counts and co-occurrence come from here). */
export const codingCodes = pgTable(
  'coding_codes',
  {
    codingId: uuid()
      .notNull()
      .references(() => codings.id, { onDelete: 'cascade' }),
    codeId: uuid()
      .notNull()
      .references(() => codes.id, { onDelete: 'cascade' }),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
  },
  (t) => [primaryKey({ columns: [t.codingId, t.codeId] }), index('coding_codes_code_idx').on(t.codeId)],
);

/**
 * A theme-suggestion run over the bureau's passages. It runs in the server process that holds the
 * unlocked key (the key never goes into a queue); the result, which quotes passages, is sealed.
 */
export const themeRuns = pgTable(
  'theme_runs',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id),
    /** running | done | failed */
    status: text().notNull().default('running'),
    /** 0–100 */
    progress: integer().notNull().default(0),
    passages: integer().notNull().default(0),
    sealedResult: text(),
    error: text(),
    createdById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('theme_runs_bureau_idx').on(t.bureauId, t.createdAt)],
);

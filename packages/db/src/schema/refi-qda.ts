import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { codes } from './analysis.ts';
import { bureaus } from './bureau.ts';
import { zones } from './zones.ts';

/**
 * Sources a bureau brought in from another QDA tool (REFI-QDA import): the name, the text and the
 * memo are sealed with the bureau's data key in the researcher's browser (`document:<id>:<field>`).
 * Coded passages refer to them through `codings.document_id`.
 */
export const analysisDocuments = pgTable(
  'analysis_documents',
  {
    id: uuid().primaryKey(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id),
    sealedName: text().notNull(),
    sealedText: text().notNull(),
    sealedMemo: text(),
    createdById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('analysis_documents_bureau_idx').on(t.bureauId, t.createdAt)],
);

/** Free-standing notes and memos of the analysis (`memo:<id>:name`, `memo:<id>:text`, sealed). */
export const analysisMemos = pgTable(
  'analysis_memos',
  {
    id: uuid().primaryKey(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id),
    sealedName: text().notNull(),
    sealedText: text().notNull(),
    createdById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('analysis_memos_bureau_idx').on(t.bureauId, t.createdAt)],
);

/** Sets of codes and sources, as REFI-QDA has them (`set:<id>:name`, `set:<id>:description`). */
export const analysisSets = pgTable(
  'analysis_sets',
  {
    id: uuid().primaryKey(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id),
    sealedName: text().notNull(),
    sealedDescription: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('analysis_sets_bureau_idx').on(t.bureauId)],
);

export const analysisSetMembers = pgTable(
  'analysis_set_members',
  {
    id: uuid().primaryKey().defaultRandom(),
    setId: uuid()
      .notNull()
      .references(() => analysisSets.id, { onDelete: 'cascade' }),
    codeId: uuid().references(() => codes.id, { onDelete: 'cascade' }),
    documentId: uuid().references(() => analysisDocuments.id, { onDelete: 'cascade' }),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
  },
  (t) => [
    index('analysis_set_members_set_idx').on(t.setId),
    check('analysis_set_members_one', sql`num_nonnulls(${t.codeId}, ${t.documentId}) = 1`),
  ],
);

/**
 * The GUID an item carried in a REFI-QDA file, beside the row it became: a re-import of the same
 * project merges into these rows, and an export writes the GUID back for the tool it came from.
 * GUIDs are stored as the tool wrote them; `guid_key` is lower case without braces.
 */
export const exchangeIds = pgTable(
  'exchange_ids',
  {
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    /** code | document | coding | memo | set */
    kind: text().notNull(),
    guidKey: text().notNull(),
    guid: text().notNull(),
    rowId: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.bureauId, t.kind, t.guidKey] }),
    index('exchange_ids_row_idx').on(t.bureauId, t.rowId),
  ],
);

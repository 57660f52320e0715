import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { bureaus } from './bureau.ts';
import { zones } from './zones.ts';

export type PublishedBreakdown = { dimension: string; cells: { label: string; sources: number }[] };

/**
 * A finding of the research bureau. While it is a draft, everything it says (statement,
 * translations, theme, the pseudonymous sources and codes that support it) is sealed with the
 * bureau's data key in `sealedDraft`. Publishing copies the anonymised statement into the clear
 * columns, readable by every role; the sources and codes stay sealed.
 */
export const findings = pgTable(
  'findings',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id),
    /** improvement_point | need | initiative_idea | creative_idea */
    kind: text().notNull(),
    /** draft | published */
    status: text().notNull().default('draft'),
    sealedDraft: text().notNull(),
    statement: text(),
    translations: jsonb().$type<Record<string, string>>(),
    theme: text(),
    breakdown: jsonb().$type<PublishedBreakdown>(),
    publishedAt: timestamp({ withTimezone: true }),
    publishedById: uuid().references(() => users.id),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('findings_zone_status_idx').on(t.zoneId, t.status, t.publishedAt),
    index('findings_bureau_idx').on(t.bureauId, t.updatedAt),
  ],
);

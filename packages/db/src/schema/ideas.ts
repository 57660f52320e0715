import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { zones } from './zones.ts';

/** The ideas box. The author is always stored; `showName` decides whether others see who it is. */
export const ideas = pgTable(
  'ideas',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    showName: boolean().notNull().default(true),
    title: text().notNull(),
    description: text().notNull(),
    /** new → under_consideration → turned_into_initiative | not_now */
    status: text().notNull().default('new'),
    /** Why not now: shown to the submitter. */
    statusReason: text(),
    initiativeId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ideas_zone_idx').on(t.zoneId, t.status, t.createdAt),
    // The ideas box's pages, newest first: read in order and stopped at the page's end, where the
    // index above made every page sort all the zone's ideas.
    index('ideas_zone_recent_idx').on(t.zoneId, t.createdAt.desc().nullsFirst(), t.id),
  ],
);

export const ideaComments = pgTable(
  'idea_comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    ideaId: uuid()
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('idea_comments_idea_idx').on(t.ideaId, t.createdAt)],
);

export const ideaEndorsements = pgTable(
  'idea_endorsements',
  {
    ideaId: uuid()
      .notNull()
      .references(() => ideas.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.userId] })],
);

import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { zones } from './zones.ts';

/** The independent research bureau a zone works with (one per zone). */
export const bureaus = pgTable(
  'bureaus',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdById: uuid().references(() => users.id),
  },
  (t) => [uniqueIndex('bureaus_zone_unique').on(t.zoneId)],
);

/** Researcher accounts belonging to a bureau. Membership alone opens nothing: the vault key does. */
export const bureauMembers = pgTable(
  'bureau_members',
  {
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    addedById: uuid().references(() => users.id),
  },
  (t) => [
    uniqueIndex('bureau_members_user_unique').on(t.userId),
    index('bureau_members_bureau_idx').on(t.bureauId),
  ],
);

import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { contacts } from './partners.ts';
import { zones } from './zones.ts';

/** A group conversation with police present. Agenda and minutes are programme data, not confidential. */
export const roundtables = pgTable(
  'roundtables',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull(),
    agenda: text().notNull().default(''),
    minutes: text().notNull().default(''),
    /** iCalendar SEQUENCE of the roundtable's event: raised when date or place change. */
    sequence: integer().notNull().default(0),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('roundtables_zone_idx').on(t.zoneId, t.startsAt)],
);

/** Invited internal participants (users) and external ones (contacts), with their attendance. */
export const roundtableParticipants = pgTable(
  'roundtable_participants',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    roundtableId: uuid()
      .notNull()
      .references(() => roundtables.id, { onDelete: 'cascade' }),
    /** internal | external */
    kind: text().notNull(),
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    contactId: uuid().references(() => contacts.id, { onDelete: 'cascade' }),
    /** invited | confirmed | declined | attended | absent */
    attendance: text().notNull().default('invited'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('roundtable_participants_rt_idx').on(t.roundtableId)],
);

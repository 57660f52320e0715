import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { bureaus } from './bureau.ts';
import { invitations } from './outreach.ts';
import { zones } from './zones.ts';

/**
 * A confidential interview. Everything that says who or what is sealed with the interview's own
 * sub-key, itself wrapped by the bureau's data key: withdrawing consent deletes `wrappedSubKey` and
 * the content is gone for good. No column links an interview to an invitation, booking or
 * organisation in the clear; that link lives inside `sealedSource`. The browser seals every field.
 *
 * What stays in the clear is what the server must check: `status` and `consentGiven` decide whether
 * the interview counts as a source for k at publication (held, consent given, not withdrawn). Dates
 * are kept to the day (midnight UTC) and no column names who created it, so that the row cannot be
 * matched with a booked hour or a researcher's slot.
 */
export const interviews = pgTable(
  'interviews',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id),
    pseudonym: text().notNull(),
    /** open | held | withdrawn */
    status: text().notNull().default('open'),
    wrappedSubKey: text(),
    sealedSource: text(),
    sealedConsent: text(),
    sealedNotes: text(),
    notesVersion: integer().notNull().default(0),
    /** Whether the sealed consent record says consent was given (the server checks it for k). */
    consentGiven: boolean().notNull().default(false),
    /** Day only (midnight UTC). */
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`date_trunc('day', now(), 'UTC')`),
    /** Day only (midnight UTC). */
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`date_trunc('day', now(), 'UTC')`),
    /** Day only (midnight UTC). */
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('interviews_bureau_pseudonym_unique').on(t.bureauId, t.pseudonym),
    index('interviews_zone_idx').on(t.zoneId, t.createdAt),
  ],
);

/** A time a researcher offers for a conversation, at a place or by video. */
export const slots = pgTable(
  'slots',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    bureauId: uuid()
      .notNull()
      .references(() => bureaus.id),
    researcherId: uuid()
      .notNull()
      .references(() => users.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    /** place | video */
    mode: text().notNull(),
    location: text(),
    videoUrl: text(),
    cancelledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('slots_zone_start_idx').on(t.zoneId, t.startsAt)],
);

/** At most one live booking per slot, enforced by the database (partial unique index). */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    slotId: uuid()
      .notNull()
      .references(() => slots.id),
    invitationId: uuid().references(() => invitations.id, { onDelete: 'set null' }),
    /** booked | cancelled */
    status: text().notNull().default('booked'),
    /** iCalendar SEQUENCE: raised on every change so calendars replace the event. */
    sequence: integer().notNull().default(0),
    icsUid: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp({ withTimezone: true }),
    /** bureau | invitee */
    cancelledBy: text(),
  },
  (t) => [
    uniqueIndex('bookings_slot_live_unique').on(t.slotId).where(sql`status = 'booked'`),
    index('bookings_invitation_idx').on(t.invitationId),
  ],
);

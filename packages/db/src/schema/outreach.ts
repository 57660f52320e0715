import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { contacts, organisations, waves } from './partners.ts';
import { roundtables } from './roundtables.ts';
import { zones } from './zones.ts';

/**
 * An invitation to a contact for a confidential interview or a roundtable, answered through a
 * personal link (only its hash is stored). Status and dates are programme data, seen by the
 * coordinator; the consent record and any proposed time are sealed for the bureau (`sealedAnswer`).
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    contactId: uuid()
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    waveId: uuid().references(() => waves.id, { onDelete: 'set null' }),
    /** interview | roundtable */
    kind: text().notNull(),
    roundtableId: uuid().references(() => roundtables.id, { onDelete: 'set null' }),
    language: text().notNull().default('nl'),
    tokenHash: text().notNull(),
    /** Lets the contact cancel or move a booked conversation; sent in the confirmation. */
    manageTokenHash: text(),
    /** sent | opened | accepted | declined | proposed */
    status: text().notNull().default('sent'),
    sealedAnswer: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp({ withTimezone: true }),
    answeredAt: timestamp({ withTimezone: true }),
    reminderSentAt: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => users.id),
  },
  (t) => [
    uniqueIndex('invitations_token_unique').on(t.tokenHash),
    uniqueIndex('invitations_manage_token_unique').on(t.manageTokenHash),
    index('invitations_zone_org_idx').on(t.zoneId, t.organisationId),
  ],
);

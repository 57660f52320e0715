import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';

/**
 * Every password reset, from request to completion, so that none happens behind the person's back:
 * who asked (a logged-in user, or anonymous with the address typed), whether a bureau member had to
 * confirm it, and whether the person has seen the notice in the app.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** sha256 of the reset link's token (the link itself is never stored). */
    tokenHash: text().notNull(),
    /** The logged-in user who asked, or null when asked anonymously. */
    requestedById: uuid(),
    /** The address typed in the request form. */
    requestedAddress: text().notNull(),
    /** requested → done, or requested → awaiting-confirmation → done | refused. */
    status: text().notNull().default('requested'),
    /** A researcher's new password, waiting for another bureau member's confirmation. */
    pendingPasswordHash: text(),
    confirmedById: uuid(),
    /** Until when a bureau member may confirm. */
    confirmBefore: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    noticeSeenAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('password_resets_user_idx').on(t.userId), index('password_resets_token_idx').on(t.tokenHash)],
);

import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type MailAttachment = { filename: string; content: string; contentType: string };

/**
 * Every e-mail Brug sends. What is stored readable is what an admin may read: recipient, subject,
 * language, status and a body whose personal links (links that act as a person) are redacted. The
 * message as it will be delivered is kept only in `sealed`, encrypted with the mail key that lives
 * outside the database (MAIL_KEY or the data folder), and deleted once the SMTP server accepted it.
 */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid(),
    to: text().notNull(),
    subject: text().notNull(),
    /** The body with every personal link redacted; empty for a confidential message. */
    text: text().notNull(),
    html: text(),
    /** Attachments an admin may see; those of a confidential message live only in `sealed`. */
    attachments: jsonb().$type<MailAttachment[]>().notNull().default([]),
    /** nl, fr or en; null for messages written before it was recorded. */
    language: text(),
    /** About a confidential conversation: the body is for the research bureau only. */
    confidential: boolean().notNull().default(false),
    /** What the message is for, when a rule depends on it ('account-invitation' may be handed over). */
    purpose: text(),
    /** The user the message is about (the invited user of an account invitation). */
    userId: uuid(),
    /** AES-256-GCM of the deliverable message under the mail key; null once delivered. */
    sealed: text(),
    /** queued → sent | failed; 'outbox' when no SMTP server is configured. */
    status: text().notNull().default('queued'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('mail_zone_idx').on(t.zoneId, t.createdAt)],
);

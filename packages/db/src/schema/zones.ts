import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const zones = pgTable('zones', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  defaultLanguage: text().notNull().default('nl'),
  districts: jsonb().$type<string[]>().notNull().default([]),
  publicationK: integer().notNull().default(3),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

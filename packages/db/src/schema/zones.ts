import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const zones = pgTable('zones', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  defaultLanguage: text().notNull().default('nl'),
  districts: jsonb().$type<string[]>().notNull().default([]),
  /** Belgian postcodes per district name: an import fills a missing district from a row's postcode. */
  districtPostcodes: jsonb().$type<Record<string, string[]>>().notNull().default({}),
  publicationK: integer().notNull().default(3),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

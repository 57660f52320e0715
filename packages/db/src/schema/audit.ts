import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained. A trigger (migration 0001) refuses UPDATE and DELETE; `brug audit verify`
 * recomputes the chain to catch changes made by someone who bypassed it.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey(),
    zoneId: uuid(),
    at: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
    actorId: uuid(),
    actorEmail: text(),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    /** Never confidential content: ids, field names, counts. */
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** Who may read the entry: 'zone' (admin, coordinator) or 'bureau' (researchers only). */
    scope: text().notNull().default('zone'),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [index('audit_zone_idx').on(t.zoneId, t.id), index('audit_action_idx').on(t.action)],
);

import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** An entry's own fields, for the chain and for the entries waiting for their commit. */
const entryColumns = () => ({
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
});

/**
 * Append-only, hash-chained. A trigger (migration 0001) refuses UPDATE and DELETE; `brug audit verify`
 * recomputes the chain to catch changes made by someone who bypassed it.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey(),
    ...entryColumns(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [index('audit_zone_idx').on(t.zoneId, t.id), index('audit_action_idx').on(t.action)],
);

/**
 * Entries of a transaction not yet committed. A deferred trigger (migration 0027) chains each into
 * `audit_log` as the transaction commits and removes it here: the chain's lock is then held for the
 * commit alone, not while the app server's event loop comes back to send it. Empty outside a
 * transaction.
 */
export const auditPending = pgTable('audit_pending', {
  seq: bigserial({ mode: 'number' }).primaryKey(),
  ...entryColumns(),
  /** Every field after the id as `hashAuditEntry` writes it: the hash is computed from it. */
  canonicalTail: text().notNull(),
});

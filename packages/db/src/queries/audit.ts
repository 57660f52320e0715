import { createHash } from 'node:crypto';
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  type InferSelectModel,
  inArray,
  lt,
  type Placeholder,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../client.ts';
import { preparedQuery } from '../prepared.ts';
import { auditLog, auditPending } from '../schema/audit.ts';

export type AuditInput = {
  zoneId: string | null;
  actorId?: string | null;
  actorEmail?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  scope?: 'zone' | 'bureau';
};

const GENESIS = '0'.repeat(64);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

type ChainFields = {
  id: number;
  zoneId: string | null;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  scope: string;
  prevHash: string;
};

export function hashAuditEntry(e: ChainFields): string {
  return createHash('sha256')
    .update(e.prevHash)
    .update(`[${canonical(e.id)},${canonicalTail(e)}`)
    .digest('hex');
}

/** The canonical JSON of an entry after its id, to the closing bracket: `id` and the previous hash join it in the database. */
function canonicalTail(e: Omit<ChainFields, 'id' | 'prevHash'>): string {
  const at = new Date(e.at).toISOString();
  return canonical([
    e.zoneId,
    at,
    e.actorId,
    e.actorEmail,
    e.action,
    e.targetType,
    e.targetId,
    e.details,
    e.scope,
  ]).slice(1);
}

const appendListeners = new Set<() => void>();

/**
 * Called after every appended entry (inside its transaction, before the commit): the audit anchor
 * uses it to write a signed checkpoint of the head, outside the database, once the burst is over.
 */
export function onAuditAppended(listener: () => void): () => void {
  appendListeners.add(listener);
  return () => appendListeners.delete(listener);
}

/** The last entry of the chain (id and hash), or undefined for an empty log. */
export async function auditHead(db: Db): Promise<{ id: number; hash: string } | undefined> {
  const [last] = await db
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  return last;
}

/** The stored hashes of the given entries (missing ids are absent from the map). */
export async function auditHashes(db: Db, ids: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .select({ id: auditLog.id, hash: auditLog.hash })
      .from(auditLog)
      .where(inArray(auditLog.id, ids.slice(i, i + 1000)));
    for (const r of rows) out.set(r.id, r.hash);
  }
  return out;
}

/**
 * Appends one entry to the chain, inside the transaction of the change it records: the entry waits in
 * `audit_pending` and is chained as the transaction commits (a deferred trigger, migration 0027, calls
 * `brug_audit_append` of migration 0026, which takes the chain's lock, reads the head and inserts the
 * entry with its hash). Outside a transaction the statement is its own transaction.
 */
/** Every write appends one entry: the insert is built once (`preparedQuery`), in a transaction too. */
const insertPending = preparedQuery(
  'audit_pending_insert',
  [
    'zoneId',
    'at',
    'actorId',
    'actorEmail',
    'action',
    'targetType',
    'targetId',
    'details',
    'scope',
    'canonicalTail',
  ],
  (tx, p) => tx.insert(auditPending).values(p),
  'shared',
);

function entryFields(input: AuditInput) {
  const fields = {
    zoneId: input.zoneId,
    at: new Date().toISOString(),
    actorId: input.actorId ?? null,
    actorEmail: input.actorEmail ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    details: input.details ?? {},
    scope: input.scope ?? 'zone',
  };
  return { ...fields, canonicalTail: canonicalTail(fields) };
}

export async function appendAudit(tx: Tx, input: AuditInput): Promise<void> {
  await insertPending(tx, entryFields(input));
  for (const listener of appendListeners) listener();
}

/** The audit entry's values in a write of `auditedWrite`, each under its own placeholder. */
const ENTRY_KEYS = {
  zoneId: 'audit_zone_id',
  at: 'audit_at',
  actorId: 'audit_actor_id',
  actorEmail: 'audit_actor_email',
  action: 'audit_action',
  targetType: 'audit_target_type',
  targetId: 'audit_target_id',
  details: 'audit_details',
  scope: 'audit_scope',
  canonicalTail: 'audit_canonical_tail',
} as const;
type EntryKey = (typeof ENTRY_KEYS)[keyof typeof ENTRY_KEYS];

/**
 * A write of one row and its audit entry in one statement, with no transaction around them: the write
 * is a data-modifying CTE (`with written as (insert … returning …)`), and the entry is inserted into
 * `audit_pending` from it, so there is an entry exactly when the write changed a row, and the deferred
 * trigger chains it as the statement's own transaction commits. Before, a write was four round trips
 * to the database (`begin`, the write, the entry, `commit`); under load each is a send that wakes it.
 *
 * `write` builds the insert or update with `.returning()` (every column of `table`) from placeholders,
 * once, as `preparedQuery` does; the entry's values are the caller's `AuditInput`, so whatever the entry
 * names must be known before the write (an id the caller makes, not the database's default).
 */
export function auditedWrite<const K extends string, T extends PgTable>(
  name: string,
  keys: readonly K[],
  table: T,
  write: (db: Tx, values: Record<K, Placeholder<K>>) => { getSQL(): SQL },
): (db: Tx, values: Record<K, unknown>, entry: AuditInput) => Promise<InferSelectModel<T>[]> {
  const run = preparedQuery(
    name,
    [...keys, ...Object.values(ENTRY_KEYS)] as readonly (K | EntryKey)[],
    (db, p) => {
      const written = db
        .$with('written', getTableColumns(table) as Record<string, never>)
        .as(write(db, p as Record<K, Placeholder<K>>).getSQL());
      const e = (key: keyof typeof ENTRY_KEYS) => p[ENTRY_KEYS[key]];
      const entry = db.$with('audit_entry', {}).as(
        sql`insert into ${auditPending} (zone_id, at, actor_id, actor_email, action, target_type, target_id,
            details, scope, canonical_tail)
          select ${e('zoneId')}::uuid, ${e('at')}::timestamptz, ${e('actorId')}::uuid, ${e('actorEmail')}::text,
            ${e('action')}::text, ${e('targetType')}::text, ${e('targetId')}::text, ${e('details')}::jsonb,
            ${e('scope')}::text, ${e('canonicalTail')}::text
          where exists (select 1 from written)`,
      );
      return db.with(written, entry).select().from(written);
    },
    'shared',
  );
  return async (db, values, input) => {
    const fields = entryFields(input);
    const entryValues = Object.fromEntries(
      Object.entries(ENTRY_KEYS).map(([field, key]) => [
        key,
        field === 'details' ? JSON.stringify(fields.details) : fields[field as keyof typeof fields],
      ]),
    );
    const all = { ...values, ...entryValues } as Record<K | EntryKey, unknown>;
    const rows = (await run(db, all)) as unknown as InferSelectModel<T>[];
    if (rows.length > 0) for (const listener of appendListeners) listener();
    return rows;
  };
}

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/** Recomputes the whole chain in id order, in batches. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS;
  let expectedId = 1;
  let count = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, expectedId - 1))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, entries: count };
    for (const row of rows) {
      if (row.id !== expectedId)
        return { ok: false, entries: count, brokenAt: expectedId, reason: 'entry missing' };
      if (row.prevHash !== prevHash)
        return { ok: false, entries: count, brokenAt: row.id, reason: 'link broken' };
      if (hashAuditEntry(row) !== row.hash)
        return { ok: false, entries: count, brokenAt: row.id, reason: 'entry changed' };
      prevHash = row.hash;
      expectedId++;
      count++;
    }
  }
}

export type AuditFilter = {
  zoneId: string;
  scope: 'zone' | 'bureau';
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

export async function findAuditEntries(db: Db, f: AuditFilter) {
  const where = and(
    eq(auditLog.zoneId, f.zoneId),
    eq(auditLog.scope, f.scope),
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.action ? sql`${auditLog.action} like ${`${f.action.replace(/[%_\\]/g, '\\$&')}%`}` : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lt(auditLog.at, sql`(${f.to}::date + 1)`) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { items, total };
}

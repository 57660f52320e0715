import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
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

export async function appendAudit(tx: Tx, input: AuditInput): Promise<void> {
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
  await insertPending(tx, { ...fields, canonicalTail: canonicalTail(fields) });
  for (const listener of appendListeners) listener();
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

import { schema, type Tx } from '@brug/db';
import { AppError, type ConsentRecord } from '@brug/domain';
import { and, desc, eq, isNotNull, like, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { auditBureau, newSubKey, type UnlockedVault, unwrapSubKey } from '../vault/access.ts';
import { open, seal } from '../vault/crypto.ts';

type InterviewRow = typeof schema.interviews.$inferSelect;
const subKeyContext = (id: string) => `interview:${id}`;
const fieldAad = (id: string, field: 'source' | 'consent' | 'notes') => `interview:${id}:${field}`;

/** Opened fields of an interview; only for the researcher's own screen, never for lists or logs. */
export type OpenedInterview = {
  row: InterviewRow;
  source: string | null;
  consent: ConsentRecord | null;
  notesHtml: string | null;
};

async function getRow(tx: Tx, vault: UnlockedVault, id: string): Promise<InterviewRow> {
  const [row] = await tx
    .select()
    .from(schema.interviews)
    .where(
      and(
        eq(schema.interviews.id, id),
        eq(schema.interviews.bureauId, vault.bureauId),
        eq(schema.interviews.zoneId, vault.zoneId),
      ),
    )
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'No such interview');
  return row;
}

async function nextPseudonym(tx: Tx, bureauId: string): Promise<string> {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(substring(${schema.interviews.pseudonym} from 3)::int), 0)::int` })
    .from(schema.interviews)
    .where(and(eq(schema.interviews.bureauId, bureauId), like(schema.interviews.pseudonym, 'B-%')));
  return `B-${String((row?.n ?? 0) + 1).padStart(2, '0')}`;
}

export async function createInterview(
  ctx: AppContext,
  vault: UnlockedVault,
  input: { pseudonym?: string; source: string; consent: ConsentRecord },
) {
  return ctx.database.db.transaction(async (tx) => {
    const pseudonym = input.pseudonym ?? (await nextPseudonym(tx, vault.bureauId));
    const [taken] = await tx
      .select({ id: schema.interviews.id })
      .from(schema.interviews)
      .where(and(eq(schema.interviews.bureauId, vault.bureauId), eq(schema.interviews.pseudonym, pseudonym)));
    if (taken)
      throw new AppError('CONFLICT', 'Pseudonym in use', { fields: { pseudonym: 'already in use' } });
    const id = crypto.randomUUID();
    const sub = newSubKey(vault, subKeyContext(id));
    try {
      const [row] = await tx
        .insert(schema.interviews)
        .values({
          id,
          zoneId: vault.zoneId,
          bureauId: vault.bureauId,
          pseudonym,
          wrappedSubKey: sub.wrapped,
          sealedSource: seal(sub.key, input.source, fieldAad(id, 'source')),
          sealedConsent: seal(sub.key, JSON.stringify(input.consent), fieldAad(id, 'consent')),
          sealedNotes: seal(sub.key, '', fieldAad(id, 'notes')),
        })
        .returning();
      await auditBureau(tx, vault, 'interview.create', { type: 'interview', id }, { pseudonym });
      return row;
    } finally {
      sub.key.fill(0);
    }
  });
}

/** Pseudonyms, status and dates only: a list never opens a sealed field. */
export async function listInterviews(ctx: AppContext, vault: UnlockedVault) {
  return ctx.database.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(schema.interviews)
      .where(and(eq(schema.interviews.bureauId, vault.bureauId), eq(schema.interviews.zoneId, vault.zoneId)))
      .orderBy(desc(schema.interviews.createdAt));
    await auditBureau(
      tx,
      vault,
      'interview.list',
      { type: 'bureau', id: vault.bureauId },
      { count: rows.length },
    );
    return rows;
  });
}

function openRow(vault: UnlockedVault, row: InterviewRow): OpenedInterview {
  if (!row.wrappedSubKey) return { row, source: null, consent: null, notesHtml: null };
  const key = unwrapSubKey(vault, row.wrappedSubKey, subKeyContext(row.id));
  try {
    const text = (sealed: string | null, field: 'source' | 'consent' | 'notes') =>
      sealed ? open(key, sealed, fieldAad(row.id, field)).toString('utf8') : null;
    const consent = text(row.sealedConsent, 'consent');
    return {
      row,
      source: text(row.sealedSource, 'source'),
      consent: consent ? (JSON.parse(consent) as ConsentRecord) : null,
      notesHtml: text(row.sealedNotes, 'notes'),
    };
  } finally {
    key.fill(0);
  }
}

/** Opens one interview for its researcher; the read is audited (bureau scope, no content). */
export async function readInterview(
  ctx: AppContext,
  vault: UnlockedVault,
  id: string,
): Promise<OpenedInterview> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getRow(tx, vault, id);
    await auditBureau(tx, vault, 'interview.read', { type: 'interview', id });
    return openRow(vault, row);
  });
}

/**
 * Autosave of the notes (rich text as HTML). `baseVersion` is the version the editor loaded: a save
 * over someone else's newer text is refused with 409 instead of silently overwriting it.
 */
export async function saveNotes(
  ctx: AppContext,
  vault: UnlockedVault,
  id: string,
  html: string,
  baseVersion: number,
) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getRow(tx, vault, id);
    if (!row.wrappedSubKey) throw new AppError('GONE', 'Consent was withdrawn; this interview is erased');
    const key = unwrapSubKey(vault, row.wrappedSubKey, subKeyContext(id));
    let sealed: string;
    try {
      sealed = seal(key, html, fieldAad(id, 'notes'));
    } finally {
      key.fill(0);
    }
    const [saved] = await tx
      .update(schema.interviews)
      .set({ sealedNotes: sealed, notesVersion: baseVersion + 1, updatedAt: new Date() })
      .where(
        and(
          eq(schema.interviews.id, id),
          eq(schema.interviews.notesVersion, baseVersion),
          isNotNull(schema.interviews.wrappedSubKey),
        ),
      )
      .returning();
    if (!saved) {
      throw new AppError('CONFLICT', 'The notes changed since you opened them; reload first', {
        fields: { baseVersion: `current version is ${row.notesVersion}` },
      });
    }
    await auditBureau(
      tx,
      vault,
      'interview.notes.save',
      { type: 'interview', id },
      { version: saved.notesVersion },
    );
    return saved;
  });
}

export async function updateInterview(
  ctx: AppContext,
  vault: UnlockedVault,
  id: string,
  input: { status?: 'open' | 'held'; consent?: ConsentRecord },
) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getRow(tx, vault, id);
    if (!row.wrappedSubKey) throw new AppError('GONE', 'Consent was withdrawn; this interview is erased');
    const set: Partial<typeof schema.interviews.$inferInsert> = { updatedAt: new Date() };
    if (input.status) set.status = input.status;
    if (input.consent) {
      const key = unwrapSubKey(vault, row.wrappedSubKey, subKeyContext(id));
      set.sealedConsent = seal(key, JSON.stringify(input.consent), fieldAad(id, 'consent'));
      key.fill(0);
    }
    const [updated] = await tx
      .update(schema.interviews)
      .set(set)
      .where(eq(schema.interviews.id, id))
      .returning();
    await auditBureau(
      tx,
      vault,
      'interview.update',
      { type: 'interview', id },
      { fields: Object.keys(input) },
    );
    return openRow(vault, updated);
  });
}

/**
 * Withdrawal of consent: the wrapped sub-key and every sealed field are deleted in one transaction.
 * Without the sub-key no copy of the ciphertext (backup, replica) can be opened, even with the data key.
 */
export async function withdrawInterview(ctx: AppContext, vault: UnlockedVault, id: string) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getRow(tx, vault, id);
    if (!row.wrappedSubKey) throw new AppError('GONE', 'Consent was already withdrawn');
    const [updated] = await tx
      .update(schema.interviews)
      .set({
        status: 'withdrawn',
        wrappedSubKey: null,
        sealedSource: null,
        sealedConsent: null,
        sealedNotes: null,
        withdrawnAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(schema.interviews.id, id))
      .returning();
    await auditBureau(
      tx,
      vault,
      'interview.withdraw',
      { type: 'interview', id },
      { pseudonym: row.pseudonym },
    );
    return updated;
  });
}

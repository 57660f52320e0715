import { schema, type Tx } from '@brug/db';
import { AppError } from '@brug/domain';
import { sealForBureau } from '@brug/vault-crypto';
import { and, desc, eq, isNotNull, like, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { auditBureau, findBureauPublicKey, type ResearcherScope } from '../vault/access.ts';

type InterviewRow = typeof schema.interviews.$inferSelect;

/** An editing session ends after this long without a save; the next save opens a new one (audited). */
export const NOTES_SESSION_QUIET_MINUTES = 30;
/** Context of the sealed audit details of an interview (opened by the bureau with its private key). */
export const INTERVIEW_AUDIT_CONTEXT = 'audit:interview';

/** Midnight UTC of today: interview rows keep days, never times (a time could match a booked hour). */
export function today(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

const gone = () => new AppError('GONE', 'Consent was withdrawn; this interview is erased');

async function getRow(tx: Tx, scope: ResearcherScope, id: string): Promise<InterviewRow> {
  const [row] = await tx
    .select()
    .from(schema.interviews)
    .where(
      and(
        eq(schema.interviews.id, id),
        eq(schema.interviews.bureauId, scope.bureauId),
        eq(schema.interviews.zoneId, scope.zoneId),
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

/**
 * Audit of an interview, in the bureau scope. The row names the bureau, not the interview: which
 * interview (id, pseudonym) is sealed to the bureau's public key, so that the police admin cannot
 * set an audit time beside a booked hour and learn whose interview it was.
 */
async function auditInterview(
  tx: Tx,
  scope: ResearcherScope,
  action: string,
  row: Pick<InterviewRow, 'id' | 'pseudonym'>,
) {
  const key = await findBureauPublicKey(tx, scope.bureauId);
  const sealed = key
    ? await sealForBureau(
        key.bureauId,
        key.publicKey,
        JSON.stringify({ interviewId: row.id, pseudonym: row.pseudonym }),
        INTERVIEW_AUDIT_CONTEXT,
      )
    : null;
  await auditBureau(tx, scope, action, { type: 'bureau', id: scope.bureauId }, sealed ? { sealed } : {});
}

export async function createInterview(
  ctx: AppContext,
  scope: ResearcherScope,
  input: {
    id: string;
    pseudonym?: string;
    wrappedSubKey: string;
    sealedSource: string;
    sealedConsent: string;
    sealedNotes: string;
    consentGiven: boolean;
  },
) {
  return ctx.database.db.transaction(async (tx) => {
    const pseudonym = input.pseudonym ?? (await nextPseudonym(tx, scope.bureauId));
    const [taken] = await tx
      .select({ id: schema.interviews.id, pseudonym: schema.interviews.pseudonym })
      .from(schema.interviews)
      .where(
        sql`${schema.interviews.id} = ${input.id} or (${schema.interviews.bureauId} = ${scope.bureauId} and ${schema.interviews.pseudonym} = ${pseudonym})`,
      );
    if (taken?.id === input.id)
      throw new AppError('CONFLICT', 'This interview exists already', { fields: { id: 'already in use' } });
    if (taken)
      throw new AppError('CONFLICT', 'Pseudonym in use', { fields: { pseudonym: 'already in use' } });
    const day = today();
    const [row] = await tx
      .insert(schema.interviews)
      .values({
        id: input.id,
        zoneId: scope.zoneId,
        bureauId: scope.bureauId,
        pseudonym,
        wrappedSubKey: input.wrappedSubKey,
        sealedSource: input.sealedSource,
        sealedConsent: input.sealedConsent,
        sealedNotes: input.sealedNotes,
        consentGiven: input.consentGiven,
        createdAt: day,
        updatedAt: day,
      })
      .returning();
    await auditInterview(tx, scope, 'interview.create', row);
    return row;
  });
}

/** Pseudonyms, status and days only: a list carries no sealed field. */
export async function listInterviews(ctx: AppContext, scope: ResearcherScope) {
  return ctx.database.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(schema.interviews)
      .where(and(eq(schema.interviews.bureauId, scope.bureauId), eq(schema.interviews.zoneId, scope.zoneId)))
      .orderBy(desc(schema.interviews.createdAt), desc(schema.interviews.pseudonym));
    await auditBureau(tx, scope, 'interview.list', { type: 'bureau', id: scope.bureauId });
    return rows;
  });
}

/** One interview as stored (sealed); the researcher's browser opens it. The read is audited. */
export async function readInterview(ctx: AppContext, scope: ResearcherScope, id: string) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getRow(tx, scope, id);
    await auditInterview(tx, scope, 'interview.read', row);
    return row;
  });
}

/** Last save per researcher and interview, in this process's memory only (never stored). */
const lastSaves = new WeakMap<AppContext, Map<string, number>>();

/** True for the first save of an editing session (after NOTES_SESSION_QUIET_MINUTES of quiet). */
function opensEditingSession(ctx: AppContext, userId: string, interviewId: string): boolean {
  let saves = lastSaves.get(ctx);
  if (!saves) {
    saves = new Map();
    lastSaves.set(ctx, saves);
  }
  const now = Date.now();
  const quiet = NOTES_SESSION_QUIET_MINUTES * 60_000;
  for (const [k, at] of saves) if (now - at > quiet) saves.delete(k);
  const key = `${userId}:${interviewId}`;
  const opens = !saves.has(key);
  saves.set(key, now);
  return opens;
}

/**
 * Autosave of the notes, sealed by the browser. `baseVersion` is the version the editor loaded: a save
 * over someone else's newer text is refused with 409 instead of silently overwriting it. Only the
 * first save of an editing session is audited, and the row keeps the day, not the time.
 */
export async function saveNotes(
  ctx: AppContext,
  scope: ResearcherScope,
  id: string,
  sealedNotes: string,
  baseVersion: number,
) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getRow(tx, scope, id);
    if (!row.wrappedSubKey) throw gone();
    const [saved] = await tx
      .update(schema.interviews)
      .set({ sealedNotes, notesVersion: baseVersion + 1, updatedAt: today() })
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
    if (opensEditingSession(ctx, scope.user.id, id)) {
      await auditInterview(tx, scope, 'interview.notes.edit', row);
    }
    return saved;
  });
}

export async function updateInterview(
  ctx: AppContext,
  scope: ResearcherScope,
  id: string,
  input: { status?: 'open' | 'held'; sealedConsent?: string; consentGiven?: boolean },
) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getRow(tx, scope, id);
    if (!row.wrappedSubKey) throw gone();
    const set: Partial<typeof schema.interviews.$inferInsert> = { updatedAt: today() };
    if (input.status) set.status = input.status;
    if (input.sealedConsent !== undefined && input.consentGiven !== undefined) {
      set.sealedConsent = input.sealedConsent;
      set.consentGiven = input.consentGiven;
    }
    const [updated] = await tx
      .update(schema.interviews)
      .set(set)
      .where(and(eq(schema.interviews.id, id), isNotNull(schema.interviews.wrappedSubKey)))
      .returning();
    if (!updated) throw gone();
    await auditInterview(tx, scope, 'interview.update', row);
    return updated;
  });
}

/**
 * Withdrawal of consent: the wrapped sub-key and every sealed field are deleted in one transaction.
 * Without the sub-key no copy of the ciphertext (backup, replica) can be opened, even with the data key.
 */
export async function withdrawInterview(ctx: AppContext, scope: ResearcherScope, id: string) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getRow(tx, scope, id);
    if (!row.wrappedSubKey) throw new AppError('GONE', 'Consent was already withdrawn');
    const day = today();
    const [updated] = await tx
      .update(schema.interviews)
      .set({
        status: 'withdrawn',
        wrappedSubKey: null,
        sealedSource: null,
        sealedConsent: null,
        sealedNotes: null,
        consentGiven: false,
        withdrawnAt: day,
        updatedAt: day,
      })
      .where(and(eq(schema.interviews.id, id), isNotNull(schema.interviews.wrappedSubKey)))
      .returning();
    if (!updated) throw new AppError('GONE', 'Consent was already withdrawn');
    await auditInterview(tx, scope, 'interview.withdraw', row);
    return updated;
  });
}

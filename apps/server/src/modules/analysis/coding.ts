import { findCodings, schema, type Tx } from '@brug/db';
import { AppError, type CreateCodingInput, htmlToText, type UpdateCodingInput } from '@brug/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import {
  auditBureau,
  decryptForInterview,
  encryptForInterview,
  getInterviewKey,
  type UnlockedVault,
} from '../vault/access.ts';
import { codingContext, type Excerpt, openCoding } from './sealing.ts';

async function interviewRow(tx: Tx, vault: UnlockedVault, id: string, field?: string) {
  const [row] = await tx
    .select()
    .from(schema.interviews)
    .where(and(eq(schema.interviews.id, id), eq(schema.interviews.bureauId, vault.bureauId)))
    .limit(1);
  if (!row) {
    if (field) throw AppError.validation({ [field]: 'unknown interview' });
    throw new AppError('NOT_FOUND', 'No such interview');
  }
  return row;
}

/** The plain text of an interview's notes, as coded: offsets of passages refer to it. */
export async function openInterviewText(tx: Tx, vault: UnlockedVault, id: string, field?: string) {
  const row = await interviewRow(tx, vault, id, field);
  const key = await getInterviewKey(tx, vault, id);
  try {
    const html = row.sealedNotes ? decryptForInterview(key, row.sealedNotes, `interview:${id}:notes`) : '';
    return { row, text: htmlToText(html) };
  } finally {
    key.fill(0);
  }
}

export async function readInterviewText(ctx: AppContext, vault: UnlockedVault, id: string) {
  return ctx.database.db.transaction(async (tx) => {
    const { row, text } = await openInterviewText(tx, vault, id);
    await auditBureau(tx, vault, 'interview.text.read', { type: 'interview', id });
    return { interviewId: id, pseudonym: row.pseudonym, text };
  });
}

async function requireCodes(tx: Tx, vault: UnlockedVault, ids: readonly string[]) {
  const found = await tx
    .select({ id: schema.codes.id })
    .from(schema.codes)
    .where(and(eq(schema.codes.bureauId, vault.bureauId), inArray(schema.codes.id, [...ids])));
  if (found.length !== ids.length) throw AppError.validation({ codeIds: 'unknown code' });
}

/** Seals and stores one coded passage (excerpt and memo under the interview's own key). */
export async function insertCoding(
  tx: Tx,
  vault: UnlockedVault,
  interviewId: string,
  excerpt: Excerpt,
  codeIds: readonly string[],
  memo?: string,
) {
  const key = await getInterviewKey(tx, vault, interviewId);
  const id = crypto.randomUUID();
  try {
    await tx.insert(schema.codings).values({
      id,
      zoneId: vault.zoneId,
      bureauId: vault.bureauId,
      interviewId,
      sealedExcerpt: encryptForInterview(key, JSON.stringify(excerpt), codingContext(id, 'excerpt')),
      sealedMemo: memo ? encryptForInterview(key, memo, codingContext(id, 'memo')) : null,
      createdById: vault.user.id,
    });
  } finally {
    key.fill(0);
  }
  if (codeIds.length) {
    await tx
      .insert(schema.codingCodes)
      .values(codeIds.map((codeId) => ({ codingId: id, codeId, zoneId: vault.zoneId })));
  }
  await auditBureau(
    tx,
    vault,
    'coding.create',
    { type: 'coding', id },
    { interviewId, codes: codeIds.length },
  );
  return id;
}

export async function createCoding(ctx: AppContext, vault: UnlockedVault, input: CreateCodingInput) {
  return ctx.database.db.transaction(async (tx) => {
    const { text } = await openInterviewText(tx, vault, input.interviewId, 'interviewId');
    if (input.end > text.length)
      throw AppError.validation({ end: `beyond the notes (${text.length} characters)` });
    await requireCodes(tx, vault, input.codeIds);
    const excerpt = { start: input.start, end: input.end, text: text.slice(input.start, input.end) };
    const id = await insertCoding(tx, vault, input.interviewId, excerpt, input.codeIds, input.memo);
    return (await listCodings(tx, vault, { interviewId: input.interviewId })).find((c) => c.id === id)!;
  });
}

export type OpenCoding = {
  id: string;
  interviewId: string;
  pseudonym: string;
  start: number;
  end: number;
  excerpt: string;
  memo: string | null;
  codeIds: string[];
  createdAt: string;
};

export async function listCodings(
  tx: Tx,
  vault: UnlockedVault,
  filter: { codeId?: string; interviewId?: string },
): Promise<OpenCoding[]> {
  const rows = await findCodings(tx, vault.bureauId, filter);
  const keys = new Map<string, Buffer>();
  try {
    const out: OpenCoding[] = [];
    for (const { coding, pseudonym, codeIds } of rows) {
      let key = keys.get(coding.interviewId);
      if (!key) {
        key = await getInterviewKey(tx, vault, coding.interviewId);
        keys.set(coding.interviewId, key);
      }
      const { excerpt, memo } = openCoding(key, coding);
      out.push({
        id: coding.id,
        interviewId: coding.interviewId,
        pseudonym,
        start: excerpt.start,
        end: excerpt.end,
        excerpt: excerpt.text,
        memo,
        codeIds,
        createdAt: coding.createdAt.toISOString(),
      });
    }
    return out;
  } finally {
    for (const key of keys.values()) key.fill(0);
  }
}

async function requireCoding(tx: Tx, vault: UnlockedVault, id: string) {
  const [row] = await tx
    .select()
    .from(schema.codings)
    .where(and(eq(schema.codings.id, id), eq(schema.codings.bureauId, vault.bureauId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'No such coded passage');
  return row;
}

export async function updateCoding(
  ctx: AppContext,
  vault: UnlockedVault,
  id: string,
  input: UpdateCodingInput,
) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await requireCoding(tx, vault, id);
    if (input.codeIds) {
      await requireCodes(tx, vault, input.codeIds);
      await tx.delete(schema.codingCodes).where(eq(schema.codingCodes.codingId, id));
      await tx
        .insert(schema.codingCodes)
        .values(input.codeIds.map((codeId) => ({ codingId: id, codeId, zoneId: vault.zoneId })));
    }
    if (input.memo !== undefined) {
      const key = await getInterviewKey(tx, vault, row.interviewId);
      try {
        const sealedMemo = input.memo
          ? encryptForInterview(key, input.memo, codingContext(id, 'memo'))
          : null;
        await tx
          .update(schema.codings)
          .set({ sealedMemo, updatedAt: new Date() })
          .where(eq(schema.codings.id, id));
      } finally {
        key.fill(0);
      }
    }
    await auditBureau(tx, vault, 'coding.update', { type: 'coding', id }, { fields: Object.keys(input) });
    return (await listCodings(tx, vault, { interviewId: row.interviewId })).find((c) => c.id === id)!;
  });
}

export async function deleteCoding(ctx: AppContext, vault: UnlockedVault, id: string) {
  return ctx.database.db.transaction(async (tx) => {
    await requireCoding(tx, vault, id);
    await tx.delete(schema.codings).where(eq(schema.codings.id, id));
    await auditBureau(tx, vault, 'coding.delete', { type: 'coding', id });
  });
}

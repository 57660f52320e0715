import { findCodings, getAnalysisRoundtable, schema, type Tx } from '@brug/db';
import { AppError, type CreateCodingInput, htmlToText, type UpdateCodingInput } from '@brug/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { getRoundtable } from '../roundtables/manage-roundtables.ts';
import {
  auditBureau,
  decryptForBureau,
  decryptForInterview,
  encryptForBureau,
  encryptForInterview,
  getInterviewKey,
  type UnlockedVault,
} from '../vault/access.ts';
import { codingContext, type Excerpt } from './sealing.ts';

/** Where a passage comes from: a confidential interview, or roundtable minutes chosen for analysis. */
export type SourceRef = { interviewId: string } | { roundtableId: string };

/**
 * Seals and opens a coding's excerpt and memo: with the interview's sub-key (so withdrawing consent
 * erases them), or with the bureau's data key for roundtable minutes. `wipe()` when done.
 */
async function sealerFor(tx: Tx, vault: UnlockedVault, source: SourceRef) {
  if ('interviewId' in source) {
    const key = await getInterviewKey(tx, vault, source.interviewId);
    return {
      seal: (text: string, context: string) => encryptForInterview(key, text, context),
      open: (sealed: string, context: string) => decryptForInterview(key, sealed, context),
      wipe: () => key.fill(0),
    };
  }
  return {
    seal: (text: string, context: string) => encryptForBureau(vault, text, context),
    open: (sealed: string, context: string) => decryptForBureau(vault, sealed, context),
    wipe: () => {},
  };
}

const sourceOf = (row: { interviewId: string | null; roundtableSourceId: string | null }): SourceRef =>
  row.interviewId ? { interviewId: row.interviewId } : { roundtableId: row.roundtableSourceId! };

/** The minutes of a roundtable the bureau chose to analyse, as coded: offsets of passages refer to it. */
export async function openRoundtableText(tx: Tx, vault: UnlockedVault, id: string, field?: string) {
  const source = await getAnalysisRoundtable(tx, vault.bureauId, id);
  if (!source) {
    if (field) throw AppError.validation({ [field]: 'unknown roundtable source' });
    throw new AppError('NOT_FOUND', 'No such roundtable source');
  }
  const roundtable = await getRoundtable(tx, vault.zoneId, source.roundtableId);
  return { source, roundtable, text: roundtable.minutes.replace(/\r\n?/g, '\n') };
}

export async function readRoundtableText(ctx: AppContext, vault: UnlockedVault, id: string) {
  return ctx.database.db.transaction(async (tx) => {
    const { source, roundtable, text } = await openRoundtableText(tx, vault, id);
    await auditBureau(tx, vault, 'roundtable.text.read', { type: 'analysis_roundtable', id });
    return { roundtableId: id, pseudonym: source.pseudonym, title: roundtable.title, text };
  });
}

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

/** Seals and stores one coded passage (excerpt and memo under the source's key). */
export async function insertCoding(
  tx: Tx,
  vault: UnlockedVault,
  source: SourceRef,
  excerpt: Excerpt,
  codeIds: readonly string[],
  memo?: string,
) {
  const sealer = await sealerFor(tx, vault, source);
  const id = crypto.randomUUID();
  try {
    await tx.insert(schema.codings).values({
      id,
      zoneId: vault.zoneId,
      bureauId: vault.bureauId,
      interviewId: 'interviewId' in source ? source.interviewId : null,
      roundtableSourceId: 'roundtableId' in source ? source.roundtableId : null,
      sealedExcerpt: sealer.seal(JSON.stringify(excerpt), codingContext(id, 'excerpt')),
      sealedMemo: memo ? sealer.seal(memo, codingContext(id, 'memo')) : null,
      createdById: vault.user.id,
    });
  } finally {
    sealer.wipe();
  }
  if (codeIds.length) {
    await tx
      .insert(schema.codingCodes)
      .values(codeIds.map((codeId) => ({ codingId: id, codeId, zoneId: vault.zoneId })));
  }
  await auditBureau(tx, vault, 'coding.create', { type: 'coding', id }, { ...source, codes: codeIds.length });
  return id;
}

export async function createCoding(ctx: AppContext, vault: UnlockedVault, input: CreateCodingInput) {
  return ctx.database.db.transaction(async (tx) => {
    const source: SourceRef = input.interviewId
      ? { interviewId: input.interviewId }
      : { roundtableId: input.roundtableId! };
    const { text } =
      'interviewId' in source
        ? await openInterviewText(tx, vault, source.interviewId, 'interviewId')
        : await openRoundtableText(tx, vault, source.roundtableId, 'roundtableId');
    if (input.end > text.length)
      throw AppError.validation({ end: `beyond the text (${text.length} characters)` });
    await requireCodes(tx, vault, input.codeIds);
    const excerpt = { start: input.start, end: input.end, text: text.slice(input.start, input.end) };
    const id = await insertCoding(tx, vault, source, excerpt, input.codeIds, input.memo);
    return (await listCodings(tx, vault, source)).find((c) => c.id === id)!;
  });
}

export type OpenCoding = {
  id: string;
  interviewId: string | null;
  roundtableId: string | null;
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
  filter: { codeId?: string; interviewId?: string; roundtableId?: string },
): Promise<OpenCoding[]> {
  const rows = await findCodings(tx, vault.bureauId, filter);
  const sealers = new Map<string, Awaited<ReturnType<typeof sealerFor>>>();
  try {
    const out: OpenCoding[] = [];
    for (const { coding, pseudonym, codeIds } of rows) {
      const source = sourceOf(coding);
      const key = coding.interviewId ?? `r:${coding.roundtableSourceId}`;
      let sealer = sealers.get(key);
      if (!sealer) {
        sealer = await sealerFor(tx, vault, source);
        sealers.set(key, sealer);
      }
      const excerpt = JSON.parse(
        sealer.open(coding.sealedExcerpt, codingContext(coding.id, 'excerpt')),
      ) as Excerpt;
      const memo = coding.sealedMemo
        ? sealer.open(coding.sealedMemo, codingContext(coding.id, 'memo'))
        : null;
      out.push({
        id: coding.id,
        interviewId: coding.interviewId,
        roundtableId: coding.roundtableSourceId,
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
    for (const sealer of sealers.values()) sealer.wipe();
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
      const sealer = await sealerFor(tx, vault, sourceOf(row));
      try {
        const sealedMemo = input.memo ? sealer.seal(input.memo, codingContext(id, 'memo')) : null;
        await tx
          .update(schema.codings)
          .set({ sealedMemo, updatedAt: new Date() })
          .where(eq(schema.codings.id, id));
      } finally {
        sealer.wipe();
      }
    }
    await auditBureau(tx, vault, 'coding.update', { type: 'coding', id }, { fields: Object.keys(input) });
    return (await listCodings(tx, vault, sourceOf(row))).find((c) => c.id === id)!;
  });
}

export async function deleteCoding(ctx: AppContext, vault: UnlockedVault, id: string) {
  return ctx.database.db.transaction(async (tx) => {
    await requireCoding(tx, vault, id);
    await tx.delete(schema.codings).where(eq(schema.codings.id, id));
    await auditBureau(tx, vault, 'coding.delete', { type: 'coding', id });
  });
}

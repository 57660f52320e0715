import { findCodings, getAnalysisRoundtable, schema, type Tx } from '@brug/db';
import { AppError, type CreateCodingInput, type UpdateCodingInput } from '@brug/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { getRoundtable } from '../roundtables/manage-roundtables.ts';
import { auditBureau, type ResearcherScope } from '../vault/access.ts';

/** Where a passage comes from: a confidential interview, or roundtable minutes chosen for analysis. */
export type SourceRef = { interviewId: string } | { roundtableId: string };

const sourceOf = (row: { interviewId: string | null; roundtableSourceId: string | null }): SourceRef =>
  row.interviewId ? { interviewId: row.interviewId } : { roundtableId: row.roundtableSourceId! };

/** The minutes of a roundtable the bureau chose to analyse, as coded: offsets of passages refer to it. */
export async function openRoundtableText(tx: Tx, vault: ResearcherScope, id: string, field?: string) {
  const source = await getAnalysisRoundtable(tx, vault.bureauId, id);
  if (!source) {
    if (field) throw AppError.validation({ [field]: 'unknown roundtable source' });
    throw new AppError('NOT_FOUND', 'No such roundtable source');
  }
  const roundtable = await getRoundtable(tx, vault.zoneId, source.roundtableId);
  return { source, roundtable, text: roundtable.minutes.replace(/\r\n?/g, '\n') };
}

export async function readRoundtableText(ctx: AppContext, vault: ResearcherScope, id: string) {
  return ctx.database.db.transaction(async (tx) => {
    const { source, roundtable, text } = await openRoundtableText(tx, vault, id);
    await auditBureau(tx, vault, 'roundtable.text.read', { type: 'analysis_roundtable', id });
    return { roundtableId: id, pseudonym: source.pseudonym, title: roundtable.title, text };
  });
}

async function interviewRow(tx: Tx, vault: ResearcherScope, id: string, field?: string) {
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

async function requireCodes(tx: Tx, vault: ResearcherScope, ids: readonly string[]) {
  const found = await tx
    .select({ id: schema.codes.id })
    .from(schema.codes)
    .where(and(eq(schema.codes.bureauId, vault.bureauId), inArray(schema.codes.id, [...ids])));
  if (found.length !== ids.length) throw AppError.validation({ codeIds: 'unknown code' });
}

/**
 * Stores one coded passage as the researcher's browser sealed it. An interview withdrawn (its sub-key
 * gone) takes no new passages: 410.
 */
export async function createCoding(ctx: AppContext, vault: ResearcherScope, input: CreateCodingInput) {
  return ctx.database.db.transaction(async (tx) => {
    const source: SourceRef = input.interviewId
      ? { interviewId: input.interviewId }
      : { roundtableId: input.roundtableId! };
    if ('interviewId' in source) {
      const row = await interviewRow(tx, vault, source.interviewId, 'interviewId');
      if (!row.wrappedSubKey) throw new AppError('GONE', 'Consent was withdrawn; this interview is erased');
    } else await openRoundtableText(tx, vault, source.roundtableId, 'roundtableId');
    await requireCodes(tx, vault, input.codeIds);
    const [taken] = await tx
      .select({ id: schema.codings.id })
      .from(schema.codings)
      .where(eq(schema.codings.id, input.id));
    if (taken)
      throw new AppError('CONFLICT', 'This passage id is taken', { fields: { id: 'already in use' } });
    await tx.insert(schema.codings).values({
      id: input.id,
      zoneId: vault.zoneId,
      bureauId: vault.bureauId,
      interviewId: 'interviewId' in source ? source.interviewId : null,
      roundtableSourceId: 'roundtableId' in source ? source.roundtableId : null,
      sealedExcerpt: input.sealedExcerpt,
      sealedMemo: input.sealedMemo ?? null,
      createdById: vault.user.id,
    });
    await tx
      .insert(schema.codingCodes)
      .values(input.codeIds.map((codeId) => ({ codingId: input.id, codeId, zoneId: vault.zoneId })));
    await auditBureau(tx, vault, 'coding.create', { type: 'coding', id: input.id });
    return (await listCodings(tx, vault, source)).find((c) => c.id === input.id)!;
  });
}

export type StoredCoding = {
  id: string;
  interviewId: string | null;
  roundtableId: string | null;
  pseudonym: string;
  sealedExcerpt: string;
  sealedMemo: string | null;
  codeIds: string[];
  createdAt: string;
};

export async function listCodings(
  tx: Tx,
  vault: ResearcherScope,
  filter: { codeId?: string; interviewId?: string; roundtableId?: string },
): Promise<StoredCoding[]> {
  const rows = await findCodings(tx, vault.bureauId, filter);
  return rows
    .filter(({ coding }) => coding.interviewId || coding.roundtableSourceId)
    .map(({ coding, pseudonym, codeIds }) => ({
      id: coding.id,
      interviewId: coding.interviewId,
      roundtableId: coding.roundtableSourceId,
      pseudonym,
      sealedExcerpt: coding.sealedExcerpt,
      sealedMemo: coding.sealedMemo,
      codeIds,
      createdAt: coding.createdAt.toISOString(),
    }));
}

async function requireCoding(tx: Tx, vault: ResearcherScope, id: string) {
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
  vault: ResearcherScope,
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
    if (input.sealedMemo !== undefined) {
      await tx
        .update(schema.codings)
        .set({ sealedMemo: input.sealedMemo, updatedAt: new Date() })
        .where(eq(schema.codings.id, id));
    }
    await auditBureau(tx, vault, 'coding.update', { type: 'coding', id }, { fields: Object.keys(input) });
    return (await listCodings(tx, vault, sourceOf(row))).find((c) => c.id === id)!;
  });
}

export async function deleteCoding(ctx: AppContext, vault: ResearcherScope, id: string) {
  return ctx.database.db.transaction(async (tx) => {
    await requireCoding(tx, vault, id);
    await tx.delete(schema.codings).where(eq(schema.codings.id, id));
    await auditBureau(tx, vault, 'coding.delete', { type: 'coding', id });
  });
}

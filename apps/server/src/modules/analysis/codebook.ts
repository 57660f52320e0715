import { countCodings, findCodes, getCode, schema, type Tx } from '@brug/db';
import { AppError, type CreateCodeInput, type UpdateCodeInput } from '@brug/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { auditBureau, type ResearcherScope } from '../vault/access.ts';

type CodeRow = typeof schema.codes.$inferSelect;
export type CodeWithCounts = CodeRow & { passages: number; sources: number };

export async function listCodes(tx: Tx, vault: ResearcherScope): Promise<CodeWithCounts[]> {
  const [rows, counts] = await Promise.all([findCodes(tx, vault.bureauId), countCodings(tx, vault.bureauId)]);
  const byCode = new Map(counts.map((c) => [c.codeId, c]));
  return rows.map((row) => ({
    ...row,
    passages: byCode.get(row.id)?.passages ?? 0,
    sources: byCode.get(row.id)?.sources ?? 0,
  }));
}

async function requireCode(tx: Tx, vault: ResearcherScope, id: string, field?: string) {
  const row = await getCode(tx, vault.bureauId, id);
  if (!row) {
    if (field) throw AppError.validation({ [field]: 'unknown code' });
    throw new AppError('NOT_FOUND', 'No such code');
  }
  return row;
}

export async function insertCode(tx: Tx, vault: ResearcherScope, input: CreateCodeInput) {
  if (input.parentId) await requireCode(tx, vault, input.parentId, 'parentId');
  const id = input.id;
  if (await getCode(tx, vault.bureauId, id))
    throw new AppError('CONFLICT', 'This code id is taken', { fields: { id: 'already in use' } });
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.codes)
    .where(eq(schema.codes.bureauId, vault.bureauId));
  const [row] = await tx
    .insert(schema.codes)
    .values({
      id,
      zoneId: vault.zoneId,
      bureauId: vault.bureauId,
      parentId: input.parentId,
      sealedName: input.sealedName,
      sealedDescription: input.sealedDescription,
      sealedMemo: input.sealedMemo ?? null,
      sealedTranslations: input.sealedTranslations ?? null,
      colour: input.colour,
      position: n,
    })
    .returning();
  await auditBureau(tx, vault, 'code.create', { type: 'code', id });
  return row;
}

export async function createCode(ctx: AppContext, vault: ResearcherScope, input: CreateCodeInput) {
  return ctx.database.db.transaction((tx) => insertCode(tx, vault, input));
}

/** Rename, translate, describe, recolour or move a code; its coded passages stay where they are. */
export async function updateCode(
  ctx: AppContext,
  vault: ResearcherScope,
  id: string,
  input: UpdateCodeInput,
) {
  return ctx.database.db.transaction(async (tx) => {
    await requireCode(tx, vault, id);
    if (input.parentId) {
      // Moving under itself or one of its descendants would cut the branch off the tree.
      let cursor: string | null = input.parentId;
      while (cursor) {
        if (cursor === id) throw AppError.validation({ parentId: 'cannot move a code under itself' });
        const parent: { parentId: string | null } = await requireCode(tx, vault, cursor, 'parentId');
        cursor = parent.parentId;
      }
    }
    await tx
      .update(schema.codes)
      .set({
        ...(input.sealedName !== undefined ? { sealedName: input.sealedName } : {}),
        ...(input.sealedDescription !== undefined ? { sealedDescription: input.sealedDescription } : {}),
        ...(input.sealedMemo !== undefined ? { sealedMemo: input.sealedMemo } : {}),
        ...(input.sealedTranslations !== undefined ? { sealedTranslations: input.sealedTranslations } : {}),
        ...(input.colour !== undefined ? { colour: input.colour } : {}),
        ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
        updatedAt: new Date(),
      })
      .where(eq(schema.codes.id, id));
    await auditBureau(tx, vault, 'code.update', { type: 'code', id }, { fields: Object.keys(input) });
    const all = await listCodes(tx, vault);
    return all.find((c) => c.id === id) as CodeWithCounts;
  });
}

/** Merges a code into another: its passages get the target code, its children move under it. */
export async function mergeCode(ctx: AppContext, vault: ResearcherScope, id: string, into: string) {
  return ctx.database.db.transaction(async (tx) => {
    await requireCode(tx, vault, id);
    await requireCode(tx, vault, into, 'into');
    if (id === into) throw AppError.validation({ into: 'cannot merge a code into itself' });
    await tx.execute(sql`
      insert into coding_codes (coding_id, code_id, zone_id)
      select coding_id, ${into}, zone_id from coding_codes where code_id = ${id}
      on conflict do nothing`);
    await tx.delete(schema.codingCodes).where(eq(schema.codingCodes.codeId, id));
    await tx
      .update(schema.codes)
      .set({ parentId: into })
      .where(and(eq(schema.codes.parentId, id), eq(schema.codes.bureauId, vault.bureauId)));
    // Merging into a descendant: the descendant takes the merged code's place in the tree.
    const [merged] = await tx.select().from(schema.codes).where(eq(schema.codes.id, id));
    const [target] = await tx.select().from(schema.codes).where(eq(schema.codes.id, into));
    if (target.parentId === id) {
      await tx.update(schema.codes).set({ parentId: merged.parentId }).where(eq(schema.codes.id, into));
    }
    await tx.delete(schema.codes).where(eq(schema.codes.id, id));
    await auditBureau(tx, vault, 'code.merge', { type: 'code', id }, { into });
    const all = await listCodes(tx, vault);
    return all.find((c) => c.id === into) as CodeWithCounts;
  });
}

/**
 * Deletes a code: the passages lose it (a passage left without any code is kept, uncoded), and its
 * child codes move up to its own parent, so nothing under it is lost.
 */
export async function deleteCode(ctx: AppContext, vault: ResearcherScope, id: string) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await requireCode(tx, vault, id);
    const children = await tx
      .update(schema.codes)
      .set({ parentId: row.parentId })
      .where(and(eq(schema.codes.parentId, id), eq(schema.codes.bureauId, vault.bureauId)))
      .returning({ id: schema.codes.id });
    const passages = await tx
      .delete(schema.codingCodes)
      .where(eq(schema.codingCodes.codeId, id))
      .returning({ id: schema.codingCodes.codingId });
    await tx.delete(schema.codes).where(eq(schema.codes.id, id));
    await auditBureau(
      tx,
      vault,
      'code.delete',
      { type: 'code', id },
      { passages: passages.length, childrenMoved: children.length },
    );
    return { passages: passages.length, childrenMoved: children.length };
  });
}

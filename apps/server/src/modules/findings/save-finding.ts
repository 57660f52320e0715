import { findLiveSources, getBureauFinding, schema, type Tx } from '@brug/db';
import { AppError, type CreateFindingInput, type UpdateFindingInput } from '@brug/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { auditBureau, type UnlockedVault } from '../vault/access.ts';
import { type FindingDraft, openDraft, sealDraft } from './draft.ts';

/** Sources must be live interviews of this bureau; codes must be in its codebook; cells use the sources. */
export async function validateSupport(tx: Tx, vault: UnlockedVault, draft: FindingDraft) {
  const live = await findLiveSources(tx, vault.bureauId, draft.sourceIds);
  if (live.length !== new Set(draft.sourceIds).size) {
    throw AppError.validation({ sourceIds: 'unknown or withdrawn source' });
  }
  if (draft.codeIds.length) {
    const found = await tx
      .select({ id: schema.codes.id })
      .from(schema.codes)
      .where(and(eq(schema.codes.bureauId, vault.bureauId), inArray(schema.codes.id, draft.codeIds)));
    if (found.length !== new Set(draft.codeIds).size) throw AppError.validation({ codeIds: 'unknown code' });
  }
  const sources = new Set(draft.sourceIds);
  if (draft.breakdown?.cells.some((c) => c.sourceIds.some((id) => !sources.has(id)))) {
    throw AppError.validation({ breakdown: 'every source in a cell must support the finding' });
  }
  return new Map(live.map((s) => [s.id, s.pseudonym]));
}

async function existingCodes(tx: Tx, vault: UnlockedVault, ids: string[]) {
  if (ids.length === 0) return ids;
  const found = await tx
    .select({ id: schema.codes.id })
    .from(schema.codes)
    .where(and(eq(schema.codes.bureauId, vault.bureauId), inArray(schema.codes.id, ids)));
  const kept = new Set(found.map((c) => c.id));
  return ids.filter((id) => kept.has(id));
}

export async function createFinding(ctx: AppContext, vault: UnlockedVault, input: CreateFindingInput) {
  return ctx.database.db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    const draft: FindingDraft = {
      statement: input.statement,
      translations: input.translations,
      theme: input.theme,
      sourceIds: input.sourceIds,
      codeIds: input.codeIds,
      breakdown: input.breakdown,
    };
    const pseudonyms = await validateSupport(tx, vault, draft);
    const [row] = await tx
      .insert(schema.findings)
      .values({
        id,
        zoneId: vault.zoneId,
        bureauId: vault.bureauId,
        kind: input.kind,
        sealedDraft: sealDraft(vault, id, draft),
        createdById: vault.user.id,
      })
      .returning();
    await auditBureau(
      tx,
      vault,
      'finding.create',
      { type: 'finding', id },
      { sources: draft.sourceIds.length },
    );
    return { row, draft, pseudonyms };
  });
}

export async function updateFinding(
  ctx: AppContext,
  vault: UnlockedVault,
  id: string,
  input: UpdateFindingInput,
) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getBureauFinding(tx, vault.bureauId, id);
    if (!row) throw new AppError('NOT_FOUND', 'No such finding');
    if (row.status !== 'draft') throw new AppError('CONFLICT', 'A published finding is not edited');
    const current = openDraft(vault, row);
    const draft: FindingDraft = {
      statement: input.statement ?? current.statement,
      translations: input.translations ?? current.translations,
      theme: input.theme ?? current.theme,
      sourceIds: input.sourceIds ?? current.sourceIds,
      // A code deleted or merged away since the draft was written simply drops out of it.
      codeIds: input.codeIds ?? (await existingCodes(tx, vault, current.codeIds)),
      breakdown: input.breakdown === undefined ? current.breakdown : input.breakdown,
    };
    const pseudonyms = await validateSupport(tx, vault, draft);
    const [updated] = await tx
      .update(schema.findings)
      .set({ kind: input.kind ?? row.kind, sealedDraft: sealDraft(vault, id, draft), updatedAt: new Date() })
      .where(eq(schema.findings.id, id))
      .returning();
    await auditBureau(
      tx,
      vault,
      'finding.update',
      { type: 'finding', id },
      { fields: Object.keys(input), sources: draft.sourceIds.length },
    );
    return { row: updated, draft, pseudonyms };
  });
}

export async function readFinding(ctx: AppContext, vault: UnlockedVault, id: string) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getBureauFinding(tx, vault.bureauId, id);
    if (!row) throw new AppError('NOT_FOUND', 'No such finding');
    const draft = openDraft(vault, row);
    const live = await findLiveSources(tx, vault.bureauId, draft.sourceIds);
    await auditBureau(tx, vault, 'finding.read', { type: 'finding', id });
    return { row, draft, pseudonyms: new Map(live.map((s) => [s.id, s.pseudonym])) };
  });
}

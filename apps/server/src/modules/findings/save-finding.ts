import { getBureauFinding, schema } from '@brug/db';
import { AppError, type CreateSealedFindingInput, type UpdateSealedFindingInput } from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { auditBureau, type ResearcherScope } from '../vault/access.ts';

/** Stores a draft sealed in the researcher's browser, under the browser's id (409 if taken). */
export async function createFinding(
  ctx: AppContext,
  scope: ResearcherScope,
  input: CreateSealedFindingInput,
) {
  return ctx.database.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: schema.findings.id })
      .from(schema.findings)
      .where(eq(schema.findings.id, input.id));
    if (taken) throw new AppError('CONFLICT', 'This finding id is taken', { fields: { id: 'taken' } });
    const [row] = await tx
      .insert(schema.findings)
      .values({
        id: input.id,
        zoneId: scope.zoneId,
        bureauId: scope.bureauId,
        kind: input.kind,
        sealedDraft: input.sealedDraft,
        createdById: scope.user.id,
      })
      .returning();
    await auditBureau(tx, scope, 'finding.create', { type: 'finding', id: input.id });
    return row;
  });
}

export async function updateFinding(
  ctx: AppContext,
  scope: ResearcherScope,
  id: string,
  input: UpdateSealedFindingInput,
) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await getBureauFinding(tx, scope.bureauId, id);
    if (!row) throw new AppError('NOT_FOUND', 'No such finding');
    if (row.status !== 'draft') throw new AppError('CONFLICT', 'A published finding is not edited');
    const [updated] = await tx
      .update(schema.findings)
      .set({
        kind: input.kind ?? row.kind,
        sealedDraft: input.sealedDraft ?? row.sealedDraft,
        updatedAt: new Date(),
      })
      .where(eq(schema.findings.id, id))
      .returning();
    await auditBureau(tx, scope, 'finding.update', { type: 'finding', id }, { fields: Object.keys(input) });
    return updated;
  });
}

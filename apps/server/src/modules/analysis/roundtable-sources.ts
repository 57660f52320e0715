import { findAnalysisRoundtables, schema } from '@brug/db';
import { type AnalysisRoundtableView, AppError } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { getRoundtable, listRoundtables } from '../roundtables/manage-roundtables.ts';
import { auditBureau, type ResearcherScope } from '../vault/access.ts';

/** The zone's roundtables, each with whether the bureau analyses its minutes and under which code. */
export async function listRoundtableSources(
  ctx: AppContext,
  vault: ResearcherScope,
): Promise<AnalysisRoundtableView[]> {
  return ctx.database.db.transaction(async (tx) => {
    const [roundtables, chosen] = await Promise.all([
      listRoundtables(tx, vault.zoneId),
      findAnalysisRoundtables(tx, vault.bureauId),
    ]);
    const byRoundtable = new Map(chosen.map((c) => [c.roundtableId, c]));
    return roundtables.map((r) => ({
      roundtableId: r.id,
      title: r.title,
      startsAt: r.startsAt.toISOString(),
      hasMinutes: r.minutes.trim().length > 0,
      sourceId: byRoundtable.get(r.id)?.id ?? null,
      pseudonym: byRoundtable.get(r.id)?.pseudonym ?? null,
    }));
  });
}

/** The bureau chooses to analyse a roundtable's minutes: it becomes source `R-nn`. */
export async function chooseRoundtable(ctx: AppContext, vault: ResearcherScope, roundtableId: string) {
  return ctx.database.db.transaction(async (tx) => {
    const roundtable = await getRoundtable(tx, vault.zoneId, roundtableId).catch(() => {
      throw AppError.validation({ roundtableId: 'unknown roundtable' });
    });
    const chosen = await findAnalysisRoundtables(tx, vault.bureauId);
    if (chosen.some((c) => c.roundtableId === roundtableId)) {
      throw new AppError('CONFLICT', 'These minutes are analysed already', {
        fields: { roundtableId: 'already a source' },
      });
    }
    const next = Math.max(0, ...chosen.map((c) => Number(c.pseudonym.slice(2)) || 0)) + 1;
    const [row] = await tx
      .insert(schema.analysisRoundtables)
      .values({
        zoneId: vault.zoneId,
        bureauId: vault.bureauId,
        roundtableId,
        pseudonym: `R-${String(next).padStart(2, '0')}`,
        createdById: vault.user.id,
      })
      .returning();
    await auditBureau(
      tx,
      vault,
      'analysis.roundtable.add',
      { type: 'analysis_roundtable', id: row.id },
      { roundtableId },
    );
    return {
      roundtableId,
      title: roundtable.title,
      startsAt: roundtable.startsAt.toISOString(),
      hasMinutes: roundtable.minutes.trim().length > 0,
      sourceId: row.id,
      pseudonym: row.pseudonym,
    };
  });
}

/** Stops analysing the minutes: the passages coded in them go with it. */
export async function dropRoundtable(ctx: AppContext, vault: ResearcherScope, id: string) {
  return ctx.database.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(schema.analysisRoundtables)
      .where(
        and(eq(schema.analysisRoundtables.id, id), eq(schema.analysisRoundtables.bureauId, vault.bureauId)),
      )
      .returning({ id: schema.analysisRoundtables.id });
    if (deleted.length === 0) throw new AppError('NOT_FOUND', 'No such roundtable source');
    await auditBureau(tx, vault, 'analysis.roundtable.remove', { type: 'analysis_roundtable', id });
  });
}

import { schema } from '@brug/db';
import { AppError, type SaveThemeRunInput, type UpdateThemeRunInput } from '@brug/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import { auditBureau, type ResearcherScope } from '../vault/access.ts';

/**
 * Theme suggestions are computed in the researcher's browser, in a Web Worker, on passages it opened
 * itself; the server keeps the run only as the browser sealed it, so that accepting and dismissing can
 * go on later or on another researcher's screen. No server job ever sees a passage.
 */
export async function saveThemeRun(
  ctx: AppContext,
  vault: ResearcherScope,
  input: z.infer<typeof SaveThemeRunInput>,
) {
  return ctx.database.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: schema.themeRuns.id })
      .from(schema.themeRuns)
      .where(eq(schema.themeRuns.id, input.id));
    if (taken) throw new AppError('CONFLICT', 'This run id is taken', { fields: { id: 'already in use' } });
    const [row] = await tx
      .insert(schema.themeRuns)
      .values({
        id: input.id,
        zoneId: vault.zoneId,
        bureauId: vault.bureauId,
        status: 'done',
        progress: 100,
        passages: input.passages,
        sealedResult: input.sealedResult,
        createdById: vault.user.id,
        finishedAt: new Date(),
      })
      .returning();
    await auditBureau(tx, vault, 'theme-run.save', { type: 'theme_run', id: input.id });
    return present(row);
  });
}

function present(row: typeof schema.themeRuns.$inferSelect) {
  return {
    id: row.id,
    passages: row.passages,
    sealedResult: row.sealedResult ?? '',
    createdAt: row.createdAt.toISOString(),
  };
}

async function requireRun(ctx: AppContext, vault: ResearcherScope, id: string) {
  const [row] = await ctx.database.db
    .select()
    .from(schema.themeRuns)
    .where(and(eq(schema.themeRuns.id, id), eq(schema.themeRuns.bureauId, vault.bureauId)));
  if (!row?.sealedResult) throw new AppError('NOT_FOUND', 'No such theme run');
  return row;
}

export async function readThemeRun(ctx: AppContext, vault: ResearcherScope, id: string) {
  return present(await requireRun(ctx, vault, id));
}

export async function latestThemeRunId(ctx: AppContext, vault: ResearcherScope) {
  const [row] = await ctx.database.db
    .select({ id: schema.themeRuns.id })
    .from(schema.themeRuns)
    .where(and(eq(schema.themeRuns.bureauId, vault.bureauId), eq(schema.themeRuns.status, 'done')))
    .orderBy(desc(schema.themeRuns.createdAt))
    .limit(1);
  return row?.id ?? null;
}

/** A theme accepted, renamed or dismissed: the browser re-seals the run's result. */
export async function updateThemeRun(
  ctx: AppContext,
  vault: ResearcherScope,
  id: string,
  input: z.infer<typeof UpdateThemeRunInput>,
) {
  await requireRun(ctx, vault, id);
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.themeRuns)
      .set({ sealedResult: input.sealedResult })
      .where(eq(schema.themeRuns.id, id))
      .returning();
    await auditBureau(tx, vault, 'theme-run.update', { type: 'theme_run', id });
    return present(row);
  });
}

import { appendAudit, getZoneSurvey, type SurveyRow, schema } from '@brug/db';
import { AppError } from '@brug/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { surveyStatus } from './policy.ts';
import { forgetPublicSurvey } from './public-surveys.ts';
import { today } from './submit-response.ts';
import { forgetZoneTrust } from './trust-figures.ts';

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function load(ctx: AppContext, actor: SessionUser, id: string): Promise<SurveyRow> {
  const s = await getZoneSurvey(ctx.database.db, actor.zoneId, id);
  if (!s) throw new AppError('NOT_FOUND', 'No such survey');
  return s;
}

function forget(s: SurveyRow) {
  forgetPublicSurvey(s.publicId);
  forgetZoneTrust(s.zoneId);
}

/** The dates that close a survey as of today: it closed yesterday (and opened no later). */
function closingDates(s: SurveyRow) {
  const end = yesterday();
  return { closesOn: end, opensOn: [s.opensOn, end].sort()[0] };
}

/** Closes a survey before its end date: from now on every answer is refused, nothing is lost. */
export async function closeSurvey(ctx: AppContext, actor: SessionUser, id: string): Promise<SurveyRow> {
  const s = await load(ctx, actor, id);
  if (surveyStatus(s, today()) === 'closed')
    throw new AppError('CONFLICT', 'The survey is closed already', {
      fields: { closesOn: 'already closed' },
    });
  const row = await ctx.database.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(schema.surveys)
      .set({ ...closingDates(s), updatedAt: new Date() })
      .where(and(eq(schema.surveys.id, s.id), eq(schema.surveys.zoneId, actor.zoneId)))
      .returning();
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'survey.close',
      targetType: 'survey',
      targetId: s.id,
      details: { closesOn: updated.closesOn, plannedClosesOn: s.closesOn },
    });
    return updated;
  });
  forget(s);
  return row;
}

/** Takes a survey out of the list, closed, with its results kept. */
export async function archiveSurvey(ctx: AppContext, actor: SessionUser, id: string): Promise<SurveyRow> {
  const s = await load(ctx, actor, id);
  if (s.archivedAt) throw new AppError('CONFLICT', 'The survey is archived already');
  const open = surveyStatus(s, today()) !== 'closed';
  const row = await ctx.database.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(schema.surveys)
      .set({ ...(open ? closingDates(s) : {}), archivedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(schema.surveys.id, s.id), eq(schema.surveys.zoneId, actor.zoneId)))
      .returning();
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'survey.archive',
      targetType: 'survey',
      targetId: s.id,
      details: { closed: open },
    });
    return updated;
  });
  forget(s);
  return row;
}

/**
 * Deletes a survey nobody answered (with its codes). One that has answers is refused: its results
 * belong to the programme's record, so it is archived instead. The check and the delete are one
 * statement, so an answer arriving in between is never deleted with it.
 */
export async function deleteSurvey(ctx: AppContext, actor: SessionUser, id: string): Promise<void> {
  const s = await load(ctx, actor, id);
  await ctx.database.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(schema.surveys)
      .where(
        and(
          eq(schema.surveys.id, s.id),
          eq(schema.surveys.zoneId, actor.zoneId),
          sql`not exists (select 1 from ${schema.surveyResponses} r where r.survey_id = ${schema.surveys.id})`,
        ),
      )
      .returning({ id: schema.surveys.id });
    if (deleted.length === 0)
      throw new AppError('CONFLICT', 'People have answered this survey: archive it instead', {
        fields: { id: 'survey already answered' },
      });
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'survey.delete',
      targetType: 'survey',
      targetId: s.id,
      details: { kind: s.kind },
    });
  });
  forget(s);
}

import { appendAudit, schema } from '@brug/db';
import { AppError, IdParams } from '@brug/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { render } from '../mail/templates.ts';
import { inviteNextCandidates } from './invite-volunteers.ts';
import { cancelMail, formatWhen } from './mail.ts';
import { authorize } from './policy.ts';

export const CancelAssignmentInput = z.object({
  reason: z.string().trim().max(500).optional(),
  /** Ask the next colleague in the ranking in the same step, as a decline does. */
  inviteNext: z.boolean().optional(),
});

export const CancelAssignmentView = z.object({
  id: z.uuid(),
  status: z.literal('cancelled'),
  changed: z.boolean(),
  /** How many colleagues were asked in their place. */
  invited: z.number().int(),
});

type CancelResult = z.infer<typeof CancelAssignmentView>;

/**
 * The coordinator withdraws a colleague from an activity. Cancelling twice is harmless; the hours no
 * longer count towards the colleague's workload; the colleague is told by e-mail. With `inviteNext`
 * the next colleague in the ranking is asked at once (never the one just withdrawn).
 */
export async function cancelAssignment(
  ctx: AppContext,
  actor: SessionUser,
  id: string,
  input: { reason?: string; inviteNext?: boolean },
): Promise<CancelResult> {
  const reason = input.reason || undefined;
  const db = ctx.database.db;
  const [row] = await db
    .select({
      id: schema.volunteerAssignments.id,
      status: schema.volunteerAssignments.status,
      zoneId: schema.volunteerAssignments.zoneId,
      activityId: schema.volunteerAssignments.activityId,
      volunteerId: schema.volunteerAssignments.volunteerId,
      title: schema.volunteerActivities.title,
      startsAt: schema.volunteerActivities.startsAt,
      activity: schema.volunteerActivities,
      email: schema.users.email,
      displayName: schema.users.displayName,
      language: schema.users.language,
    })
    .from(schema.volunteerAssignments)
    .innerJoin(
      schema.volunteerActivities,
      eq(schema.volunteerActivities.activityId, schema.volunteerAssignments.activityId),
    )
    .innerJoin(schema.volunteers, eq(schema.volunteers.id, schema.volunteerAssignments.volunteerId))
    .innerJoin(schema.users, eq(schema.users.id, schema.volunteers.userId))
    .where(and(eq(schema.volunteerAssignments.id, id), eq(schema.volunteerAssignments.zoneId, actor.zoneId)));
  if (!row) throw new AppError('NOT_FOUND', 'No such assignment');
  if (row.status === 'cancelled') return { id, status: 'cancelled', changed: false, invited: 0 };
  if (row.status !== 'invited' && row.status !== 'accepted')
    throw new AppError('CONFLICT', `The colleague already answered: ${row.status}`, {
      fields: { status: row.status },
    });
  const mailIds = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(schema.volunteerAssignments)
      .set({ status: 'cancelled' })
      .where(
        and(
          eq(schema.volunteerAssignments.id, id),
          inArray(schema.volunteerAssignments.status, ['invited', 'accepted']),
        ),
      )
      .returning({ id: schema.volunteerAssignments.id });
    if (!updated) return null;
    await appendAudit(tx, {
      zoneId: row.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'volunteer.assignment.cancel',
      targetType: 'volunteer_assignment',
      targetId: id,
      details: { activityId: row.activityId, volunteerId: row.volunteerId, from: row.status },
    });
    const language = (['nl', 'fr', 'en'].includes(row.language) ? row.language : 'nl') as 'nl' | 'fr' | 'en';
    const content = render(cancelMail, language, {
      name: row.displayName,
      title: row.title,
      when: formatWhen(row.startsAt, language),
      reason: reason ?? '',
    });
    const cancelMailId = await ctx.mailer.queue(tx, { ...content, zoneId: row.zoneId, to: row.email });
    const next =
      input.inviteNext && row.activity.startsAt > new Date()
        ? await inviteNextCandidates(ctx, tx, actor, row.activity)
        : [];
    return { cancel: cancelMailId, next };
  });
  if (mailIds === null) {
    // Cancelled concurrently (e.g. a double click): report the stored state.
    const [now] = await db
      .select({ status: schema.volunteerAssignments.status })
      .from(schema.volunteerAssignments)
      .where(eq(schema.volunteerAssignments.id, id));
    if (now?.status === 'cancelled') return { id, status: 'cancelled', changed: false, invited: 0 };
    throw new AppError('CONFLICT', 'The assignment changed meanwhile; reload', {
      fields: { status: 'changed' },
    });
  }
  await ctx.mailer.dispatch([mailIds.cancel, ...mailIds.next]);
  return { id, status: 'cancelled', changed: true, invited: mailIds.next.length };
}

export const cancelAssignmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/volunteers/assignments/:id/cancel',
    {
      schema: {
        operationId: 'cancelVolunteerAssignment',
        summary: "Cancel a volunteer's assignment",
        tags: ['volunteers'],
        params: IdParams,
        body: CancelAssignmentInput.optional(),
        response: { 200: CancelAssignmentView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'assignments.cancel');
      return cancelAssignment(app.ctx, actor, req.params.id, req.body ?? {});
    },
  );
};

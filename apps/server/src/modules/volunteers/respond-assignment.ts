import { appendAudit, findAssignmentByToken, schema, type VolunteerAssignmentRow } from '@brug/db';
import { AppError } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { sha256 } from '../../http/tokens.ts';
import { inviteNextCandidates } from './invite-volunteers.ts';

export type Answer = 'accept' | 'decline';
const STATUS: Record<Answer, 'accepted' | 'declined'> = { accept: 'accepted', decline: 'declined' };

/**
 * Records a colleague's answer. The same answer twice is harmless (nothing changes); a different answer
 * after the first is refused. A decline asks the next colleague in the ranking.
 */
export async function respondToAssignment(
  ctx: AppContext,
  assignment: VolunteerAssignmentRow,
  answer: Answer,
): Promise<{ status: string; changed: boolean }> {
  const target = STATUS[answer];
  if (assignment.status === target) return { status: target, changed: false };
  if (assignment.status === 'cancelled') throw new AppError('GONE', 'This request was withdrawn');
  if (assignment.status !== 'invited')
    throw new AppError('CONFLICT', `You already answered: ${assignment.status}`, {
      fields: { answer: 'already answered' },
    });
  const result = await ctx.database.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(schema.volunteerAssignments)
      .set({ status: target, respondedAt: new Date() })
      .where(
        and(
          eq(schema.volunteerAssignments.id, assignment.id),
          eq(schema.volunteerAssignments.status, 'invited'),
        ),
      )
      .returning();
    if (!updated) return null;
    const [owner] = await tx
      .select({ id: schema.users.id, email: schema.users.email })
      .from(schema.volunteers)
      .innerJoin(schema.users, eq(schema.users.id, schema.volunteers.userId))
      .where(eq(schema.volunteers.id, assignment.volunteerId));
    await appendAudit(tx, {
      zoneId: assignment.zoneId,
      actorId: owner?.id ?? null,
      actorEmail: owner?.email ?? null,
      action: `volunteer.assignment.${answer}`,
      targetType: 'volunteer_assignment',
      targetId: assignment.id,
      details: { activityId: assignment.activityId },
    });
    let mailIds: string[] = [];
    if (target === 'declined') {
      const [activity] = await tx
        .select()
        .from(schema.volunteerActivities)
        .where(eq(schema.volunteerActivities.activityId, assignment.activityId));
      if (activity && owner && activity.startsAt > new Date())
        mailIds = await inviteNextCandidates(
          ctx,
          tx,
          { id: owner.id, email: owner.email, zoneId: assignment.zoneId },
          activity,
        );
    }
    return mailIds;
  });
  if (result === null) {
    // Answered concurrently (e.g. a double click): report the stored state.
    const [now] = await ctx.database.db
      .select()
      .from(schema.volunteerAssignments)
      .where(eq(schema.volunteerAssignments.id, assignment.id));
    if (now?.status === target) return { status: target, changed: false };
    throw new AppError('CONFLICT', 'You already answered', { fields: { answer: 'already answered' } });
  }
  await ctx.mailer.dispatch(result);
  return { status: target, changed: true };
}

/** The one-click link from the e-mail: the token identifies the assignment. */
export async function respondByToken(ctx: AppContext, token: string, answer: Answer) {
  const assignment = await findAssignmentByToken(ctx.database.db, sha256(token));
  if (!assignment)
    throw new AppError('GONE', 'This link is no longer valid', { fields: { token: 'invalid or replaced' } });
  const outcome = await respondToAssignment(ctx, assignment, answer);
  return { ...outcome, assignmentId: assignment.id, activityId: assignment.activityId };
}

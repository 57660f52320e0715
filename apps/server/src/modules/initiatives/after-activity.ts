import { appendAudit, lockActivity, schema } from '@brug/db';
import { type ActivityReportInput, AppError, type AttendanceInput } from '@brug/domain';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { surveyExists } from './surveys-source.ts';

/** Check-in opens an hour before the start, at the door. */
const CHECK_IN_OPENS_MS = 3_600_000;

/**
 * Attendance as a head count, or as a check-in list whose parties are summed, plus walk-ins. It may pass
 * the capacity: walk-ins are not turned away after the fact.
 */
export async function recordAttendance(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: AttendanceInput,
) {
  return ctx.database.db.transaction(async (tx) => {
    const activity = await lockActivity(tx, id);
    if (!activity || activity.zoneId !== user.zoneId) throw new AppError('NOT_FOUND', 'No such activity');
    const field = input.checkedInIds ? 'checkedInIds' : 'count';
    if (activity.startsAt.getTime() - CHECK_IN_OPENS_MS > Date.now())
      throw AppError.validation({ [field]: 'the activity has not started yet' });
    let attendance = input.count ?? 0;
    if (input.checkedInIds) {
      const ids = [...new Set(input.checkedInIds)];
      const rows = ids.length
        ? await tx
            .select({ id: schema.registrations.id, people: schema.registrations.people })
            .from(schema.registrations)
            .where(
              and(
                eq(schema.registrations.activityId, id),
                ne(schema.registrations.status, 'cancelled'),
                inArray(schema.registrations.id, ids),
              ),
            )
        : [];
      if (rows.length !== ids.length) throw AppError.validation({ checkedInIds: 'unknown registration' });
      attendance = rows.reduce((n, r) => n + r.people, 0) + (input.walkIns ?? 0);
      await tx
        .update(schema.registrations)
        .set({
          checkedIn: sql`${schema.registrations.id} in ${ids.length ? ids : ['00000000-0000-0000-0000-000000000000']}`,
        })
        .where(eq(schema.registrations.activityId, id));
    }
    // More people than places is what happened at the door: it is recorded as it was (the page warns).
    await tx
      .update(schema.activities)
      .set({ attendance, updatedAt: new Date() })
      .where(eq(schema.activities.id, id));
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'activity.attendance',
      targetType: 'activity',
      targetId: id,
      details: { attendance, by: field, walkIns: input.walkIns ?? 0 },
    });
    return attendance;
  });
}

/** The short report after an activity, with an optional link to its feedback survey. */
export async function saveReport(ctx: AppContext, user: SessionUser, id: string, input: ActivityReportInput) {
  await ctx.database.db.transaction(async (tx) => {
    const activity = await lockActivity(tx, id);
    if (!activity || activity.zoneId !== user.zoneId) throw new AppError('NOT_FOUND', 'No such activity');
    if (activity.endsAt.getTime() > Date.now())
      throw AppError.validation({ whatHappened: 'the activity has not ended yet' });
    if (input.surveyId && !(await surveyExists(tx, user.zoneId, input.surveyId)))
      throw AppError.validation({ surveyId: 'unknown survey' });
    const values = { ...input, zoneId: user.zoneId, authorId: user.id, updatedAt: new Date() };
    await tx
      .insert(schema.activityReports)
      .values({ activityId: id, ...values })
      .onConflictDoUpdate({ target: schema.activityReports.activityId, set: values });
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'activity.report',
      targetType: 'activity',
      targetId: id,
      details: { survey: input.surveyId !== null || input.surveyUrl !== null },
    });
  });
}

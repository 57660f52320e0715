import { appendAudit, countConfirmedPeople, lockActivity, lockInitiative, schema, type Tx } from '@brug/db';
import {
  AppError,
  type CreateActivityInput,
  checkActivityTimes,
  type UpdateActivityInput,
} from '@brug/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { followActivityCancel, followActivityMove } from '../volunteers/follow-activity.ts';
import { moveUpWaitingList, notifyRegistrants, scheduleReminder } from './registrations.ts';

/** Sessions are scheduled from co-design on, and no longer once the initiative is over. */
const SCHEDULABLE = ['co_design', 'planned', 'running'];

async function siblings(tx: Tx, initiativeId: string) {
  return tx
    .select({
      id: schema.activities.id,
      startsAt: schema.activities.startsAt,
      endsAt: schema.activities.endsAt,
    })
    .from(schema.activities)
    .where(and(eq(schema.activities.initiativeId, initiativeId), isNull(schema.activities.cancelledAt)));
}

function assertTimes(
  a: { id?: string; startsAt: Date; endsAt: Date },
  others: Awaited<ReturnType<typeof siblings>>,
) {
  const check = checkActivityTimes(a, others, new Date());
  if (!check.ok) throw AppError.validation({ [check.field]: check.message });
}

export async function createActivity(
  ctx: AppContext,
  user: SessionUser,
  initiativeId: string,
  input: CreateActivityInput,
) {
  return ctx.database.db.transaction(async (tx) => {
    // The initiative's row lock keeps two sessions from being scheduled into the same slot at once.
    const initiative = await lockInitiative(tx, user.zoneId, initiativeId);
    if (!initiative) throw new AppError('NOT_FOUND', 'No such initiative');
    if (!SCHEDULABLE.includes(initiative.status))
      throw new AppError(
        'CONFLICT',
        `No sessions can be added to an initiative that is ${initiative.status}`,
        {
          fields: { status: initiative.status },
        },
      );
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    assertTimes({ startsAt, endsAt }, await siblings(tx, initiativeId));
    const [row] = await tx
      .insert(schema.activities)
      .values({ ...input, startsAt, endsAt, zoneId: user.zoneId, initiativeId })
      .returning();
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'activity.create',
      targetType: 'activity',
      targetId: row.id,
      details: { initiativeId, capacity: input.capacity },
    });
    return row;
  });
}

async function lockZoneActivity(tx: Tx, user: SessionUser, id: string) {
  const activity = await lockActivity(tx, id);
  if (!activity || activity.zoneId !== user.zoneId) throw new AppError('NOT_FOUND', 'No such activity');
  return activity;
}

/**
 * Changes a session. Capacity cannot go below the people already confirmed: their place was promised,
 * so the coordinator asks them to cancel first rather than have the system put them back on the waiting
 * list. A new time or place is mailed to everyone still registered, with an updated .ics.
 */
export async function updateActivity(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: UpdateActivityInput,
) {
  const { mailIds, moved } = await ctx.database.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ initiativeId: schema.activities.initiativeId })
      .from(schema.activities)
      .where(and(eq(schema.activities.id, id), eq(schema.activities.zoneId, user.zoneId)));
    if (!found) throw new AppError('NOT_FOUND', 'No such activity');
    // Same lock order as scheduling: initiative, then activity.
    await lockInitiative(tx, user.zoneId, found.initiativeId);
    const before = await lockZoneActivity(tx, user, id);
    if (before.cancelledAt)
      throw new AppError('CONFLICT', 'This activity was cancelled', { fields: { id: 'cancelled' } });
    const startsAt = input.startsAt ? new Date(input.startsAt) : before.startsAt;
    const endsAt = input.endsAt ? new Date(input.endsAt) : before.endsAt;
    if (input.startsAt || input.endsAt)
      assertTimes({ id, startsAt, endsAt }, await siblings(tx, before.initiativeId));
    if (input.capacity !== undefined) {
      if (before.attendance !== null && input.capacity < before.attendance)
        throw AppError.validation({ capacity: `below the recorded attendance (${before.attendance})` });
      const confirmed = await countConfirmedPeople(tx, id);
      if (input.capacity < confirmed)
        throw AppError.validation({ capacity: `below the people already confirmed (${confirmed})` });
    }
    const place = input.place === undefined ? before.place : input.place;
    const onlineUrl = input.onlineUrl === undefined ? before.onlineUrl : input.onlineUrl;
    if (!place && !onlineUrl) throw AppError.validation({ place: 'a place or an online link is required' });
    const timeChanged =
      startsAt.getTime() !== before.startsAt.getTime() || endsAt.getTime() !== before.endsAt.getTime();
    const placeChanged = place !== before.place || onlineUrl !== before.onlineUrl;
    const [after] = await tx
      .update(schema.activities)
      .set({ ...input, startsAt, endsAt, updatedAt: new Date() })
      .where(eq(schema.activities.id, id))
      .returning();
    const notice =
      timeChanged || placeChanged
        ? await notifyRegistrants(ctx, tx, after, 'changed')
        : { mailIds: [], registrations: [] };
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'activity.update',
      targetType: 'activity',
      targetId: id,
      details: { fields: Object.keys(input), registrantsNotified: notice.mailIds.length },
    });
    // The colleagues asked for this session follow its new time or place.
    const colleagues = timeChanged || placeChanged ? await followActivityMove(ctx, tx, user, after) : [];
    // More places: the waiting list moves up at once.
    const promoted =
      input.capacity !== undefined && input.capacity > before.capacity
        ? await moveUpWaitingList(ctx, tx, after)
        : [];
    return {
      mailIds: [...notice.mailIds, ...colleagues, ...promoted],
      moved: timeChanged ? { activity: after, registrations: notice.registrations } : null,
    };
  });
  await ctx.mailer.dispatch(mailIds);
  // Reminders follow the new start; the ones scheduled for the old start skip themselves.
  if (moved) for (const r of moved.registrations) await scheduleReminder(ctx, r, moved.activity);
}

/** Cancels a session; everyone still registered is told, with a calendar cancellation for confirmed places. */
export async function cancelActivity(ctx: AppContext, user: SessionUser, id: string) {
  const mailIds = await ctx.database.db.transaction(async (tx) => {
    const before = await lockZoneActivity(tx, user, id);
    if (before.cancelledAt) return [];
    const now = new Date();
    const [after] = await tx
      .update(schema.activities)
      .set({ cancelledAt: now, updatedAt: now })
      .where(eq(schema.activities.id, id))
      .returning();
    const notice = await notifyRegistrants(ctx, tx, after, 'cancelled');
    const colleagues = await followActivityCancel(ctx, tx, user, id);
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'activity.cancel',
      targetType: 'activity',
      targetId: id,
      details: { registrantsNotified: notice.mailIds.length, colleaguesNotified: colleagues.length },
    });
    return [...notice.mailIds, ...colleagues];
  });
  await ctx.mailer.dispatch(mailIds);
}

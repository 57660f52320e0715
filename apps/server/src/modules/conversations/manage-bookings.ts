import { appendAudit, type Tx } from '@brug/db';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import {
  bookSlot,
  cancelBooking,
  issueManageLink,
  queueBookingNotices,
  rescheduleBooking,
  scheduleReminder,
} from './scheduling.ts';

function audit(
  tx: Tx,
  actor: SessionUser,
  action: string,
  bookingId: string,
  details: Record<string, unknown> = {},
) {
  return appendAudit(tx, {
    zoneId: actor.zoneId,
    actorId: actor.id,
    actorEmail: actor.email,
    action,
    targetType: 'booking',
    targetId: bookingId,
    details,
    scope: 'bureau',
  });
}

/** A researcher books a slot (for an invitee who phoned, say); notices with .ics go out. */
export async function bookByResearcher(
  ctx: AppContext,
  actor: SessionUser,
  slotId: string,
  invitationId: string | null,
) {
  const { booking, slot, mailIds } = await ctx.database.db.transaction(async (tx) => {
    const { booking, slot } = await bookSlot(tx, actor.zoneId, slotId, invitationId);
    await audit(tx, actor, 'booking.create', booking.id, { slotId });
    const link = await issueManageLink(ctx, tx, booking);
    const mailIds = await queueBookingNotices(ctx, tx, booking, slot, 'confirmed', link);
    return { booking, slot, mailIds };
  });
  await ctx.mailer.dispatch(mailIds);
  await scheduleReminder(ctx, booking, slot);
  return booking;
}

export async function cancelByResearcher(ctx: AppContext, actor: SessionUser, bookingId: string) {
  const { booking, mailIds } = await ctx.database.db.transaction(async (tx) => {
    const { booking, slot } = await cancelBooking(tx, actor.zoneId, bookingId, 'bureau');
    await audit(tx, actor, 'booking.cancel', booking.id);
    return { booking, mailIds: await queueBookingNotices(ctx, tx, booking, slot, 'cancelled') };
  });
  await ctx.mailer.dispatch(mailIds);
  return booking;
}

export async function rescheduleByResearcher(
  ctx: AppContext,
  actor: SessionUser,
  bookingId: string,
  slotId: string,
) {
  const { booking, slot, result } = await rescheduleBooking(
    ctx,
    actor.zoneId,
    bookingId,
    slotId,
    async (tx, b, s) => {
      await audit(tx, actor, 'booking.reschedule', b.id, { slotId });
      // The contact's notice carries a working link to move or cancel again (a fresh one).
      return queueBookingNotices(ctx, tx, b, s, 'rescheduled', await issueManageLink(ctx, tx, b));
    },
  );
  await ctx.mailer.dispatch(result);
  await scheduleReminder(ctx, booking, slot);
  return booking;
}

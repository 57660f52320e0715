import { appendAudit, schema, type Tx } from '@brug/db';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { sha256 } from '../../http/tokens.ts';
import {
  cancelBooking,
  queueBookingNotices,
  rescheduleBooking,
  scheduleReminder,
} from '../conversations/scheduling.ts';
import { linkGone } from './answer-invitation.ts';

/** The live booking behind the management link of the confirmation e-mail. */
async function bookingOfManageToken(tx: Tx, token: string) {
  const [row] = await tx
    .select({ invitation: schema.invitations, booking: schema.bookings })
    .from(schema.invitations)
    .innerJoin(schema.bookings, eq(schema.bookings.invitationId, schema.invitations.id))
    .where(eq(schema.invitations.manageTokenHash, sha256(token)));
  if (!row) throw linkGone('invalid');
  if (row.booking.status !== 'booked') throw linkGone('used', row.invitation.language);
  return row;
}

function audit(tx: Tx, zoneId: string, action: string, bookingId: string) {
  return appendAudit(tx, { zoneId, action, targetType: 'booking', targetId: bookingId, scope: 'bureau' });
}

export async function cancelByInvitee(ctx: AppContext, token: string) {
  const { booking, mailIds } = await ctx.database.db.transaction(async (tx) => {
    const { invitation, booking: live } = await bookingOfManageToken(tx, token);
    const { booking, slot } = await cancelBooking(tx, invitation.zoneId, live.id, 'invitee');
    await audit(tx, invitation.zoneId, 'booking.cancel.invitee', booking.id);
    return { booking, mailIds: await queueBookingNotices(ctx, tx, booking, slot, 'cancelled') };
  });
  await ctx.mailer.dispatch(mailIds);
  return booking;
}

export async function rescheduleByInvitee(ctx: AppContext, token: string, slotId: string) {
  const { invitation, booking: live } = await ctx.database.db.transaction((tx) =>
    bookingOfManageToken(tx, token),
  );
  const { booking, slot, result } = await rescheduleBooking(
    ctx,
    invitation.zoneId,
    live.id,
    slotId,
    async (tx, b, s) => {
      await audit(tx, invitation.zoneId, 'booking.reschedule.invitee', b.id);
      return queueBookingNotices(ctx, tx, b, s, 'rescheduled');
    },
  );
  await ctx.mailer.dispatch(result);
  await scheduleReminder(ctx, booking, slot);
  return booking;
}

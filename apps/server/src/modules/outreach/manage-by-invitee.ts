import { appendAudit, schema, type Tx } from '@brug/db';
import { formatBrussels, type PublicBookingView } from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { sha256 } from '../../http/tokens.ts';
import {
  cancelBooking,
  listSlots,
  queueBookingNotices,
  rescheduleBooking,
  scheduleReminder,
} from '../conversations/scheduling.ts';
import { linkGone } from './answer-invitation.ts';

/** The live booking behind the management link of the confirmation e-mail. */
async function bookingOfManageToken(tx: Tx, token: string) {
  const [row] = await tx
    .select({ invitation: schema.invitations, booking: schema.bookings, slot: schema.slots })
    .from(schema.invitations)
    .innerJoin(schema.bookings, eq(schema.bookings.invitationId, schema.invitations.id))
    .innerJoin(schema.slots, eq(schema.slots.id, schema.bookings.slotId))
    .where(eq(schema.invitations.manageTokenHash, sha256(token)));
  if (!row) throw linkGone('invalid');
  if (row.booking.status !== 'booked') throw linkGone('used', row.invitation.language);
  // Once the conversation has begun there is nothing left to move or cancel.
  if (row.slot.startsAt <= new Date()) throw linkGone('expired', row.invitation.language);
  return row;
}

function audit(tx: Tx, zoneId: string, action: string, bookingId: string) {
  return appendAudit(tx, { zoneId, action, targetType: 'booking', targetId: bookingId, scope: 'bureau' });
}

/** What the contact sees behind the management link: their time and place, and free times to move to. */
export async function viewBookingByInvitee(ctx: AppContext, token: string): Promise<PublicBookingView> {
  return ctx.database.db.transaction(async (tx) => {
    const { invitation, booking, slot } = await bookingOfManageToken(tx, token);
    const [zone] = await tx.select().from(schema.zones).where(eq(schema.zones.id, invitation.zoneId));
    const free = await listSlots(tx, invitation.zoneId, slot.bureauId, true);
    const [bureau] = await tx.select().from(schema.bureaus).where(eq(schema.bureaus.id, slot.bureauId));
    await audit(tx, invitation.zoneId, 'booking.view.invitee', booking.id);
    return {
      language: invitation.language as PublicBookingView['language'],
      zoneName: zone.name,
      bureauName: bureau?.name ?? null,
      booking: {
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        localStart: formatBrussels(slot.startsAt),
        mode: slot.mode as 'place' | 'video',
        location: slot.mode === 'place' ? slot.location : null,
        videoUrl: slot.mode === 'video' ? slot.videoUrl : null,
        calendar: { uid: booking.icsUid, sequence: booking.sequence },
      },
      slots: free.map(({ slot: s }) => ({
        id: s.id,
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        localStart: formatBrussels(s.startsAt),
        mode: s.mode as 'place' | 'video',
        location: s.mode === 'place' ? s.location : null,
      })),
    };
  });
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
      // The same link keeps working for the moved conversation; the notice repeats it.
      const link = `${ctx.config.publicUrl}/invitations/booking?lang=${invitation.language}&token=${token}`;
      return queueBookingNotices(ctx, tx, b, s, 'rescheduled', link);
    },
  );
  await ctx.mailer.dispatch(result);
  await scheduleReminder(ctx, booking, slot);
  return booking;
}

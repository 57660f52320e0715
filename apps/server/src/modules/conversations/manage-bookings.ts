import { appendAudit, schema, type Tx } from '@brug/db';
import { AppError } from '@brug/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { advanceForInvitation } from '../outreach/relationship.ts';
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

/**
 * The interview invitation a researcher books for, locked until the transaction ends so that two
 * researchers booking the same person at once cannot both succeed. A person has one live booking:
 * a second time is a move, not another booking.
 */
async function claimInvitation(tx: Tx, zoneId: string, invitationId: string) {
  const [inv] = await tx
    .select()
    .from(schema.invitations)
    .where(
      and(
        eq(schema.invitations.id, invitationId),
        eq(schema.invitations.zoneId, zoneId),
        eq(schema.invitations.kind, 'interview'),
      ),
    )
    .for('update');
  if (!inv) throw new AppError('NOT_FOUND', 'No such invitation', { fields: { invitationId: 'not found' } });
  const [live] = await tx
    .select({ id: schema.bookings.id })
    .from(schema.bookings)
    .where(and(eq(schema.bookings.invitationId, inv.id), eq(schema.bookings.status, 'booked')))
    .limit(1);
  if (live) {
    throw new AppError('CONFLICT', 'This person already has a booked conversation', {
      fields: { invitationId: 'already booked' },
    });
  }
  return inv;
}

/**
 * A researcher books a slot, for an invitee who phoned, say. With an invitation the contact gets the
 * same confirmation as when booking through their own link (the .ics and a personal link to move or
 * cancel), and the invitation counts as accepted (the coordinator sees only that). Their consent is
 * recorded by the researcher with the interview, not here.
 */
export async function bookByResearcher(
  ctx: AppContext,
  actor: SessionUser,
  slotId: string,
  invitationId: string | null,
) {
  const { booking, slot, mailIds } = await ctx.database.db.transaction(async (tx) => {
    if (invitationId) {
      const inv = await claimInvitation(tx, actor.zoneId, invitationId);
      await tx
        .update(schema.invitations)
        .set({
          status: 'accepted',
          answeredAt: sql`coalesce(${schema.invitations.answeredAt}, now())`,
          openedAt: sql`coalesce(${schema.invitations.openedAt}, now())`,
        })
        .where(eq(schema.invitations.id, inv.id));
      // The contact's yes by phone starts the dialogue with the organisation, as on their own page.
      await advanceForInvitation(tx, {
        zoneId: inv.zoneId,
        organisationId: inv.organisationId,
        waveId: inv.waveId,
        to: 'in_dialogue',
        actor: null,
      });
    }
    const { booking, slot } = await bookSlot(tx, actor.zoneId, slotId, invitationId);
    // No slot, no invitation in the details: the booking row has them, the audit must not add a time.
    await audit(tx, actor, 'booking.create', booking.id);
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
      await audit(tx, actor, 'booking.reschedule', b.id);
      // The contact's notice carries a working link to move or cancel again (a fresh one).
      return queueBookingNotices(ctx, tx, b, s, 'rescheduled', await issueManageLink(ctx, tx, b));
    },
  );
  await ctx.mailer.dispatch(result);
  await scheduleReminder(ctx, booking, slot);
  return booking;
}

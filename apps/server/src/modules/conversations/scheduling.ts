import { appendAudit, schema, type Tx } from '@brug/db';
import { AppError, brusselsToUtc, type CreateSlotInput, type Language } from '@brug/domain';
import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { randomToken, sha256 } from '../../http/tokens.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { requireMembership } from '../vault/manage-bureau.ts';
import { buildIcs, calendarOrganizer } from './ics.ts';
import { bookingMail, EVENT_SUMMARY } from './mails.ts';

export const REMINDER_QUEUE = 'listening-conversation-reminder';
type SlotRow = typeof schema.slots.$inferSelect;
type BookingRow = typeof schema.bookings.$inferSelect;

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

const slotTaken = () =>
  new AppError('CONFLICT', 'This time has just been taken', {
    userMessage: 'errors.SLOT_TAKEN',
    fields: { slotId: 'already booked' },
  });

export async function createSlot(ctx: AppContext, actor: SessionUser, input: CreateSlotInput) {
  return ctx.database.db.transaction(async (tx) => {
    const { bureauId } = await requireMembership(tx, actor);
    const startsAt = brusselsToUtc(input.startsAt);
    if (startsAt <= new Date()) throw AppError.validation({ startsAt: 'must be in the future' });
    const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
    const [slot] = await tx
      .insert(schema.slots)
      .values({
        zoneId: actor.zoneId,
        bureauId,
        researcherId: actor.id,
        startsAt,
        endsAt,
        mode: input.mode,
        location: input.mode === 'place' ? (input.location ?? null) : null,
        videoUrl: input.mode === 'video' ? (input.videoUrl ?? null) : null,
      })
      .returning();
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'slot.create',
      targetType: 'slot',
      targetId: slot.id,
      scope: 'bureau',
    });
    return slot;
  });
}

/** The bureau's slots with whether each is booked. */
export async function listSlots(tx: Tx, zoneId: string, bureauId: string, onlyOpenFuture = false) {
  const rows = await tx
    .select({ slot: schema.slots, bookingId: schema.bookings.id })
    .from(schema.slots)
    .leftJoin(
      schema.bookings,
      and(eq(schema.bookings.slotId, schema.slots.id), eq(schema.bookings.status, 'booked')),
    )
    .where(
      and(
        eq(schema.slots.zoneId, zoneId),
        eq(schema.slots.bureauId, bureauId),
        onlyOpenFuture ? isNull(schema.slots.cancelledAt) : undefined,
        onlyOpenFuture ? gt(schema.slots.startsAt, sql`now()`) : undefined,
      ),
    )
    .orderBy(asc(schema.slots.startsAt));
  return rows
    .filter((r) => !onlyOpenFuture || r.bookingId === null)
    .map((r) => ({ slot: r.slot, booked: r.bookingId !== null, bookingId: r.bookingId }));
}

async function getSlot(tx: Tx, zoneId: string, slotId: string) {
  const [slot] = await tx
    .select()
    .from(schema.slots)
    .where(and(eq(schema.slots.id, slotId), eq(schema.slots.zoneId, zoneId)))
    .limit(1);
  if (!slot) throw new AppError('NOT_FOUND', 'No such time slot', { fields: { slotId: 'not found' } });
  if (slot.cancelledAt || slot.startsAt <= new Date()) {
    throw new AppError('CONFLICT', 'This time is no longer offered', {
      fields: { slotId: 'no longer offered' },
    });
  }
  return slot;
}

/**
 * Books a slot. The partial unique index on live bookings decides between concurrent requests:
 * `ON CONFLICT DO NOTHING` lets exactly one insert through, the others get 409.
 */
export async function bookSlot(tx: Tx, zoneId: string, slotId: string, invitationId: string | null) {
  const slot = await getSlot(tx, zoneId, slotId);
  const [booking] = await tx
    .insert(schema.bookings)
    .values({ zoneId, slotId: slot.id, invitationId, icsUid: `${crypto.randomUUID()}@brug` })
    .onConflictDoNothing()
    .returning();
  if (!booking) throw slotTaken();
  return { slot, booking };
}

export async function getBooking(tx: Tx, zoneId: string, bookingId: string) {
  const [row] = await tx
    .select({ booking: schema.bookings, slot: schema.slots })
    .from(schema.bookings)
    .innerJoin(schema.slots, eq(schema.slots.id, schema.bookings.slotId))
    .where(and(eq(schema.bookings.id, bookingId), eq(schema.bookings.zoneId, zoneId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'No such booking');
  return row;
}

export async function cancelBooking(tx: Tx, zoneId: string, bookingId: string, by: 'bureau' | 'invitee') {
  const { booking, slot } = await getBooking(tx, zoneId, bookingId);
  if (booking.status !== 'booked') throw new AppError('CONFLICT', 'Already cancelled');
  const [updated] = await tx
    .update(schema.bookings)
    .set({ status: 'cancelled', cancelledAt: new Date(), cancelledBy: by, sequence: booking.sequence + 1 })
    .where(eq(schema.bookings.id, bookingId))
    .returning();
  return { booking: updated, slot };
}

/**
 * Moves a booking to another free slot, keeping its calendar UID (with a higher SEQUENCE) so that
 * calendars update the event. `after` runs in the same transaction (audit, notices).
 */
export async function rescheduleBooking<T>(
  ctx: AppContext,
  zoneId: string,
  bookingId: string,
  newSlotId: string,
  after: (tx: Tx, booking: BookingRow, slot: SlotRow) => Promise<T>,
): Promise<{ booking: BookingRow; slot: SlotRow; result: T }> {
  try {
    return await ctx.database.db.transaction(async (tx) => {
      const { booking } = await getBooking(tx, zoneId, bookingId);
      if (booking.status !== 'booked') throw new AppError('CONFLICT', 'This booking was cancelled');
      const slot = await getSlot(tx, zoneId, newSlotId);
      const [updated] = await tx
        .update(schema.bookings)
        .set({ slotId: slot.id, sequence: booking.sequence + 1 })
        .where(eq(schema.bookings.id, bookingId))
        .returning();
      return { booking: updated, slot, result: await after(tx, updated, slot) };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw slotTaken();
    throw err;
  }
}

type Recipient = { email: string; language: Language; manageLink?: string };

/** Who hears of a booking change: the invited contact (if any) and the researcher of the slot. */
export async function bookingRecipients(tx: Tx, booking: BookingRow, slot: SlotRow, manageLink?: string) {
  const out: Recipient[] = [];
  if (booking.invitationId) {
    const [c] = await tx
      .select({ email: schema.contacts.email, language: schema.invitations.language })
      .from(schema.invitations)
      .innerJoin(schema.contacts, eq(schema.contacts.id, schema.invitations.contactId))
      .where(eq(schema.invitations.id, booking.invitationId));
    if (c?.email) out.push({ email: c.email, language: c.language as Language, manageLink });
  }
  const [r] = await tx
    .select({ email: schema.users.email, language: schema.users.language })
    .from(schema.users)
    .where(eq(schema.users.id, slot.researcherId));
  if (r) out.push({ email: r.email, language: r.language as Language });
  return out;
}

export function whereText(slot: SlotRow, language: Language): string {
  if (slot.mode === 'video')
    return `${{ nl: 'Videogesprek', fr: 'Appel vidéo', en: 'Video call' }[language]}: ${slot.videoUrl}`;
  return slot.location ?? '';
}

/** Queues the notice and its .ics in the transaction of the change; returns mail ids to dispatch. */
export async function queueBookingNotices(
  ctx: AppContext,
  tx: Tx,
  booking: BookingRow,
  slot: SlotRow,
  change: 'confirmed' | 'rescheduled' | 'cancelled' | 'reminder',
  manageLink?: string,
) {
  const ids: string[] = [];
  for (const to of await bookingRecipients(tx, booking, slot, manageLink)) {
    const where = whereText(slot, to.language);
    const mail = bookingMail(to.language, change, { start: slot.startsAt, where }, to.manageLink);
    const ics = buildIcs({
      uid: booking.icsUid,
      sequence: booking.sequence,
      start: slot.startsAt,
      end: slot.endsAt,
      summary: EVENT_SUMMARY[to.language],
      description: where,
      location: slot.mode === 'place' ? slot.location : null,
      url: slot.mode === 'video' ? slot.videoUrl : null,
      cancelled: change === 'cancelled',
      organizer: calendarOrganizer(ctx.config.mailFrom),
      attendees: [{ email: to.email }],
    });
    ids.push(
      await ctx.mailer.queue(tx, {
        zoneId: booking.zoneId,
        to: to.email,
        ...mail,
        language: to.language,
        // Time and place of a confidential conversation: for the research bureau, not the admin.
        confidential: true,
        attachments: [
          {
            filename: 'gesprek.ics',
            content: ics,
            contentType: `text/calendar; charset=utf-8; method=${change === 'cancelled' ? 'CANCEL' : 'REQUEST'}`,
          },
        ],
      }),
    );
  }
  return ids;
}

/**
 * A fresh link for the contact to move or cancel their conversation, replacing the previous one.
 * Only the hash of a link is stored (like a password), so an e-mail that must carry the link again
 * gets a new one; the link in the older e-mail then shows the "no longer valid" page. Storing the
 * token encrypted instead would let whoever holds the server key act as the contact.
 */
export async function issueManageLink(ctx: AppContext, tx: Tx, booking: BookingRow) {
  if (!booking.invitationId) return undefined;
  const token = randomToken();
  const [inv] = await tx
    .update(schema.invitations)
    .set({ manageTokenHash: sha256(token) })
    .where(eq(schema.invitations.id, booking.invitationId))
    .returning({ language: schema.invitations.language });
  if (!inv) return undefined;
  return `${ctx.config.publicUrl}/invitations/booking?lang=${inv.language}&token=${token}`;
}

/** The day-before reminder, as a pg-boss job that checks the booking is still the same when it runs. */
export async function scheduleReminder(ctx: AppContext, booking: BookingRow, slot: SlotRow) {
  const at = new Date(slot.startsAt.getTime() - 24 * 3_600_000);
  if (at <= new Date()) return;
  await ctx.jobs.send(
    REMINDER_QUEUE,
    { bookingId: booking.id, sequence: booking.sequence },
    { startAfter: at, singletonKey: `${booking.id}:${booking.sequence}` },
  );
}

export async function sendReminder(ctx: AppContext, data: { bookingId: string; sequence: number }) {
  const ids = await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ booking: schema.bookings, slot: schema.slots })
      .from(schema.bookings)
      .innerJoin(schema.slots, eq(schema.slots.id, schema.bookings.slotId))
      .where(eq(schema.bookings.id, data.bookingId));
    if (row?.booking.status !== 'booked' || row.booking.sequence !== data.sequence) return [];
    const link = await issueManageLink(ctx, tx, row.booking);
    return queueBookingNotices(ctx, tx, row.booking, row.slot, 'reminder', link);
  });
  await ctx.mailer.dispatch(ids);
}

export async function liveBookingsOfSlots(tx: Tx, slotIds: string[]) {
  if (slotIds.length === 0) return [];
  return tx
    .select()
    .from(schema.bookings)
    .where(and(inArray(schema.bookings.slotId, slotIds), eq(schema.bookings.status, 'booked')));
}

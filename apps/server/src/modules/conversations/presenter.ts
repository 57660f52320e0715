import type { schema } from '@brug/db';
import type { InterviewSummaryView } from '@brug/domain';
import { type BookingView, formatBrussels, type InterviewView, type SlotView } from '@brug/domain';
import type { z } from 'zod';
import type { OpenedInterview } from './interviews.ts';

type InterviewRow = typeof schema.interviews.$inferSelect;
type SlotRow = typeof schema.slots.$inferSelect;
type BookingRow = typeof schema.bookings.$inferSelect;

/** What a list shows: pseudonym, status, version and dates. No sealed field, not even its length. */
export function presentInterviewSummary(r: InterviewRow): z.infer<typeof InterviewSummaryView> {
  return {
    id: r.id,
    pseudonym: r.pseudonym,
    status: r.status as InterviewView['status'],
    notesVersion: r.notesVersion,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function presentInterview(o: OpenedInterview): InterviewView {
  return { ...presentInterviewSummary(o.row), source: o.source, consent: o.consent, notesHtml: o.notesHtml };
}

export function presentSlot(s: SlotRow, bookingId: string | null): SlotView {
  return {
    id: s.id,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    localStart: formatBrussels(s.startsAt),
    mode: s.mode as SlotView['mode'],
    location: s.location,
    videoUrl: s.videoUrl,
    researcherId: s.researcherId,
    booked: bookingId !== null,
    bookingId,
    cancelled: s.cancelledAt !== null,
  };
}

export function presentBooking(b: BookingRow): BookingView {
  return {
    id: b.id,
    slotId: b.slotId,
    invitationId: b.invitationId,
    status: b.status as BookingView['status'],
    sequence: b.sequence,
    createdAt: b.createdAt.toISOString(),
  };
}

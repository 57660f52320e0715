import type { schema } from '@brug/db';
import type { InterviewSummaryView } from '@brug/domain';
import { type BookingView, formatBrussels, type InterviewView, type SlotView } from '@brug/domain';

type InterviewRow = typeof schema.interviews.$inferSelect;
type SlotRow = typeof schema.slots.$inferSelect;
type BookingRow = typeof schema.bookings.$inferSelect;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** What a list shows: pseudonym, status, consent given, version and days. No sealed field. */
export function presentInterviewSummary(r: InterviewRow): InterviewSummaryView {
  return {
    id: r.id,
    pseudonym: r.pseudonym,
    status: r.status as InterviewView['status'],
    consentGiven: r.consentGiven,
    notesVersion: r.notesVersion,
    createdOn: day(r.createdAt),
    updatedOn: day(r.updatedAt),
  };
}

/** One interview as stored: the researcher's browser opens the sealed fields. */
export function presentInterview(r: InterviewRow): InterviewView {
  return {
    ...presentInterviewSummary(r),
    wrappedSubKey: r.wrappedSubKey,
    sealedSource: r.sealedSource,
    sealedConsent: r.sealedConsent,
    sealedNotes: r.sealedNotes,
  };
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

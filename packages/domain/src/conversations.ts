import { z } from 'zod';
import { IsoDate, IsoDateTime } from './common.ts';
import { SealedValue, WrappedKey } from './vault.ts';

export const INTERVIEW_STATUSES = ['open', 'held', 'withdrawn'] as const;
export const PSEUDONYM_PATTERN = /^[A-Z]{1,3}-\d{2,4}$/;
/** Rich-text notes (HTML from the editor) are limited in size; 20,000 words fit comfortably. */
export const INTERVIEW_NOTES_MAX_LENGTH = 1_000_000;
export const SLOT_MIN_MINUTES = 15;
export const SLOT_MAX_MINUTES = 480;
export const BRUSSELS_TIME_ZONE = 'Europe/Brussels';

export const Pseudonym = z.string().trim().regex(PSEUDONYM_PATTERN, 'like B-07');

export const ConsentRecord = z.object({
  given: z.boolean(),
  /** How consent was obtained: on the invitation page, in writing, orally at the start. */
  method: z.enum(['invitation-page', 'written', 'oral']),
  recordedAt: IsoDateTime,
  note: z.string().max(2000).optional(),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/**
 * A new interview as the researcher's browser made it: the id (the sealed fields are bound to it), the
 * interview's sub-key wrapped by the bureau's data key, and source, consent record and notes sealed
 * with that sub-key (`interview:<id>:source|consent|notes`). Only `consentGiven` is in the clear: the
 * server needs it to decide whether the interview counts as a source.
 */
export const CreateInterviewInput = z.object({
  id: z.uuid(),
  pseudonym: Pseudonym.optional(),
  wrappedSubKey: WrappedKey,
  sealedSource: SealedValue,
  sealedConsent: SealedValue,
  sealedNotes: SealedValue,
  consentGiven: z.boolean(),
});
export const SaveNotesInput = z.object({
  sealedNotes: SealedValue,
  /** The version the editor started from; a stale save is refused (409). */
  baseVersion: z.number().int().min(0),
});
export const UpdateInterviewInput = z
  .object({
    status: z.enum(['open', 'held']).optional(),
    sealedConsent: SealedValue.optional(),
    consentGiven: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status === undefined && v.sealedConsent === undefined && v.consentGiven === undefined)
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'nothing to change' });
    if ((v.sealedConsent === undefined) !== (v.consentGiven === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [v.sealedConsent === undefined ? 'sealedConsent' : 'consentGiven'],
        message: 'the consent record and consentGiven change together',
      });
  });
export const WithdrawInterviewInput = z.object({ confirm: z.literal(true) });

/** Dates are days (`2026-11-20`): a finer time could be matched with a booked hour. */
export const InterviewSummaryView = z.object({
  id: z.uuid(),
  pseudonym: z.string(),
  status: z.enum(INTERVIEW_STATUSES),
  consentGiven: z.boolean(),
  notesVersion: z.number().int(),
  createdOn: IsoDate,
  updatedOn: IsoDate,
});
export type InterviewSummaryView = z.infer<typeof InterviewSummaryView>;
/** One interview as stored: the browser unwraps the sub-key and opens the fields (null once withdrawn). */
export const InterviewView = InterviewSummaryView.extend({
  wrappedSubKey: z.string().nullable(),
  sealedSource: z.string().nullable(),
  sealedConsent: z.string().nullable(),
  sealedNotes: z.string().nullable(),
});
export type InterviewView = z.infer<typeof InterviewView>;

/** Contexts of an interview's sealed fields and sub-key: one place for browser, tests and demo. */
export const interviewContext = {
  subKey: (id: string) => `interview:${id}`,
  field: (id: string, field: 'source' | 'consent' | 'notes') => `interview:${id}:${field}`,
};

/** Why an interview does not count as a source for k (DESIGN.md §4, issue 13). */
export const SOURCE_REFUSALS = ['not-found', 'withdrawn', 'not-held', 'no-consent'] as const;
export type SourceRefusal = (typeof SOURCE_REFUSALS)[number];

export const SlotMode = z.enum(['place', 'video']);
/** A wall-clock time in Brussels, e.g. `2026-03-29T10:00`; the server resolves summer or winter time. */
export const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'like 2026-03-29T10:00');

export const CreateSlotInput = z
  .object({
    startsAt: LocalDateTime,
    durationMinutes: z.number().int().min(SLOT_MIN_MINUTES).max(SLOT_MAX_MINUTES),
    mode: SlotMode,
    location: z.string().trim().max(300).optional(),
    videoUrl: z
      .url({ protocol: /^https$/ })
      .max(500)
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.mode === 'place' && !v.location)
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'required for a place' });
    if (v.mode === 'video' && !v.videoUrl)
      ctx.addIssue({ code: 'custom', path: ['videoUrl'], message: 'required for a video call' });
  });
export type CreateSlotInput = z.infer<typeof CreateSlotInput>;

export const SlotView = z.object({
  id: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** Wall-clock start in Brussels, for display. */
  localStart: z.string(),
  mode: SlotMode,
  location: z.string().nullable(),
  videoUrl: z.string().nullable(),
  researcherId: z.uuid(),
  booked: z.boolean(),
  /** The live booking of this slot, for the researcher to move or cancel it. */
  bookingId: z.uuid().nullable(),
  cancelled: z.boolean(),
});
export type SlotView = z.infer<typeof SlotView>;

export const BookSlotInput = z.object({ invitationId: z.uuid().optional() });
export const RescheduleInput = z.object({ slotId: z.uuid() });
export const BookingView = z.object({
  id: z.uuid(),
  slotId: z.uuid(),
  invitationId: z.uuid().nullable(),
  status: z.enum(['booked', 'cancelled']),
  sequence: z.number().int(),
  createdAt: z.string(),
});
export type BookingView = z.infer<typeof BookingView>;

/**
 * The UTC instant of a wall-clock time in Europe/Brussels. Across the spring change a time that does
 * not exist (02:30 on the last Sunday of March) moves forward an hour; in the autumn the earlier of
 * the two moments is chosen.
 */
export function brusselsToUtc(local: string): Date {
  const [date, time] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Try both offsets Brussels uses (+1 in winter, +2 in summer); keep the one that reads back right.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (formatBrussels(candidate) === `${date}T${time}`) return candidate;
  }
  return new Date(asUtc - 1 * 3_600_000);
}

export function formatBrussels(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: BRUSSELS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

import { z } from 'zod';
import { brusselsToUtc, formatBrussels } from './conversations.ts';
import { LANGUAGES } from './roles.ts';
import { SealedBox } from './vault.ts';

export const INVITATION_KINDS = ['interview', 'roundtable'] as const;
export const INVITATION_STATUSES = ['sent', 'opened', 'accepted', 'declined', 'proposed'] as const;
/** A personal invitation link is valid this long; it is also the deadline to answer. */
export const OUTREACH_LINK_TTL_DAYS = 21;
/** The deadline reminder goes out this many days before the link expires. */
export const OUTREACH_REMINDER_DAYS_BEFORE = 3;

const DAY_MS = 86_400_000;

/** The Brussels calendar day `days` after `at`, as YYYY-MM-DD. */
function brusselsDayAfter(at: Date, days: number): string {
  return formatBrussels(new Date(at.getTime() + days * DAY_MS)).slice(0, 10);
}

/**
 * The deadline of an invitation sent at `sentAt`: the end of the Brussels day OUTREACH_LINK_TTL_DAYS
 * later (23:59), so the mail reads "tot zondag 27 december om 23:59" rather than the minute it was sent.
 */
export function invitationDeadline(sentAt: Date): Date {
  return brusselsToUtc(`${brusselsDayAfter(sentAt, OUTREACH_LINK_TTL_DAYS)}T23:59`);
}

/** When the deadline reminder goes out: 10:00 in Brussels, OUTREACH_REMINDER_DAYS_BEFORE days before the deadline's day. */
export function invitationReminderAt(deadline: Date): Date {
  return brusselsToUtc(`${brusselsDayAfter(deadline, -OUTREACH_REMINDER_DAYS_BEFORE)}T10:00`);
}
export const PROPOSAL_MAX_LENGTH = 500;

/** How many organisations or contacts one sending may name. */
export const INVITATION_SELECTION_MAX = 500;

const InvitationSelection = z.object({
  kind: z.enum(INVITATION_KINDS),
  waveId: z.uuid().optional(),
  /** Only these organisations (of the wave, when one is given). An empty list is refused, never read as "all". */
  organisationIds: z.array(z.uuid()).min(1).max(INVITATION_SELECTION_MAX).optional(),
  /**
   * Only these contacts (of the chosen organisations or wave). Each must have an e-mail address and
   * not be erased; an empty list is refused.
   */
  contactIds: z.array(z.uuid()).min(1).max(INVITATION_SELECTION_MAX).optional(),
  roundtableId: z.uuid().optional(),
});
function checkSelection(
  v: z.infer<typeof InvitationSelection> & { wholeZone?: boolean },
  ctx: z.core.$RefinementCtx,
) {
  if (!v.waveId && !v.organisationIds?.length && !v.contactIds?.length && !v.wholeZone)
    ctx.addIssue({ code: 'custom', path: ['organisationIds'], message: 'choose a wave or organisations' });
  if (v.kind === 'roundtable' && !v.roundtableId)
    ctx.addIssue({ code: 'custom', path: ['roundtableId'], message: 'required for a roundtable' });
}

export const SendInvitationsInput = InvitationSelection.superRefine(checkSelection);
export type SendInvitationsInput = z.infer<typeof SendInvitationsInput>;

export const InvitationStatusView = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  sent: z.number().int(),
  opened: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  /** Answered with a proposal for another time. */
  proposed: z.number().int(),
  noAnswerYet: z.number().int(),
});
export const InvitationStatusQuery = z.object({
  waveId: z.uuid().optional(),
  kind: z.enum(INVITATION_KINDS).optional(),
});
export const AnswerForBureauView = z.object({
  invitationId: z.uuid(),
  organisationName: z.string(),
  contactName: z.string(),
  status: z.enum(INVITATION_STATUSES),
  /** `SealedAnswerContent` sealed to the bureau (context `invitation:<id>:answer`): the browser opens it. */
  sealedAnswer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
/** An interview invitation a researcher may book a time for (after a phone call, say): no live booking yet. */
export const BookableInvitationView = z.object({
  invitationId: z.uuid(),
  organisationName: z.string(),
  contactName: z.string(),
  /** Without an e-mail address the contact gets no confirmation: the researcher tells them. */
  hasEmail: z.boolean(),
  status: z.enum(INVITATION_STATUSES),
});
export type BookableInvitationView = z.infer<typeof BookableInvitationView>;
export const TokenBody = z.object({ token: z.string().min(10).max(200) });
export const PublicRescheduleInput = TokenBody.extend({ slotId: z.uuid() });
export type InvitationStatusView = z.infer<typeof InvitationStatusView>;

/** The same selection as a sending, and whose mail to show (default: the first who would get one). */
export const PreviewInvitationsInput = InvitationSelection.extend({
  previewContactId: z.uuid().optional(),
  /**
   * Every organisation of the zone, however many (a roundtable chooses from all of them). Only a
   * preview may ask for it: a sending names its organisations or its wave.
   */
  wholeZone: z.literal(true).optional(),
}).superRefine(checkSelection);
export type PreviewInvitationsInput = z.infer<typeof PreviewInvitationsInput>;

/** Whether a contact would get a mail now, and why not. */
export const INVITATION_RECIPIENT_STATUSES = ['will_send', 'already_invited', 'no_email'] as const;
export const InvitationPreviewView = z.object({
  organisations: z.array(
    z.object({
      organisationId: z.uuid(),
      organisationName: z.string(),
      /** Not erased contacts, by name. */
      contacts: z.array(
        z.object({
          contactId: z.uuid(),
          contactName: z.string(),
          language: z.enum(LANGUAGES),
          status: z.enum(INVITATION_RECIPIENT_STATUSES),
        }),
      ),
    }),
  ),
  /** Mails the sending would send, and to how many organisations. */
  invitations: z.number().int(),
  organisationsReached: z.number().int(),
  /** The mail as rendered for the real sending, with a placeholder in place of the personal link. */
  mail: z
    .object({
      contactId: z.uuid(),
      language: z.enum(LANGUAGES),
      subject: z.string(),
      text: z.string(),
      html: z.string(),
    })
    .nullable(),
});
export type InvitationPreviewView = z.infer<typeof InvitationPreviewView>;

/** What a sending did: mails sent, and the contacts of the selection it left out, by reason. */
export const SendInvitationsResult = z.object({
  sent: z.number().int(),
  skippedWithoutEmail: z.number().int(),
  /** Already invited to the same conversation (the same roundtable, or an interview): not mailed twice. */
  skippedAlreadyInvited: z.number().int(),
});
export type SendInvitationsResult = z.infer<typeof SendInvitationsResult>;

/** What the public page shows: no names of other people, no data of the organisation. */
export const PublicInvitationView = z.object({
  kind: z.enum(INVITATION_KINDS),
  language: z.enum(LANGUAGES),
  zoneName: z.string(),
  bureauName: z.string().nullable(),
  expiresAt: z.string(),
  slots: z.array(
    z.object({
      id: z.uuid(),
      startsAt: z.string(),
      endsAt: z.string(),
      localStart: z.string(),
      mode: z.enum(['place', 'video']),
      location: z.string().nullable(),
    }),
  ),
  roundtable: z.object({ title: z.string(), startsAt: z.string(), place: z.string() }).nullable(),
  /**
   * For an interview invitation: where the contact's browser seals the answer (consent, a proposed
   * time) with `sealForBureau(bureauId, publicKey, json, context)`; null without a bureau vault.
   */
  sealTo: z.object({ bureauId: z.uuid(), publicKey: z.string(), context: z.string() }).nullable(),
});
export type PublicInvitationView = z.infer<typeof PublicInvitationView>;

/** The booked conversation behind the management link: the contact's own time and place, and free times to move to. */
export const PublicBookingView = z.object({
  language: z.enum(LANGUAGES),
  zoneName: z.string(),
  bureauName: z.string().nullable(),
  booking: z.object({
    startsAt: z.string(),
    endsAt: z.string(),
    localStart: z.string(),
    mode: z.enum(['place', 'video']),
    location: z.string().nullable(),
    videoUrl: z.string().nullable(),
    /**
     * The event's identity in calendars: the UID of the mailed invitation and its SEQUENCE, raised by
     * every move, so that a file downloaded from the page replaces the event instead of adding one.
     */
    calendar: z.object({ uid: z.string(), sequence: z.number().int() }),
  }),
  slots: PublicInvitationView.shape.slots,
});
export type PublicBookingView = z.infer<typeof PublicBookingView>;

/**
 * What the contact's browser sealed for the bureau (`sealedAnswer`, JSON of this shape); the server
 * never sees it in the clear. The page checks the rules (consent to take part, a proposal to propose).
 */
export const SealedAnswerContent = z.object({
  consent: z.boolean(),
  answer: z.enum(['accept', 'propose', 'decline']),
  proposal: z.string().trim().max(PROPOSAL_MAX_LENGTH).nullable(),
  at: z.string(),
});
export type SealedAnswerContent = z.infer<typeof SealedAnswerContent>;
/**
 * The contact's answer. For an interview invitation, consent and any proposed time travel only inside
 * `sealedAnswer` (sealed in the contact's browser to `sealTo`); a roundtable answer has nothing sealed.
 */
export const AnswerInvitationInput = z.object({
  token: z.string().min(10).max(200),
  answer: z.enum(['accept', 'propose', 'decline']),
  slotId: z.uuid().optional(),
  sealedAnswer: SealedBox.optional(),
  /** The language the contact read the page in: the booking's mails follow it from then on. */
  language: z.enum(['nl', 'fr', 'en']).optional(),
});
export type AnswerInvitationInput = z.infer<typeof AnswerInvitationInput>;
export const AnswerResultView = z.object({
  status: z.enum(INVITATION_STATUSES),
  bookingId: z.uuid().nullable(),
  /** The booked conversation's UID in calendars, as in the mailed invitation (null without a booking). */
  calendarUid: z.string().nullable(),
});

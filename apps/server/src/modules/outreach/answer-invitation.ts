import { appendAudit, schema, type Tx } from '@brug/db';
import {
  type AnswerInvitationInput,
  AppError,
  formatBrussels,
  type PublicInvitationView,
} from '@brug/domain';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { randomToken, sha256 } from '../../http/tokens.ts';
import { calendarOrganizer } from '../conversations/ics.ts';
import { bookSlot, listSlots, queueBookingNotices, scheduleReminder } from '../conversations/scheduling.ts';
import { roundtableIcs } from '../roundtables/mails.ts';
import { findBureauPublicKey } from '../vault/access.ts';
import { answeredMail } from './mails.ts';
import { advanceForInvitation } from './relationship.ts';

type InvitationRow = typeof schema.invitations.$inferSelect;

/** Why a link does not work, for a page in the visitor's language. Never says whose link it was. */
export type LinkProblem = 'invalid' | 'used' | 'expired';

export function linkGone(reason: LinkProblem, language?: string) {
  return new AppError('GONE', `This link is ${reason === 'invalid' ? 'not valid' : reason}`, {
    userMessage: `errors.LINK_${reason.toUpperCase()}`,
    fields: { token: reason, ...(language ? { language } : {}) },
  });
}

async function findByToken(tx: Tx, token: string) {
  const [inv] = await tx
    .select()
    .from(schema.invitations)
    .where(eq(schema.invitations.tokenHash, sha256(token)))
    .limit(1);
  return inv;
}

function problemOf(inv: InvitationRow | undefined): LinkProblem | null {
  if (!inv) return 'invalid';
  if (inv.answeredAt) return 'used';
  if (inv.expiresAt <= new Date()) return 'expired';
  return null;
}

/** Context of the answer the contact's browser seals for the bureau: binds it to its invitation. */
export const answerContext = (invitationId: string) => `invitation:${invitationId}:answer`;

/**
 * Opens the public page: marks the invitation opened (programme data), lists free slots and, for an
 * interview, gives the bureau's public key so that the contact's browser seals the answer itself.
 */
export async function viewInvitation(ctx: AppContext, token: string): Promise<PublicInvitationView> {
  return ctx.database.db.transaction(async (tx) => {
    const inv = await findByToken(tx, token);
    const problem = problemOf(inv);
    if (problem) throw linkGone(problem, inv?.language);
    if (!inv.openedAt) {
      await tx
        .update(schema.invitations)
        .set({
          openedAt: new Date(),
          status: sql`case when ${schema.invitations.status} = 'sent' then 'opened' else ${schema.invitations.status} end`,
        })
        .where(eq(schema.invitations.id, inv.id));
    }
    const [zone] = await tx.select().from(schema.zones).where(eq(schema.zones.id, inv.zoneId));
    const [bureau] = await tx.select().from(schema.bureaus).where(eq(schema.bureaus.zoneId, inv.zoneId));
    const slots = inv.kind === 'interview' && bureau ? await listSlots(tx, inv.zoneId, bureau.id, true) : [];
    const key = inv.kind === 'interview' && bureau ? await findBureauPublicKey(tx, bureau.id) : null;
    const [rt] = inv.roundtableId
      ? await tx.select().from(schema.roundtables).where(eq(schema.roundtables.id, inv.roundtableId))
      : [];
    return {
      kind: inv.kind as PublicInvitationView['kind'],
      language: inv.language as PublicInvitationView['language'],
      zoneName: zone.name,
      bureauName: bureau?.name ?? null,
      expiresAt: inv.expiresAt.toISOString(),
      slots: slots.map(({ slot }) => ({
        id: slot.id,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        localStart: formatBrussels(slot.startsAt),
        mode: slot.mode as 'place' | 'video',
        location: slot.mode === 'place' ? slot.location : null,
      })),
      roundtable: rt ? { title: rt.title, startsAt: rt.startsAt.toISOString(), place: rt.place } : null,
      sealTo: key ? { ...key, context: answerContext(inv.id) } : null,
    };
  });
}

/**
 * The contact's answer, once. Consent and any proposed time arrive sealed for the bureau by the
 * contact's browser (`sealedAnswer`; the server never sees them); the coordinator sees only the status. Accepting an interview books the
 * chosen slot in the same transaction: if someone else was quicker, nothing is saved and the link
 * still works for another choice.
 */
export async function answerInvitation(ctx: AppContext, token: string, input: AnswerInvitationInput) {
  const status: 'accepted' | 'declined' | 'proposed' =
    input.answer === 'accept' ? 'accepted' : input.answer === 'decline' ? 'declined' : 'proposed';
  const manageToken = randomToken();
  const out = await ctx.database.db.transaction(async (tx) => {
    const [inv] = await tx
      .update(schema.invitations)
      .set({
        status,
        answeredAt: new Date(),
        openedAt: sql`coalesce(${schema.invitations.openedAt}, now())`,
        // The contact chose this language on the page: the confirmation and later notices use it.
        ...(input.language ? { language: input.language } : {}),
      })
      .where(
        and(
          eq(schema.invitations.tokenHash, sha256(token)),
          isNull(schema.invitations.answeredAt),
          gt(schema.invitations.expiresAt, sql`now()`),
        ),
      )
      .returning();
    if (!inv) {
      const found = await findByToken(tx, token);
      throw linkGone(problemOf(found) ?? 'used', found?.language);
    }
    const mailIds: string[] = [];
    let booking: typeof schema.bookings.$inferSelect | null = null;
    let slot: typeof schema.slots.$inferSelect | null = null;
    if (inv.kind === 'interview') {
      const [bureau] = await tx.select().from(schema.bureaus).where(eq(schema.bureaus.zoneId, inv.zoneId));
      const key = bureau ? await findBureauPublicKey(tx, bureau.id) : null;
      // With a vault, the answer must come sealed: consent is the bureau's to read, nobody else's.
      if (key && !input.sealedAnswer) throw AppError.validation({ sealedAnswer: 'required' });
      if (input.answer === 'accept') {
        if (!input.slotId) throw AppError.validation({ slotId: 'choose a time' });
        ({ booking, slot } = await bookSlot(tx, inv.zoneId, input.slotId, inv.id));
      }
      await tx
        .update(schema.invitations)
        .set({
          sealedAnswer: key ? (input.sealedAnswer ?? null) : null,
          manageTokenHash: booking ? sha256(manageToken) : null,
        })
        .where(eq(schema.invitations.id, inv.id));
    } else if (inv.roundtableId) {
      await setRoundtableAnswer(tx, inv, input.answer === 'accept' ? 'confirmed' : 'declined');
    }
    // A yes (or another time proposed) starts the dialogue with the organisation.
    if (status !== 'declined') {
      await advanceForInvitation(tx, {
        zoneId: inv.zoneId,
        organisationId: inv.organisationId,
        waveId: inv.waveId,
        to: 'in_dialogue',
        actor: null,
      });
    }
    await appendAudit(tx, {
      zoneId: inv.zoneId,
      action: 'invitation.answer',
      targetType: 'invitation',
      targetId: inv.id,
      details: { status },
    });
    if (booking && slot) {
      const link = `${ctx.config.publicUrl}/invitations/booking?lang=${inv.language}&token=${manageToken}`;
      mailIds.push(...(await queueBookingNotices(ctx, tx, booking, slot, 'confirmed', link)));
    } else {
      mailIds.push(...(await queueAnswerMail(ctx, tx, inv, status)));
    }
    return { inv, booking, slot, mailIds };
  });
  await ctx.mailer.dispatch(out.mailIds);
  if (out.booking && out.slot) await scheduleReminder(ctx, out.booking, out.slot);
  return { status, bookingId: out.booking?.id ?? null, calendarUid: out.booking?.icsUid ?? null };
}

async function setRoundtableAnswer(tx: Tx, inv: InvitationRow, attendance: 'confirmed' | 'declined') {
  const updated = await tx
    .update(schema.roundtableParticipants)
    .set({ attendance })
    .where(
      and(
        eq(schema.roundtableParticipants.roundtableId, inv.roundtableId!),
        eq(schema.roundtableParticipants.contactId, inv.contactId),
      ),
    )
    .returning();
  if (updated.length === 0) {
    await tx.insert(schema.roundtableParticipants).values({
      zoneId: inv.zoneId,
      roundtableId: inv.roundtableId!,
      kind: 'external',
      contactId: inv.contactId,
      attendance,
    });
  }
}

async function queueAnswerMail(
  ctx: AppContext,
  tx: Tx,
  inv: InvitationRow,
  status: 'accepted' | 'declined' | 'proposed',
) {
  const [contact] = await tx.select().from(schema.contacts).where(eq(schema.contacts.id, inv.contactId));
  if (!contact?.email) return [];
  const mail = answeredMail(inv.language, status);
  const attachments = [];
  if (inv.kind === 'roundtable' && status === 'accepted' && inv.roundtableId) {
    const [rt] = await tx
      .select()
      .from(schema.roundtables)
      .where(eq(schema.roundtables.id, inv.roundtableId));
    attachments.push(
      roundtableIcs(rt, {
        organizer: calendarOrganizer(ctx.config.mailFrom),
        attendee: { email: contact.email, name: contact.name },
      }),
    );
  }
  return [await ctx.mailer.queue(tx, { zoneId: inv.zoneId, to: contact.email, ...mail, attachments })];
}

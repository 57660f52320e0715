import { schema, type Tx } from '@brug/db';
import { AppError, type UpdateRoundtableInput } from '@brug/domain';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { calendarOrganizer } from '../conversations/ics.ts';
import { roundtableNotice } from './mails.ts';
import { audit } from './manage-roundtables.ts';

type RoundtableRow = typeof schema.roundtables.$inferSelect;

async function lockRoundtable(tx: Tx, zoneId: string, id: string): Promise<RoundtableRow> {
  const [rt] = await tx
    .select()
    .from(schema.roundtables)
    .where(and(eq(schema.roundtables.id, id), eq(schema.roundtables.zoneId, zoneId)))
    .for('update');
  if (!rt) throw new AppError('NOT_FOUND', 'No such roundtable');
  return rt;
}

const tookPlace = (field: string) =>
  new AppError('CONFLICT', 'This roundtable has already begun', {
    fields: { [field]: 'already took place' },
  });

/** Everyone still expected (invited or confirmed) who has an e-mail address, in their own language. */
async function expectedParticipants(tx: Tx, roundtableId: string, participantIds?: string[]) {
  const p = schema.roundtableParticipants;
  const rows = await tx
    .select({
      userEmail: schema.users.email,
      userLanguage: schema.users.language,
      contactEmail: schema.contacts.email,
      contactLanguage: schema.contacts.preferredLanguage,
    })
    .from(p)
    .leftJoin(schema.users, eq(schema.users.id, p.userId))
    .leftJoin(schema.contacts, eq(schema.contacts.id, p.contactId))
    .where(
      and(
        eq(p.roundtableId, roundtableId),
        inArray(p.attendance, ['invited', 'confirmed']),
        participantIds ? inArray(p.id, participantIds) : undefined,
      ),
    );
  return rows.flatMap((r) => {
    const email = r.userEmail ?? r.contactEmail;
    return email ? [{ email, language: r.userLanguage ?? r.contactLanguage ?? 'nl' }] : [];
  });
}

/**
 * Changes a roundtable. Once it has begun, date and place are history and are refused (409 naming the
 * field); title, agenda and minutes stay editable, and minutes are only ever changed when given. A new
 * date or place raises the calendar SEQUENCE and mails everyone still expected an updated .ics.
 */
export async function updateRoundtable(
  ctx: AppContext,
  actor: SessionUser,
  id: string,
  input: UpdateRoundtableInput,
) {
  const mailIds = await ctx.database.db.transaction(async (tx) => {
    const rt = await lockRoundtable(tx, actor.zoneId, id);
    const startsAt = input.startsAt ? new Date(input.startsAt) : rt.startsAt;
    const endsAt = input.endsAt ? new Date(input.endsAt) : rt.endsAt;
    const place = input.place ?? rt.place;
    const dateChanged =
      startsAt.getTime() !== rt.startsAt.getTime() || endsAt.getTime() !== rt.endsAt.getTime();
    const placeChanged = place !== rt.place;
    const begun = rt.startsAt <= new Date();
    if (begun && dateChanged) throw tookPlace('startsAt');
    if (begun && placeChanged) throw tookPlace('place');
    if (dateChanged && startsAt <= new Date())
      throw AppError.validation({ startsAt: 'must be in the future' });
    const moved = dateChanged || placeChanged;
    const [updated] = await tx
      .update(schema.roundtables)
      .set({
        title: input.title ?? rt.title,
        startsAt,
        endsAt,
        place,
        agenda: input.agenda ?? rt.agenda,
        minutes: input.minutes ?? rt.minutes,
        sequence: moved ? rt.sequence + 1 : rt.sequence,
        updatedAt: new Date(),
      })
      .where(eq(schema.roundtables.id, rt.id))
      .returning();
    const ids: string[] = [];
    if (moved) {
      for (const to of await expectedParticipants(tx, rt.id)) {
        const mail = roundtableNotice(to.language, 'changed', updated, {
          organizer: calendarOrganizer(ctx.config.mailFrom),
          attendee: { email: to.email },
        });
        ids.push(await ctx.mailer.queue(tx, { zoneId: rt.zoneId, to: to.email, ...mail }));
      }
    }
    await audit(tx, actor, 'roundtable.update', rt.id, {
      fields: Object.keys(input).filter((k) => input[k as keyof UpdateRoundtableInput] !== undefined),
      ...(moved ? { notified: ids.length } : {}),
    });
    return ids;
  });
  await ctx.mailer.dispatch(mailIds);
}

/**
 * Takes a participant off a roundtable that has not begun (afterwards the list records who was there).
 * Someone still expected with an e-mail address gets a cancelling .ics; an unanswered invitation link
 * for this roundtable stops working, so it cannot put them back. They can be added again.
 */
export async function removeParticipant(
  ctx: AppContext,
  actor: SessionUser,
  id: string,
  participantId: string,
) {
  const mailIds = await ctx.database.db.transaction(async (tx) => {
    const rt = await lockRoundtable(tx, actor.zoneId, id);
    const p = schema.roundtableParticipants;
    const [row] = await tx
      .select()
      .from(p)
      .where(and(eq(p.id, participantId), eq(p.roundtableId, rt.id)));
    if (!row)
      throw new AppError('NOT_FOUND', 'No such participant', { fields: { participantId: 'not found' } });
    if (rt.startsAt <= new Date()) throw tookPlace('participantId');
    const recipients = await expectedParticipants(tx, rt.id, [row.id]);
    await tx.delete(p).where(eq(p.id, row.id));
    if (row.contactId) {
      await tx
        .update(schema.invitations)
        .set({ expiresAt: sql`now()` })
        .where(
          and(
            eq(schema.invitations.roundtableId, rt.id),
            eq(schema.invitations.contactId, row.contactId),
            isNull(schema.invitations.answeredAt),
            gt(schema.invitations.expiresAt, sql`now()`),
          ),
        );
    }
    const ids: string[] = [];
    for (const to of recipients) {
      const mail = roundtableNotice(to.language, 'removed', rt, {
        organizer: calendarOrganizer(ctx.config.mailFrom),
        attendee: { email: to.email },
      });
      ids.push(await ctx.mailer.queue(tx, { zoneId: rt.zoneId, to: to.email, ...mail }));
    }
    await audit(tx, actor, 'roundtable.participant.remove', rt.id, { participantId: row.id, kind: row.kind });
    return ids;
  });
  await ctx.mailer.dispatch(mailIds);
}

import { appendAudit, schema, type Tx } from '@brug/db';
import { AppError, type RoundtableView } from '@brug/domain';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { SessionUser } from '../accounts/session-store.ts';

type RoundtableRow = typeof schema.roundtables.$inferSelect;

export async function getRoundtable(tx: Tx, zoneId: string, id: string): Promise<RoundtableRow> {
  const [rt] = await tx
    .select()
    .from(schema.roundtables)
    .where(and(eq(schema.roundtables.id, id), eq(schema.roundtables.zoneId, zoneId)));
  if (!rt) throw new AppError('NOT_FOUND', 'No such roundtable');
  return rt;
}

export function audit(
  tx: Tx,
  actor: SessionUser,
  action: string,
  id: string,
  details: Record<string, unknown> = {},
) {
  return appendAudit(tx, {
    zoneId: actor.zoneId,
    actorId: actor.id,
    actorEmail: actor.email,
    action,
    targetType: 'roundtable',
    targetId: id,
    details,
  });
}

export async function listRoundtables(tx: Tx, zoneId: string) {
  return tx
    .select()
    .from(schema.roundtables)
    .where(eq(schema.roundtables.zoneId, zoneId))
    .orderBy(desc(schema.roundtables.startsAt));
}

/** Participants with the name to show: a colleague's display name, or a contact and their organisation. */
export async function participantsOf(tx: Tx, roundtableId: string) {
  const p = schema.roundtableParticipants;
  return tx
    .select({
      id: p.id,
      kind: p.kind,
      attendance: p.attendance,
      userName: schema.users.displayName,
      contactName: schema.contacts.name,
      organisationName: schema.organisations.name,
    })
    .from(p)
    .leftJoin(schema.users, eq(schema.users.id, p.userId))
    .leftJoin(schema.contacts, eq(schema.contacts.id, p.contactId))
    .leftJoin(schema.organisations, eq(schema.organisations.id, schema.contacts.organisationId))
    .where(eq(p.roundtableId, roundtableId))
    .orderBy(asc(p.createdAt));
}

export async function addParticipant(
  tx: Tx,
  actor: SessionUser,
  rt: RoundtableRow,
  input: { userId?: string; contactId?: string },
) {
  if (input.userId) {
    const [u] = await tx
      .select()
      .from(schema.users)
      .where(and(eq(schema.users.id, input.userId), eq(schema.users.zoneId, actor.zoneId)));
    if (!u) throw new AppError('NOT_FOUND', 'No such user', { fields: { userId: 'not found' } });
  } else {
    const [c] = await tx
      .select()
      .from(schema.contacts)
      .where(and(eq(schema.contacts.id, input.contactId!), eq(schema.contacts.zoneId, actor.zoneId)));
    if (!c) throw new AppError('NOT_FOUND', 'No such contact', { fields: { contactId: 'not found' } });
  }
  const p = schema.roundtableParticipants;
  const [already] = await tx
    .select({ id: p.id })
    .from(p)
    .where(
      and(
        eq(p.roundtableId, rt.id),
        input.userId ? eq(p.userId, input.userId) : eq(p.contactId, input.contactId!),
      ),
    )
    .limit(1);
  if (already) {
    const field = input.userId ? 'userId' : 'contactId';
    throw new AppError('CONFLICT', 'Already invited to this roundtable', {
      fields: { [field]: 'already invited' },
    });
  }
  const [row] = await tx
    .insert(schema.roundtableParticipants)
    .values({
      zoneId: actor.zoneId,
      roundtableId: rt.id,
      kind: input.userId ? 'internal' : 'external',
      userId: input.userId ?? null,
      contactId: input.contactId ?? null,
    })
    .returning();
  await audit(tx, actor, 'roundtable.participant.add', rt.id, { participantId: row.id, kind: row.kind });
  return row;
}

export function presentRoundtable(
  rt: RoundtableRow,
  participants: Awaited<ReturnType<typeof participantsOf>>,
): RoundtableView {
  return {
    id: rt.id,
    title: rt.title,
    startsAt: rt.startsAt.toISOString(),
    endsAt: rt.endsAt.toISOString(),
    place: rt.place,
    agenda: rt.agenda,
    minutes: rt.minutes,
    participants: participants.map((p) => ({
      id: p.id,
      kind: p.kind as 'internal' | 'external',
      name: p.userName ?? p.contactName ?? '',
      organisationName: p.organisationName,
      attendance: p.attendance as RoundtableView['participants'][number]['attendance'],
    })),
  };
}

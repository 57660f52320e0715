import { getOrganisation, schema, type Tx } from '@brug/db';
import { AppError, canChangeStatus, type RelationshipStatus } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../accounts/session-store.ts';
import { audit } from './audit.ts';

export async function getZoneProgramme(tx: Tx, zoneId: string, id: string) {
  const [row] = await tx
    .select()
    .from(schema.programmes)
    .where(and(eq(schema.programmes.id, id), eq(schema.programmes.zoneId, zoneId)));
  return row;
}

/** Moves an organisation to a new relationship status in a programme and records the dated change. */
export async function changeStatus(
  tx: Tx,
  actor: SessionUser,
  organisationId: string,
  input: { programmeId: string; status: RelationshipStatus; note: string },
) {
  const organisation = await getOrganisation(tx, actor.zoneId, organisationId);
  if (!organisation) throw new AppError('NOT_FOUND', 'No such organisation');
  if (!(await getZoneProgramme(tx, actor.zoneId, input.programmeId)))
    throw AppError.validation({ programmeId: 'no such programme' });
  const [current] = await tx
    .select()
    .from(schema.relationshipStatuses)
    .where(
      and(
        eq(schema.relationshipStatuses.organisationId, organisationId),
        eq(schema.relationshipStatuses.programmeId, input.programmeId),
      ),
    )
    .for('update');
  const from = (current?.status ?? null) as RelationshipStatus | null;
  if (!canChangeStatus(from, input.status))
    throw AppError.validation({ status: `cannot go from ${from ?? 'none'} to ${input.status}` });
  const now = new Date();
  await tx
    .insert(schema.relationshipStatuses)
    .values({
      zoneId: actor.zoneId,
      organisationId,
      programmeId: input.programmeId,
      status: input.status,
      changedAt: now,
      changedById: actor.id,
    })
    .onConflictDoUpdate({
      target: [schema.relationshipStatuses.organisationId, schema.relationshipStatuses.programmeId],
      set: { status: input.status, changedAt: now, changedById: actor.id },
    });
  const [history] = await tx
    .insert(schema.relationshipStatusHistory)
    .values({
      zoneId: actor.zoneId,
      organisationId,
      programmeId: input.programmeId,
      fromStatus: from,
      toStatus: input.status,
      note: input.note,
      changedAt: now,
      changedById: actor.id,
    })
    .returning();
  await audit(
    tx,
    actor,
    'partners.status.change',
    { type: 'organisation', id: organisationId },
    { programmeId: input.programmeId, from, to: input.status },
  );
  return history;
}

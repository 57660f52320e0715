import { appendAudit, schema, type Tx } from '@brug/db';
import { canChangeStatus, type RelationshipStatus } from '@brug/domain';
import { and, eq } from 'drizzle-orm';

/** Statuses an invitation moves forward from; paused, ended or further along stay as they are. */
const BEFORE: Record<'invited' | 'in_dialogue', (RelationshipStatus | null)[]> = {
  invited: [null, 'longlist', 'contacted'],
  in_dialogue: [null, 'longlist', 'contacted', 'invited'],
};

/**
 * Keeps the organisation's relationship status in the wave's programme in step with its invitations:
 * an invitation sent makes it `invited`, an accepted or proposed answer `in_dialogue`, so the waves'
 * counts and the invitations' answers agree. The change is dated in the history like a manual one,
 * by the coordinator who sent (or nobody, for a contact's answer). Nothing moves back.
 */
export async function advanceForInvitation(
  tx: Tx,
  input: {
    zoneId: string;
    organisationId: string;
    waveId: string | null;
    to: 'invited' | 'in_dialogue';
    actor: { id: string; email: string } | null;
  },
) {
  if (!input.waveId) return;
  const [wave] = await tx
    .select({ programmeId: schema.waves.programmeId })
    .from(schema.waves)
    .where(and(eq(schema.waves.id, input.waveId), eq(schema.waves.zoneId, input.zoneId)));
  if (!wave) return;
  const [current] = await tx
    .select({ status: schema.relationshipStatuses.status })
    .from(schema.relationshipStatuses)
    .where(
      and(
        eq(schema.relationshipStatuses.organisationId, input.organisationId),
        eq(schema.relationshipStatuses.programmeId, wave.programmeId),
      ),
    )
    .for('update');
  const from = (current?.status ?? null) as RelationshipStatus | null;
  if (!BEFORE[input.to].includes(from) || !canChangeStatus(from, input.to)) return;
  const now = new Date();
  const changedById = input.actor?.id ?? null;
  await tx
    .insert(schema.relationshipStatuses)
    .values({
      zoneId: input.zoneId,
      organisationId: input.organisationId,
      programmeId: wave.programmeId,
      status: input.to,
      changedAt: now,
      changedById,
    })
    .onConflictDoUpdate({
      target: [schema.relationshipStatuses.organisationId, schema.relationshipStatuses.programmeId],
      set: { status: input.to, changedAt: now, changedById },
    });
  await tx.insert(schema.relationshipStatusHistory).values({
    zoneId: input.zoneId,
    organisationId: input.organisationId,
    programmeId: wave.programmeId,
    fromStatus: from,
    toStatus: input.to,
    note: '',
    changedAt: now,
    changedById,
  });
  await appendAudit(tx, {
    zoneId: input.zoneId,
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    action: 'partners.status.change',
    targetType: 'organisation',
    targetId: input.organisationId,
    details: { programmeId: wave.programmeId, from, to: input.to, by: 'invitation' },
  });
}

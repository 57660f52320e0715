import { schema, type Tx } from '@brug/db';
import type { InvitationStatusView } from '@brug/domain';
import { and, asc, eq, sql } from 'drizzle-orm';

/**
 * Per organisation: sent, opened, accepted, declined, no answer yet. Counts of programme data only;
 * a proposed other time counts as answered, and no sealed answer is ever read here.
 */
export async function invitationStatusByOrganisation(
  tx: Tx,
  zoneId: string,
  filter: { waveId?: string; kind?: 'interview' | 'roundtable' },
): Promise<InvitationStatusView[]> {
  const i = schema.invitations;
  const rows = await tx
    .select({
      organisationId: i.organisationId,
      organisationName: schema.organisations.name,
      sent: sql<number>`count(*)::int`,
      opened: sql<number>`count(${i.openedAt})::int`,
      accepted: sql<number>`count(*) filter (where ${i.status} = 'accepted')::int`,
      declined: sql<number>`count(*) filter (where ${i.status} = 'declined')::int`,
      proposed: sql<number>`count(*) filter (where ${i.status} = 'proposed')::int`,
      noAnswerYet: sql<number>`count(*) filter (where ${i.answeredAt} is null)::int`,
    })
    .from(i)
    .innerJoin(schema.organisations, eq(schema.organisations.id, i.organisationId))
    .where(
      and(
        eq(i.zoneId, zoneId),
        filter.waveId ? eq(i.waveId, filter.waveId) : undefined,
        filter.kind ? eq(i.kind, filter.kind) : undefined,
      ),
    )
    .groupBy(i.organisationId, schema.organisations.name)
    .orderBy(asc(schema.organisations.name));
  return rows;
}

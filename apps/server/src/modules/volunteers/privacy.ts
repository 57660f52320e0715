import { appendAudit, schema, type VolunteerWithUser } from '@brug/db';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { loadVolunteerDetail } from './load-volunteer.ts';
import { presentVolunteer } from './presenter.ts';

/** GDPR access: everything the volunteer pool holds about the colleague, as one JSON document. */
export async function exportVolunteerData(ctx: AppContext, actor: SessionUser, v: VolunteerWithUser) {
  return ctx.database.db.transaction(async (tx) => {
    // Internal notes are personal data too: the right of access covers them.
    const detail = await loadVolunteerDetail(tx, v, true);
    await appendAudit(tx, {
      zoneId: v.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'volunteer.export',
      targetType: 'volunteer',
      targetId: v.id,
    });
    return { exportedAt: new Date().toISOString(), volunteer: presentVolunteer(detail) };
  });
}

/**
 * GDPR erasure: the application, profile, history, notes, messages, trainings and assignments go; the
 * user account itself stays (it belongs to the accounts module). The audit entry keeps only the id.
 */
export async function eraseVolunteerData(ctx: AppContext, actor: SessionUser, v: VolunteerWithUser) {
  await ctx.database.db.transaction(async (tx) => {
    // Children first: the cascade would do it, but explicit deletes keep the intent readable.
    await tx.delete(schema.volunteerAssignments).where(eq(schema.volunteerAssignments.volunteerId, v.id));
    await tx.delete(schema.volunteerNotes).where(eq(schema.volunteerNotes.volunteerId, v.id));
    await tx.delete(schema.volunteerTrainings).where(eq(schema.volunteerTrainings.volunteerId, v.id));
    await tx.delete(schema.volunteerStatusHistory).where(eq(schema.volunteerStatusHistory.volunteerId, v.id));
    await tx.delete(schema.volunteers).where(eq(schema.volunteers.id, v.id));
    await appendAudit(tx, {
      zoneId: v.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'volunteer.erase',
      targetType: 'volunteer',
      targetId: v.id,
    });
  });
}

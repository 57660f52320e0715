import { appendAudit, getVolunteerByUser, getVolunteerCall, schema } from '@brug/db';
import { AppError, type ApplyInput } from '@brug/domain';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { checkZoneLists } from './validate-profile.ts';

/** A colleague applies to the volunteer pool (once); the application starts the dated history. */
export async function applyAsVolunteer(ctx: AppContext, actor: SessionUser, input: ApplyInput) {
  return ctx.database.db.transaction(async (tx) => {
    if (await getVolunteerByUser(tx, actor.id))
      throw new AppError('CONFLICT', 'You have already applied', { fields: { userId: 'already applied' } });
    if (input.callId) {
      const call = await getVolunteerCall(tx, actor.zoneId, input.callId);
      if (call?.status !== 'published') throw AppError.validation({ callId: 'no open call' });
    }
    await checkZoneLists(tx, actor.zoneId, input);
    const [row] = await tx
      .insert(schema.volunteers)
      .values({
        zoneId: actor.zoneId,
        userId: actor.id,
        callId: input.callId ?? null,
        status: 'applied',
        motivation: input.motivation,
        unit: input.unit,
        district: input.district,
        languages: input.languages,
        topicIds: input.topicIds,
        otherTopics: input.otherTopics,
        experience: input.experience,
        experienceNote: input.experienceNote,
        availability: input.availability,
        maxHoursPerMonth: input.maxHoursPerMonth,
      })
      .returning();
    await tx.insert(schema.volunteerStatusHistory).values({
      zoneId: actor.zoneId,
      volunteerId: row.id,
      fromStatus: null,
      toStatus: 'applied',
      byUserId: actor.id,
    });
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'volunteer.apply',
      targetType: 'volunteer',
      targetId: row.id,
      details: { callId: input.callId ?? null },
    });
    return row;
  });
}

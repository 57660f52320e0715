import { appendAudit, schema, type Tx, type VolunteerActivityRow, type VolunteerWithUser } from '@brug/db';
import { AppError, rankCandidates } from '@brug/domain';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { randomToken, sha256 } from '../../http/tokens.ts';
import { render } from '../mail/templates.ts';
import { loadMatchPool, toRequirement } from './activity-needs.ts';
import { assignmentMail, formatWhen } from './mail.ts';

type Actor = { id: string; email: string; zoneId: string };

/** Creates (or renews) the assignment and queues the e-mail with one-click accept and decline links. */
async function inviteOne(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  activity: VolunteerActivityRow,
  v: VolunteerWithUser,
  automatic: boolean,
): Promise<string> {
  const token = randomToken();
  const [assignment] = await tx
    .insert(schema.volunteerAssignments)
    .values({
      zoneId: activity.zoneId,
      activityId: activity.activityId,
      volunteerId: v.id,
      status: 'invited',
      tokenHash: sha256(token),
      invitedBy: actor.id,
    })
    .onConflictDoUpdate({
      target: [schema.volunteerAssignments.activityId, schema.volunteerAssignments.volunteerId],
      set: {
        status: 'invited',
        tokenHash: sha256(token),
        invitedAt: sql`now()`,
        respondedAt: null,
        invitedBy: actor.id,
      },
    })
    .returning();
  const link = (answer: string) =>
    `${ctx.config.publicUrl}/volunteers/respond?token=${token}&answer=${answer}`;
  const content = render(assignmentMail, v.language, {
    name: v.displayName,
    title: activity.title,
    when: formatWhen(activity.startsAt, v.language),
    accept: link('accept'),
    decline: link('decline'),
  });
  await appendAudit(tx, {
    zoneId: activity.zoneId,
    actorId: actor.id,
    actorEmail: actor.email,
    action: 'volunteer.assignment.invite',
    targetType: 'volunteer_assignment',
    targetId: assignment.id,
    details: { activityId: activity.activityId, volunteerId: v.id, automatic },
  });
  return ctx.mailer.queue(tx, { ...content, zoneId: activity.zoneId, to: v.email });
}

/** The coordinator's pick: each colleague must be in the ranking, not excluded (the 400 says why). */
export async function inviteVolunteers(
  ctx: AppContext,
  actor: Actor,
  activity: VolunteerActivityRow,
  volunteerIds: string[],
): Promise<number> {
  const mailIds = await ctx.database.db.transaction(async (tx) => {
    const { candidates, volunteers } = await loadMatchPool(
      tx,
      actor.zoneId,
      activity.startsAt,
      activity.endsAt,
    );
    const { ranked, excluded } = rankCandidates(toRequirement(activity), candidates);
    const rankedIds = new Set(ranked.map((r) => r.id));
    const reasons = new Map(excluded.map((e) => [e.id, e.reason]));
    const fields: Record<string, string> = {};
    volunteerIds.forEach((id, i) => {
      if (!rankedIds.has(id))
        fields[`volunteerIds.${i}`] = reasons.get(id) ?? 'not an active colleague of this zone';
    });
    if (Object.keys(fields).length > 0) throw AppError.validation(fields, 'Some colleagues cannot be asked');
    const ids: string[] = [];
    for (const id of volunteerIds)
      ids.push(await inviteOne(ctx, tx, actor, activity, volunteers.get(id)!, false));
    return ids;
  });
  await ctx.mailer.dispatch(mailIds);
  return mailIds.length;
}

/**
 * After a decline or a cancellation: while fewer colleagues are invited or on board than the
 * activity needs, ask the next best-ranked colleagues — never one the coordinator withdrew from this
 * activity (they can still be asked again by hand). Returns the mail ids to dispatch after commit.
 */
export async function inviteNextCandidates(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  activity: VolunteerActivityRow,
): Promise<string[]> {
  const { candidates, volunteers } = await loadMatchPool(
    tx,
    activity.zoneId,
    activity.startsAt,
    activity.endsAt,
  );
  const committed = candidates.filter((c) => {
    const a = c.answers?.[activity.activityId];
    return a === 'invited' || a === 'accepted';
  }).length;
  const missing = activity.needed - committed;
  if (missing <= 0) return [];
  const { ranked } = rankCandidates(toRequirement(activity), candidates);
  const withdrawn = new Set(
    candidates.filter((c) => c.answers?.[activity.activityId] === 'cancelled').map((c) => c.id),
  );
  const mailIds: string[] = [];
  for (const r of ranked.filter((c) => !withdrawn.has(c.id)).slice(0, missing))
    mailIds.push(await inviteOne(ctx, tx, actor, activity, volunteers.get(r.id)!, true));
  return mailIds;
}

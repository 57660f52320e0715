import { appendAudit, schema, type Tx } from '@brug/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { render } from '../mail/templates.ts';
import { cancelMail, formatWhen, movedMail } from './mail.ts';

type Actor = { id: string; email: string; zoneId: string };
type Language = 'nl' | 'fr' | 'en';

const asLanguage = (l: string): Language => (['nl', 'fr', 'en'].includes(l) ? (l as Language) : 'nl');

/** The colleagues invited to or on board for an activity, with what their e-mail needs. */
async function committedColleagues(tx: Tx, activityId: string) {
  return tx
    .select({
      assignmentId: schema.volunteerAssignments.id,
      status: schema.volunteerAssignments.status,
      email: schema.users.email,
      displayName: schema.users.displayName,
      language: schema.users.language,
    })
    .from(schema.volunteerAssignments)
    .innerJoin(schema.volunteers, eq(schema.volunteers.id, schema.volunteerAssignments.volunteerId))
    .innerJoin(schema.users, eq(schema.users.id, schema.volunteers.userId))
    .where(
      and(
        eq(schema.volunteerAssignments.activityId, activityId),
        inArray(schema.volunteerAssignments.status, ['invited', 'accepted']),
      ),
    );
}

/**
 * A session of an initiative moved (time or place): the colleagues' copy of its time follows (workload,
 * caps, calendar feed, whose SEQUENCE rises) and, for a new time, everyone invited or on board is
 * e-mailed it. Returns mail ids to dispatch after commit. Nothing happens for a session nobody looked
 * for colleagues for.
 */
export async function followActivityMove(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  activity: { id: string; startsAt: Date; endsAt: Date },
): Promise<string[]> {
  const [before] = await tx
    .select()
    .from(schema.volunteerActivities)
    .where(
      and(
        eq(schema.volunteerActivities.activityId, activity.id),
        eq(schema.volunteerActivities.zoneId, actor.zoneId),
      ),
    );
  if (!before) return [];
  const sequence = sql`${schema.volunteerActivities.sequence} + 1`;
  if (
    before.startsAt.getTime() === activity.startsAt.getTime() &&
    before.endsAt.getTime() === activity.endsAt.getTime()
  ) {
    // Only the place changed: the feed shows it (read from the session) as a new revision.
    await tx
      .update(schema.volunteerActivities)
      .set({ sequence, updatedAt: new Date() })
      .where(eq(schema.volunteerActivities.activityId, activity.id));
    return [];
  }
  await tx
    .update(schema.volunteerActivities)
    .set({
      sequence,
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
      durationMinutes: Math.round((activity.endsAt.getTime() - activity.startsAt.getTime()) / 60_000),
      updatedAt: new Date(),
    })
    .where(eq(schema.volunteerActivities.activityId, activity.id));
  const mailIds: string[] = [];
  for (const c of await committedColleagues(tx, activity.id)) {
    const language = asLanguage(c.language);
    const content = render(movedMail, language, {
      name: c.displayName,
      title: before.title,
      was: formatWhen(before.startsAt, language),
      when: formatWhen(activity.startsAt, language),
      link: `${ctx.config.publicUrl}/volunteers/me`,
    });
    mailIds.push(await ctx.mailer.queue(tx, { ...content, zoneId: actor.zoneId, to: c.email }));
  }
  return mailIds;
}

/**
 * A session of an initiative was cancelled: every colleague invited or on board is withdrawn (their
 * hours leave the workload, their answer link stops working) and told why. Returns mail ids.
 */
export async function followActivityCancel(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  activityId: string,
): Promise<string[]> {
  const [activity] = await tx
    .select()
    .from(schema.volunteerActivities)
    .where(
      and(
        eq(schema.volunteerActivities.activityId, activityId),
        eq(schema.volunteerActivities.zoneId, actor.zoneId),
      ),
    );
  if (!activity) return [];
  const colleagues = await committedColleagues(tx, activityId);
  if (colleagues.length === 0) return [];
  await tx
    .update(schema.volunteerAssignments)
    .set({ status: 'cancelled' })
    .where(
      inArray(
        schema.volunteerAssignments.id,
        colleagues.map((c) => c.assignmentId),
      ),
    );
  const mailIds: string[] = [];
  for (const c of colleagues) {
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'volunteer.assignment.cancel',
      targetType: 'volunteer_assignment',
      targetId: c.assignmentId,
      details: { activityId, from: c.status, because: 'activity cancelled' },
    });
    const language = asLanguage(c.language);
    const reasons: Record<Language, string> = {
      nl: 'de sessie gaat niet door.',
      fr: 'la séance est annulée.',
      en: 'the session is cancelled.',
    };
    const content = render(cancelMail, language, {
      name: c.displayName,
      title: activity.title,
      when: formatWhen(activity.startsAt, language),
      reason: reasons[language],
    });
    mailIds.push(await ctx.mailer.queue(tx, { ...content, zoneId: actor.zoneId, to: c.email }));
  }
  return mailIds;
}

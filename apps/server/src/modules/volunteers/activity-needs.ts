import {
  findActiveVolunteers,
  findZoneAssignmentsBetween,
  getVolunteerActivity,
  schema,
  type Tx,
  type VolunteerActivityRow,
  type VolunteerWithUser,
} from '@brug/db';
import {
  type ActivityRequirementInput,
  AppError,
  type LanguageLevel,
  type MatchCandidate,
  type MatchRequirement,
  monthOf,
  SPOKEN_LANGUAGES,
  type VolunteerStatus,
} from '@brug/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SessionUser } from '../accounts/session-store.ts';
import { checkZoneLists } from './validate-profile.ts';

const DAY_MS = 24 * 3_600_000;
const spoken = new Set<string>(SPOKEN_LANGUAGES);

/**
 * What an initiative's activity asks of colleagues by itself: its languages other than Dutch (everyone
 * speaks Dutch) and the initiative's district when it has exactly one. Undefined for another zone's or an
 * unknown activity.
 */
async function initiativeActivity(tx: Tx, zoneId: string, activityId: string) {
  const [found] = await tx
    .select({
      activity: schema.activities,
      title: schema.initiatives.title,
      districts: schema.initiatives.districts,
    })
    .from(schema.activities)
    .innerJoin(schema.initiatives, eq(schema.initiatives.id, schema.activities.initiativeId))
    .where(and(eq(schema.activities.id, activityId), eq(schema.activities.zoneId, zoneId)));
  if (!found) return undefined;
  return {
    ...found,
    languages: found.activity.languages.filter((l) => spoken.has(l) && l !== 'nl').map((code) => ({ code })),
    district: found.districts.length === 1 ? found.districts[0] : null,
  };
}

/**
 * The needs of an activity: the stored snapshot, or, the first time, a snapshot taken from the
 * initiative's activity (its dates, languages, number of colleagues and the initiative's district).
 */
export async function resolveActivity(
  tx: Tx,
  actor: SessionUser,
  activityId: string,
): Promise<VolunteerActivityRow> {
  const stored = await getVolunteerActivity(tx, actor.zoneId, activityId);
  if (stored) return stored;
  const found = await initiativeActivity(tx, actor.zoneId, activityId);
  if (!found)
    throw new AppError('NOT_FOUND', 'No such activity', { fields: { activityId: 'unknown activity' } });
  const a = found.activity;
  const [row] = await tx
    .insert(schema.volunteerActivities)
    .values({
      activityId: a.id,
      zoneId: actor.zoneId,
      title: found.title,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      durationMinutes: Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000),
      needed: Math.max(1, a.colleaguesNeeded),
      languages: found.languages,
      district: found.district,
      createdBy: actor.id,
    })
    .returning();
  return row;
}

/** Stores (or replaces) what an activity asks of colleagues. */
export async function saveActivityNeeds(
  tx: Tx,
  actor: SessionUser,
  input: ActivityRequirementInput,
  fieldPrefix = '',
): Promise<VolunteerActivityRow> {
  await checkZoneLists(tx, actor.zoneId, { topicIds: input.topicIds, district: input.district }, fieldPrefix);
  // Languages or district left out: an initiative's activity brings its own (an empty list or null is
  // a choice and is kept).
  const own =
    input.activityId && (input.languages === undefined || input.district === undefined)
      ? await initiativeActivity(tx, actor.zoneId, input.activityId)
      : undefined;
  if (input.memberIds.length > 0) {
    const members = await tx
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(
        and(
          eq(schema.users.zoneId, actor.zoneId),
          inArray(schema.users.id, input.memberIds),
          inArray(schema.users.role, ['partner', 'researcher']),
        ),
      );
    const ok = new Set(members.map((m) => m.id));
    const bad = input.memberIds.findIndex((id) => !ok.has(id));
    if (bad >= 0)
      throw AppError.validation({
        [`${fieldPrefix}memberIds.${bad}`]: 'not a partner or researcher of this zone',
      });
  }
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const values = {
    zoneId: actor.zoneId,
    title: input.title,
    startsAt,
    endsAt,
    durationMinutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
    needed: input.needed,
    topicIds: input.topicIds,
    languages: input.languages ?? own?.languages ?? [],
    district: input.district === undefined ? (own?.district ?? null) : input.district,
    memberIds: input.memberIds,
    updatedAt: new Date(),
  };
  if (input.activityId) {
    const existing = await tx
      .select({ zoneId: schema.volunteerActivities.zoneId })
      .from(schema.volunteerActivities)
      .where(eq(schema.volunteerActivities.activityId, input.activityId));
    if (existing[0] && existing[0].zoneId !== actor.zoneId)
      throw new AppError('NOT_FOUND', 'No such activity');
    const [row] = await tx
      .insert(schema.volunteerActivities)
      .values({ activityId: input.activityId, createdBy: actor.id, ...values })
      .onConflictDoUpdate({
        target: schema.volunteerActivities.activityId,
        set: {
          ...values,
          // A new time is a new revision in the colleagues' calendar feeds.
          sequence: sql`${schema.volunteerActivities.sequence} + (case when ${schema.volunteerActivities.startsAt} = ${startsAt} and ${schema.volunteerActivities.endsAt} = ${endsAt} then 0 else 1 end)`,
        },
      })
      .returning();
    return row;
  }
  const [row] = await tx
    .insert(schema.volunteerActivities)
    .values({ activityId: crypto.randomUUID(), createdBy: actor.id, ...values })
    .returning();
  return row;
}

export function toRequirement(a: VolunteerActivityRow): MatchRequirement {
  return {
    activityId: a.activityId,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    needed: a.needed,
    topicIds: a.topicIds,
    languages: a.languages as MatchRequirement['languages'],
    district: a.district,
  };
}

export function toCandidate(v: VolunteerWithUser): MatchCandidate {
  return {
    id: v.id,
    name: v.displayName,
    status: v.status as VolunteerStatus,
    district: v.district,
    languages: v.languages as { code: string; level: LanguageLevel }[],
    topicIds: v.topicIds,
    availability: v.availability,
    maxHoursPerMonth: v.maxHoursPerMonth,
    hoursByMonth: {},
    busy: [],
    answers: {},
  };
}

/**
 * The active colleagues of the zone with what they already committed to (invited or accepted) around
 * the given period: hours per month, other activities' times, and their answers per activity.
 */
export async function loadMatchPool(tx: Tx, zoneId: string, from: Date, to: Date) {
  const volunteers = await findActiveVolunteers(tx, zoneId);
  const candidates = volunteers.map(toCandidate);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  // Whole months around the period, so that hours per month are complete.
  const windowFrom = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1) - 2 * DAY_MS);
  const windowTo = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 1) + 2 * DAY_MS);
  const commitments = await findZoneAssignmentsBetween(tx, zoneId, windowFrom, windowTo, [
    'invited',
    'accepted',
    'declined',
    'cancelled',
  ]);
  for (const a of commitments) {
    const c = byId.get(a.volunteerId);
    if (!c) continue;
    c.answers![a.activityId] = a.status as 'invited';
    if (a.status !== 'invited' && a.status !== 'accepted') continue;
    const month = monthOf(a.startsAt);
    c.hoursByMonth[month] = (c.hoursByMonth[month] ?? 0) + a.durationMinutes / 60;
    c.busy.push({ start: a.startsAt.getTime(), end: a.endsAt.getTime(), activityId: a.activityId });
  }
  return { candidates, volunteers: new Map(volunteers.map((v) => [v.id, v])) };
}

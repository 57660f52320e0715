import { appendAudit, findVolunteerAssignments, findVolunteerByCalendarToken, schema } from '@brug/db';
import { AppError, VOLUNTEER_TIME_ZONE } from '@brug/domain';
import { eq, inArray } from 'drizzle-orm';
import ical, { ICalEventStatus } from 'ical-generator';
import type { AppContext } from '../../http/context.ts';
import { randomToken, sha256 } from '../../http/tokens.ts';
import type { SessionUser } from '../accounts/session-store.ts';

export const calendarUrl = (ctx: AppContext, token: string) =>
  `${ctx.config.publicUrl}/api/volunteer-calendars/${token}.ics`;

/** Creates (or replaces) the secret of the colleague's calendar feed; an earlier URL stops working. */
export async function rotateCalendarToken(
  ctx: AppContext,
  actor: SessionUser,
  volunteerId: string,
): Promise<string> {
  const token = randomToken();
  await ctx.database.db.transaction(async (tx) => {
    await tx
      .update(schema.volunteers)
      .set({ calendarTokenHash: sha256(token), updatedAt: new Date() })
      .where(eq(schema.volunteers.id, volunteerId));
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'volunteer.calendar.create',
      targetType: 'volunteer',
      targetId: volunteerId,
    });
  });
  return token;
}

export async function revokeCalendarToken(
  ctx: AppContext,
  actor: SessionUser,
  volunteerId: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await tx
      .update(schema.volunteers)
      .set({ calendarTokenHash: null, updatedAt: new Date() })
      .where(eq(schema.volunteers.id, volunteerId));
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'volunteer.calendar.revoke',
      targetType: 'volunteer',
      targetId: volunteerId,
    });
  });
}

/** Where and in which revision each activity is: the session's place or link, else the district. */
async function feedDetails(ctx: AppContext, activityIds: string[]) {
  if (activityIds.length === 0) return new Map<string, { sequence: number; location: string | null }>();
  const rows = await ctx.database.db
    .select({
      activityId: schema.volunteerActivities.activityId,
      sequence: schema.volunteerActivities.sequence,
      district: schema.volunteerActivities.district,
      place: schema.activities.place,
      onlineUrl: schema.activities.onlineUrl,
    })
    .from(schema.volunteerActivities)
    .leftJoin(schema.activities, eq(schema.activities.id, schema.volunteerActivities.activityId))
    .where(inArray(schema.volunteerActivities.activityId, activityIds));
  return new Map(
    rows.map((r) => [r.activityId, { sequence: r.sequence, location: r.place ?? r.onlineUrl ?? r.district }]),
  );
}

/**
 * The colleague's activities as an iCalendar feed (RFC 5545): accepted ones confirmed, open requests
 * tentative, each with its LOCATION and a SEQUENCE that rises when it moves, so a subscribed calendar
 * replaces its copy. Times are written in UTC, which every client shows in its own zone; the calendar
 * carries Europe/Brussels as its zone.
 */
export async function calendarFeed(ctx: AppContext, token: string): Promise<string> {
  const db = ctx.database.db;
  const volunteer = await findVolunteerByCalendarToken(db, sha256(token));
  if (!volunteer) throw new AppError('NOT_FOUND', 'No such calendar');
  const assignments = (await findVolunteerAssignments(db, volunteer.id)).filter(
    (a) => a.status === 'accepted' || a.status === 'invited',
  );
  const details = await feedDetails(ctx, [...new Set(assignments.map((a) => a.activityId))]);
  const calendar = ical({
    prodId: { company: 'Brug', product: 'volunteers', language: 'NL' },
    name: 'Brug',
    ttl: 3600,
    x: [{ key: 'X-WR-TIMEZONE', value: VOLUNTEER_TIME_ZONE }],
  });
  for (const a of assignments) {
    const d = details.get(a.activityId);
    calendar.createEvent({
      id: `${a.id}@brug-volunteers`,
      sequence: d?.sequence ?? 0,
      start: a.startsAt,
      end: a.endsAt,
      summary: a.title,
      location: d?.location ?? undefined,
      status: a.status === 'accepted' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
      url: `${ctx.config.publicUrl}/volunteers/me`,
    });
  }
  return calendar.toString();
}

import { appendAudit, findVolunteerAssignments, findVolunteerByCalendarToken, schema } from '@brug/db';
import { AppError, VOLUNTEER_TIME_ZONE } from '@brug/domain';
import { eq } from 'drizzle-orm';
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

/**
 * The colleague's activities as an iCalendar feed (RFC 5545): accepted ones confirmed, open requests
 * tentative. Times are written in UTC, which every client shows in its own zone; the calendar carries
 * Europe/Brussels as its zone.
 */
export async function calendarFeed(ctx: AppContext, token: string): Promise<string> {
  const db = ctx.database.db;
  const volunteer = await findVolunteerByCalendarToken(db, sha256(token));
  if (!volunteer) throw new AppError('NOT_FOUND', 'No such calendar');
  const assignments = await findVolunteerAssignments(db, volunteer.id);
  const calendar = ical({
    prodId: { company: 'Brug', product: 'volunteers', language: 'NL' },
    name: 'Brug',
    ttl: 3600,
    x: [{ key: 'X-WR-TIMEZONE', value: VOLUNTEER_TIME_ZONE }],
  });
  for (const a of assignments) {
    if (a.status !== 'accepted' && a.status !== 'invited') continue;
    calendar.createEvent({
      id: `${a.id}@brug-volunteers`,
      start: a.startsAt,
      end: a.endsAt,
      summary: a.title,
      status: a.status === 'accepted' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
      url: `${ctx.config.publicUrl}/volunteers/me`,
    });
  }
  return calendar.toString();
}

import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.ts';
import { users } from '../schema/accounts.ts';
import {
  volunteerActivities,
  volunteerAssignments,
  volunteerCalls,
  volunteerNotes,
  volunteerStatusHistory,
  volunteers,
  volunteerTopics,
  volunteerTrainings,
} from '../schema/volunteers.ts';

export type VolunteerRow = typeof volunteers.$inferSelect;
export type VolunteerCallRow = typeof volunteerCalls.$inferSelect;
export type VolunteerTopicRow = typeof volunteerTopics.$inferSelect;
export type VolunteerActivityRow = typeof volunteerActivities.$inferSelect;
export type VolunteerAssignmentRow = typeof volunteerAssignments.$inferSelect;
export type VolunteerWithUser = VolunteerRow & { displayName: string; email: string; language: string };

const withUser = {
  volunteer: volunteers,
  displayName: users.displayName,
  email: users.email,
  language: users.language,
};
const flatten = (r: { volunteer: VolunteerRow; displayName: string; email: string; language: string }) => ({
  ...r.volunteer,
  displayName: r.displayName,
  email: r.email,
  language: r.language,
});

export async function findVolunteerTopics(db: Tx, zoneId: string): Promise<VolunteerTopicRow[]> {
  return db
    .select()
    .from(volunteerTopics)
    .where(eq(volunteerTopics.zoneId, zoneId))
    .orderBy(asc(volunteerTopics.label));
}

export async function findVolunteerCalls(db: Tx, zoneId: string, publishedOnly: boolean) {
  return db
    .select()
    .from(volunteerCalls)
    .where(
      and(
        eq(volunteerCalls.zoneId, zoneId),
        publishedOnly ? eq(volunteerCalls.status, 'published') : undefined,
      ),
    )
    .orderBy(desc(volunteerCalls.createdAt));
}

export async function getVolunteerCall(db: Tx, zoneId: string, id: string) {
  const [row] = await db
    .select()
    .from(volunteerCalls)
    .where(and(eq(volunteerCalls.zoneId, zoneId), eq(volunteerCalls.id, id)));
  return row;
}

export async function getVolunteer(
  db: Tx,
  zoneId: string,
  id: string,
): Promise<VolunteerWithUser | undefined> {
  const [row] = await db
    .select(withUser)
    .from(volunteers)
    .innerJoin(users, eq(users.id, volunteers.userId))
    .where(and(eq(volunteers.zoneId, zoneId), eq(volunteers.id, id)));
  return row && flatten(row);
}

export async function getVolunteerByUser(db: Tx, userId: string): Promise<VolunteerWithUser | undefined> {
  const [row] = await db
    .select(withUser)
    .from(volunteers)
    .innerJoin(users, eq(users.id, volunteers.userId))
    .where(eq(volunteers.userId, userId));
  return row && flatten(row);
}

export async function findVolunteers(
  db: Db,
  zoneId: string,
  f: { status?: string; page: number; pageSize: number },
) {
  const where = and(eq(volunteers.zoneId, zoneId), f.status ? eq(volunteers.status, f.status) : undefined);
  const [items, [{ total }]] = await Promise.all([
    db
      .select(withUser)
      .from(volunteers)
      .innerJoin(users, eq(users.id, volunteers.userId))
      .where(where)
      .orderBy(desc(volunteers.createdAt), volunteers.id)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(volunteers).where(where),
  ]);
  return { items: items.map(flatten), total };
}

/** The active colleagues of a zone, with their user data: the pool matching ranks. */
export async function findActiveVolunteers(db: Tx, zoneId: string): Promise<VolunteerWithUser[]> {
  const rows = await db
    .select(withUser)
    .from(volunteers)
    .innerJoin(users, eq(users.id, volunteers.userId))
    .where(and(eq(volunteers.zoneId, zoneId), eq(volunteers.status, 'active'), eq(users.status, 'active')));
  return rows.map(flatten);
}

export async function findVolunteerHistory(db: Tx, volunteerId: string) {
  return db
    .select()
    .from(volunteerStatusHistory)
    .where(eq(volunteerStatusHistory.volunteerId, volunteerId))
    .orderBy(asc(volunteerStatusHistory.at), asc(volunteerStatusHistory.id));
}

export async function findVolunteerTrainings(db: Tx, volunteerId: string) {
  return db
    .select()
    .from(volunteerTrainings)
    .where(eq(volunteerTrainings.volunteerId, volunteerId))
    .orderBy(asc(volunteerTrainings.completedOn));
}

export async function findVolunteerNotes(db: Tx, volunteerId: string, kind: 'note' | 'message') {
  return db
    .select({
      id: volunteerNotes.id,
      text: volunteerNotes.text,
      createdAt: volunteerNotes.createdAt,
      authorName: users.displayName,
    })
    .from(volunteerNotes)
    .leftJoin(users, eq(users.id, volunteerNotes.authorId))
    .where(and(eq(volunteerNotes.volunteerId, volunteerId), eq(volunteerNotes.kind, kind)))
    .orderBy(asc(volunteerNotes.createdAt));
}

export type AssignmentWithActivity = VolunteerAssignmentRow & {
  title: string;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
};

const assignmentWithActivity = {
  assignment: volunteerAssignments,
  title: volunteerActivities.title,
  startsAt: volunteerActivities.startsAt,
  endsAt: volunteerActivities.endsAt,
  durationMinutes: volunteerActivities.durationMinutes,
};
type JoinedAssignment = {
  assignment: VolunteerAssignmentRow;
  title: string;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
};
const flattenAssignment = (r: JoinedAssignment): AssignmentWithActivity => ({
  ...r.assignment,
  title: r.title,
  startsAt: r.startsAt,
  endsAt: r.endsAt,
  durationMinutes: r.durationMinutes,
});

export async function findVolunteerAssignments(
  db: Tx,
  volunteerId: string,
): Promise<AssignmentWithActivity[]> {
  const rows = await db
    .select(assignmentWithActivity)
    .from(volunteerAssignments)
    .innerJoin(volunteerActivities, eq(volunteerActivities.activityId, volunteerAssignments.activityId))
    .where(eq(volunteerAssignments.volunteerId, volunteerId))
    .orderBy(asc(volunteerActivities.startsAt));
  return rows.map(flattenAssignment);
}

/** Assignments of a zone whose activity starts in [from, to), in the given statuses. */
export async function findZoneAssignmentsBetween(
  db: Tx,
  zoneId: string,
  from: Date,
  to: Date,
  statuses: string[],
): Promise<AssignmentWithActivity[]> {
  const rows = await db
    .select(assignmentWithActivity)
    .from(volunteerAssignments)
    .innerJoin(volunteerActivities, eq(volunteerActivities.activityId, volunteerAssignments.activityId))
    .where(
      and(
        eq(volunteerAssignments.zoneId, zoneId),
        inArray(volunteerAssignments.status, statuses),
        gte(volunteerActivities.startsAt, from),
        lt(volunteerActivities.startsAt, to),
      ),
    );
  return rows.map(flattenAssignment);
}

export async function findActivityAssignments(db: Tx, activityId: string) {
  return db
    .select({
      assignment: volunteerAssignments,
      displayName: users.displayName,
      email: users.email,
    })
    .from(volunteerAssignments)
    .innerJoin(volunteers, eq(volunteers.id, volunteerAssignments.volunteerId))
    .innerJoin(users, eq(users.id, volunteers.userId))
    .where(eq(volunteerAssignments.activityId, activityId))
    .orderBy(asc(volunteerAssignments.invitedAt));
}

export async function getVolunteerActivity(db: Tx, zoneId: string, activityId: string) {
  const [row] = await db
    .select()
    .from(volunteerActivities)
    .where(and(eq(volunteerActivities.zoneId, zoneId), eq(volunteerActivities.activityId, activityId)));
  return row;
}

export async function findAssignmentByToken(db: Tx, tokenHash: string) {
  const [row] = await db
    .select()
    .from(volunteerAssignments)
    .where(eq(volunteerAssignments.tokenHash, tokenHash));
  return row;
}

/** Volunteer ids of the zone that were ever asked for an activity. */
export async function findAskedVolunteerIds(db: Tx, zoneId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ id: volunteerAssignments.volunteerId })
    .from(volunteerAssignments)
    .where(eq(volunteerAssignments.zoneId, zoneId));
  return new Set(rows.map((r) => r.id));
}

export async function findVolunteerByCalendarToken(db: Tx, tokenHash: string) {
  const [row] = await db.select().from(volunteers).where(eq(volunteers.calendarTokenHash, tokenHash));
  return row;
}

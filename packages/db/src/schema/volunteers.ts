import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { zones } from './zones.ts';

export type VolunteerLanguage = { code: string; level: 'basic' | 'conversational' | 'fluent' | 'native' };
export type VolunteerAvailability = {
  patterns: ('weekdays' | 'evenings' | 'weekends')[];
  dates: { date: string; start?: string; end?: string }[];
};
export type RequiredLanguageRow = { code: string; minLevel?: VolunteerLanguage['level'] };

/** The topics colleagues can present or run, a list the coordinator maintains per zone. */
export const volunteerTopics = pgTable(
  'volunteer_topics',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    label: text().notNull(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('volunteer_topics_label_unique').on(t.zoneId, sql`lower(${t.label})`)],
);

/** A call for colleagues: what is asked and the time it takes. */
export const volunteerCalls = pgTable(
  'volunteer_calls',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    title: text().notNull(),
    body: text().notNull(),
    asked: text().notNull(),
    timeCommitment: text().notNull(),
    /** draft → published → closed */
    status: text().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    emailedCount: integer().notNull().default(0),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('volunteer_calls_zone_idx').on(t.zoneId, t.createdAt)],
);

/** A colleague's application and, once active, their volunteer profile: one per user. */
export const volunteers = pgTable(
  'volunteers',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    callId: uuid().references(() => volunteerCalls.id, { onDelete: 'set null' }),
    /** applied → talk_planned → accepted | not_accepted → active ⇄ inactive */
    status: text().notNull().default('applied'),
    motivation: text().notNull(),
    unit: text().notNull(),
    district: text().notNull(),
    languages: jsonb().$type<VolunteerLanguage[]>().notNull().default([]),
    topicIds: jsonb().$type<string[]>().notNull().default([]),
    otherTopics: text().notNull().default(''),
    experience: jsonb().$type<string[]>().notNull().default([]),
    experienceNote: text().notNull().default(''),
    availability: jsonb().$type<VolunteerAvailability>().notNull(),
    maxHoursPerMonth: integer().notNull(),
    /** sha256 of the secret in the calendar feed URL; null when no feed (or revoked). */
    calendarTokenHash: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('volunteers_user_unique').on(t.userId),
    index('volunteers_zone_status_idx').on(t.zoneId, t.status),
    uniqueIndex('volunteers_calendar_token_unique').on(t.calendarTokenHash),
    check('volunteers_hours_cap', sql`${t.maxHoursPerMonth} between 0 and 200`),
  ],
);

export const volunteerStatusHistory = pgTable(
  'volunteer_status_history',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    fromStatus: text(),
    toStatus: text().notNull(),
    note: text(),
    byUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('volunteer_history_idx').on(t.volunteerId, t.at)],
);

/** Internal notes of the coordinator (never shown to the colleague) and messages to the colleague. */
export const volunteerNotes = pgTable(
  'volunteer_notes',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    /** 'note' (internal) or 'message' (to the colleague) */
    kind: text().notNull(),
    text: text().notNull(),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('volunteer_notes_idx').on(t.volunteerId, t.kind, t.createdAt)],
);

export const volunteerTrainings = pgTable(
  'volunteer_trainings',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    completedOn: date({ mode: 'string' }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('volunteer_trainings_idx').on(t.volunteerId, t.completedOn)],
);

/**
 * What an activity asks of colleagues, with a snapshot of its title and time. Keyed by the activity's
 * id: an activity of an initiative, or an ad-hoc one the coordinator describes here.
 */
export const volunteerActivities = pgTable(
  'volunteer_activities',
  {
    activityId: uuid().primaryKey(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull(),
    needed: integer().notNull(),
    topicIds: jsonb().$type<string[]>().notNull().default([]),
    languages: jsonb().$type<RequiredLanguageRow[]>().notNull().default([]),
    district: text(),
    /** Partners and researchers taking part: they see the first names of the colleagues on it. */
    memberIds: jsonb().$type<string[]>().notNull().default([]),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** Revision in the colleagues' calendar feeds (RFC 5545 SEQUENCE): raised when the time or place moves. */
    sequence: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('volunteer_activities_zone_idx').on(t.zoneId, t.startsAt),
    check('volunteer_activities_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A colleague asked for an activity: invited → accepted | declined, or cancelled by the coordinator. */
export const volunteerAssignments = pgTable(
  'volunteer_assignments',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    activityId: uuid()
      .notNull()
      .references(() => volunteerActivities.activityId, { onDelete: 'cascade' }),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    status: text().notNull().default('invited'),
    /** sha256 of the one-click answer link's secret; the link answers once. */
    tokenHash: text().notNull(),
    invitedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp({ withTimezone: true }),
    invitedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('volunteer_assignments_unique').on(t.activityId, t.volunteerId),
    uniqueIndex('volunteer_assignments_token_unique').on(t.tokenHash),
    index('volunteer_assignments_volunteer_idx').on(t.volunteerId, t.status),
    index('volunteer_assignments_zone_idx').on(t.zoneId, t.status),
  ],
);

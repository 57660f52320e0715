import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { findings } from './findings.ts';
import { organisations } from './partners.ts';
import { zones } from './zones.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    type: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    goals: jsonb().$type<string[]>().notNull().default([]),
    targetGroups: jsonb().$type<string[]>().notNull().default([]),
    districts: jsonb().$type<string[]>().notNull().default([]),
    leadUserId: uuid().references(() => users.id),
    budget: numeric({ precision: 12, scale: 2, mode: 'number' }),
    materials: text().notNull().default(''),
    /** idea → proposal → co_design → planned → running → done → evaluated | dropped */
    status: text().notNull().default('idea'),
    /** Why it was dropped. */
    statusReason: text(),
    /** Why it was planned without every co-owning partner's confirmation. */
    planOverrideReason: text(),
    ideaId: uuid(),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('initiatives_zone_idx').on(t.zoneId, t.status, t.updatedAt)],
);

/** Co-owning partner organisations and whether each confirmed the fit ("afgestemd op onze noden"). */
export const initiativePartners = pgTable(
  'initiative_partners',
  {
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    /** pending | confirmed | changes_requested */
    fit: text().notNull().default('pending'),
    note: text(),
    answeredBy: uuid().references(() => users.id),
    answeredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.organisationId] }),
    index('initiative_partners_org_idx').on(t.organisationId),
  ],
);

/** The published findings and stated needs an initiative answers. */
export const initiativeFindings = pgTable(
  'initiative_findings',
  {
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    findingId: uuid()
      .notNull()
      .references(() => findings.id),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.findingId] }),
    index('initiative_findings_finding_idx').on(t.zoneId, t.findingId),
  ],
);

export const codesignComments = pgTable(
  'codesign_comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('codesign_comments_initiative_idx').on(t.initiativeId, t.createdAt)],
);

export const initiativeDocuments = pgTable(
  'initiative_documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
    filename: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    content: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('initiative_documents_initiative_idx').on(t.initiativeId, t.createdAt),
    check('initiative_documents_size', sql`${t.size} <= 2097152 and octet_length(${t.content}) = ${t.size}`),
  ],
);

/** One dated session of an initiative. */
export const activities = pgTable(
  'activities',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    place: text(),
    onlineUrl: text(),
    capacity: integer().notNull(),
    languages: jsonb().$type<string[]>().notNull().default(['nl']),
    colleaguesNeeded: integer().notNull().default(0),
    /** Head count recorded afterwards (or the sum of checked-in parties). */
    attendance: integer(),
    cancelledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('activities_zone_start_idx').on(t.zoneId, t.startsAt),
    index('activities_initiative_idx').on(t.initiativeId, t.startsAt),
    check('activities_capacity_positive', sql`${t.capacity} > 0`),
    check('activities_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A public registration: no account, only a name or nickname, an optional contact and a head count. */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    activityId: uuid()
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    contact: text(),
    people: integer().notNull().default(1),
    language: text().notNull().default('nl'),
    /** confirmed | waiting | cancelled */
    status: text().notNull(),
    /** sha256 of the personal link's token; the token itself is never stored. */
    tokenHash: text().notNull(),
    checkedIn: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The order of the waiting list: when the registration joined it. */
    seq: integer().generatedAlwaysAsIdentity(),
    cancelledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('registrations_token_unique').on(t.tokenHash),
    index('registrations_activity_idx').on(t.activityId, t.status, t.seq),
  ],
);

/** What happened at an activity, and the link to its feedback survey. */
export const activityReports = pgTable('activity_reports', {
  activityId: uuid()
    .primaryKey()
    .references(() => activities.id, { onDelete: 'cascade' }),
  zoneId: uuid()
    .notNull()
    .references(() => zones.id),
  whatHappened: text().notNull(),
  lessons: text().notNull().default(''),
  surveyId: uuid(),
  surveyUrl: text(),
  authorId: uuid().references(() => users.id),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { zones } from './zones.ts';

/** Filled by the database (generated column); never written by the app. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A trust-building programme ("traject") of one zone. */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    name: text().notNull(),
    aim: text().notNull().default(''),
    startsOn: date({ mode: 'string' }),
    endsOn: date({ mode: 'string' }),
    /** Shown on the public programme page (no login) when true. */
    isPublic: boolean().notNull().default(false),
    /** What the programme is, for partners and residents, per language: { nl: '…', fr: '…' }. */
    publicText: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** How their input is protected, per language. */
    protectionText: jsonb().$type<Record<string, string>>().notNull().default({}),
    slug: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('programmes_slug_unique').on(t.slug), index('programmes_zone_idx').on(t.zoneId)],
);

/** preparation → listening → co_design → initiatives → evaluation → broadening, with planned and actual dates. */
export const programmePhases = pgTable(
  'programme_phases',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    position: integer().notNull(),
    plannedStart: date({ mode: 'string' }),
    plannedEnd: date({ mode: 'string' }),
    actualStart: date({ mode: 'string' }),
    actualEnd: date({ mode: 'string' }),
  },
  (t) => [uniqueIndex('programme_phases_kind_unique').on(t.programmeId, t.kind)],
);

/** Focus areas a zone works on (youth, cultural identity, poverty to start); organisations refer to `key`. */
export const focusAreas = pgTable(
  'focus_areas',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    key: text().notNull(),
    label: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('focus_areas_zone_key_unique').on(t.zoneId, t.key)],
);

/** An outreach round of a programme (wave 1 = the limited first set). */
export const waves = pgTable(
  'waves',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id),
    number: integer().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('waves_programme_number_unique').on(t.programmeId, t.number)],
);

/** A partner organisation (external) or police unit (internal). */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    name: text().notNull(),
    /** lower-case, accents and punctuation removed: the duplicate key with `postcode`. */
    nameKey: text().notNull(),
    /** 'internal' (police unit) | 'external'. */
    kind: text().notNull().default('external'),
    focusAreas: text().array().notNull().default(sql`'{}'::text[]`),
    districts: text().array().notNull().default(sql`'{}'::text[]`),
    address: text().notNull().default(''),
    postcode: text().notNull().default(''),
    city: text().notNull().default(''),
    website: text(),
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    targetGroups: text().array().notNull().default(sql`'{}'::text[]`),
    description: text().notNull().default(''),
    notes: text().notNull().default(''),
    ownerId: uuid().references(() => users.id),
    /** 'existing' when a dialogue with the police already exists, else 'new'. */
    dialogue: text().notNull().default('new'),
    waveId: uuid().references(() => waves.id, { onDelete: 'set null' }),
    /** Dutch full-text search, accent-insensitive through brug_fold() (migration `partners_fold`). */
    search: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch'::regconfig, brug_fold(name)), 'A') || setweight(to_tsvector('dutch'::regconfig, brug_fold(coalesce(description, '') || ' ' || coalesce(notes, ''))), 'B')`,
    ),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_zone_name_postcode_unique').on(t.zoneId, t.nameKey, t.postcode),
    index('organisations_zone_name_idx').on(t.zoneId, t.name),
    index('organisations_wave_idx').on(t.waveId),
    index('organisations_focus_gin').using('gin', t.focusAreas),
    index('organisations_districts_gin').using('gin', t.districts),
    index('organisations_search_gin').using('gin', t.search),
  ],
);

/** A person at an organisation. Personal data: hidden from colleagues, erasable (GDPR). */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    function: text().notNull().default(''),
    email: text(),
    phone: text(),
    preferredLanguage: text().notNull().default('nl'),
    /** GDPR legal basis: 'consent' | 'legitimate_interest' | 'public_task' | 'contract'. */
    consentBasis: text().notNull(),
    consentDate: date({ mode: 'string' }).notNull(),
    /** A partner user account that speaks for this contact (sees and edits its own organisation). */
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** Set when erased: the row stays (counts), the personal fields are blanked. */
    erasedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('contacts_organisation_idx').on(t.organisationId),
    index('contacts_zone_email_idx').on(t.zoneId, t.email),
    index('contacts_user_idx').on(t.userId),
  ],
);

/** Current relationship status of an organisation within a programme. */
export const relationshipStatuses = pgTable(
  'relationship_statuses',
  {
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    /** longlist | contacted | invited | in_dialogue | partner | paused | ended */
    status: text().notNull(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    changedById: uuid().references(() => users.id),
    /** The organisation's focus areas and districts, copied by a trigger, for the coverage counts. */
    focusAreas: text().array().notNull().default(sql`'{}'::text[]`),
    districts: text().array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    uniqueIndex('relationship_statuses_org_programme_unique').on(t.organisationId, t.programmeId),
    index('relationship_statuses_zone_idx').on(t.zoneId, t.programmeId, t.status),
  ],
);

/** Every status change, dated, with who made it. */
export const relationshipStatusHistory = pgTable(
  'relationship_status_history',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    fromStatus: text(),
    toStatus: text().notNull(),
    note: text().notNull().default(''),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    changedById: uuid().references(() => users.id),
  },
  (t) => [index('relationship_status_history_org_idx').on(t.organisationId, t.changedAt)],
);

/** Organisation A recommended organisation B, or a new contact not yet in the registry. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    fromOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    toOrganisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    toContactId: uuid().references(() => contacts.id, { onDelete: 'set null' }),
    note: text().notNull().default(''),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('referrals_from_idx').on(t.fromOrganisationId),
    index('referrals_to_idx').on(t.toOrganisationId),
    index('referrals_zone_idx').on(t.zoneId),
  ],
);

/** Non-confidential contact moments: call, visit, meeting, email, note. */
export const interactions = pgTable(
  'interactions',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    summary: text().notNull(),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interactions_org_idx').on(t.organisationId, t.occurredAt)],
);

/** Follow-up tasks with a due date and an assignee ("my tasks"). */
export const partnerTasks = pgTable(
  'partner_tasks',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    organisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
    assigneeId: uuid()
      .notNull()
      .references(() => users.id),
    doneAt: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('partner_tasks_assignee_idx').on(t.assigneeId, t.dueOn),
    index('partner_tasks_org_idx').on(t.organisationId),
  ],
);

/** A user's named list view: filters, sort and search. */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    query: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('saved_views_user_name_unique').on(t.userId, t.name)],
);

/**
 * An erased contact's e-mail address, kept only as sha256(zone id, lower-case address), so that a
 * re-import does not bring the person back: the address itself is gone.
 */
export const erasedContacts = pgTable(
  'erased_contacts',
  {
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    emailHash: text().notNull(),
    erasedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.emailHash] })],
);

/**
 * A spreadsheet read once at preview: the import that follows works on these rows instead of the
 * file, and reports its progress here. The rows are cleared once the import has finished.
 */
export const partnerImports = pgTable(
  'partner_imports',
  {
    id: uuid().primaryKey().defaultRandom(),
    zoneId: uuid()
      .notNull()
      .references(() => zones.id),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    format: text().notNull(),
    /** The sheet as read: header row first. */
    rows: jsonb().$type<string[][]>().notNull(),
    /** previewed | running | done | failed */
    status: text().notNull().default('previewed'),
    done: integer().notNull().default(0),
    total: integer().notNull().default(0),
    report: jsonb().$type<Record<string, unknown>>(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('partner_imports_zone_idx').on(t.zoneId, t.createdAt)],
);

/**
 * Organisations per zone and combination of focus areas and districts, kept by triggers
 * (migration `partners_coverage_counts`): the coverage matrix reads these few rows instead of
 * every organisation.
 */
export const organisationCounts = pgTable(
  'organisation_counts',
  {
    zoneId: uuid().notNull(),
    focusAreas: text().array().notNull(),
    districts: text().array().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.focusAreas, t.districts] })],
);

/** Relationship statuses per programme, combination of focus areas and districts, and status; kept by triggers. */
export const relationshipStatusCounts = pgTable(
  'relationship_status_counts',
  {
    zoneId: uuid().notNull(),
    programmeId: uuid().notNull(),
    focusAreas: text().array().notNull(),
    districts: text().array().notNull(),
    status: text().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.focusAreas, t.districts, t.status] })],
);

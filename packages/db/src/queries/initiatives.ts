import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { preparedQuery } from '../prepared.ts';
import { users } from '../schema/accounts.ts';
import {
  activities,
  codesignComments,
  initiativeDocuments,
  initiativeFindings,
  initiativePartners,
  initiatives,
  registrations,
} from '../schema/initiatives.ts';
import { contacts, organisations } from '../schema/partners.ts';

export type InitiativeRow = typeof initiatives.$inferSelect;
export type InitiativePartnerRow = typeof initiativePartners.$inferSelect & {
  organisationName: string | null;
};
export type InitiativeDetail = InitiativeRow & { partners: InitiativePartnerRow[]; findingIds: string[] };
export type ActivityRow = typeof activities.$inferSelect;
export type RegistrationRow = typeof registrations.$inferSelect;

const initiativeById = preparedQuery(
  'initiative_by_id',
  ['zoneId', 'id'],
  (db, p) =>
    db
      .select()
      .from(initiatives)
      .where(and(eq(initiatives.zoneId, p.zoneId), eq(initiatives.id, p.id)))
      .limit(1),
  'shared',
);

export async function getInitiative(db: Tx, zoneId: string, id: string): Promise<InitiativeRow | undefined> {
  const [row] = await initiativeById(db, { zoneId, id });
  return row;
}

export async function lockInitiative(tx: Tx, zoneId: string, id: string): Promise<InitiativeRow | undefined> {
  const [row] = await tx
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.zoneId, zoneId), eq(initiatives.id, id)))
    .for('update');
  return row;
}

const partnersOfInitiatives = preparedQuery(
  'partners_of_initiatives',
  ['ids'],
  (db, p) =>
    db
      .select({
        initiativeId: initiativePartners.initiativeId,
        organisationId: initiativePartners.organisationId,
        zoneId: initiativePartners.zoneId,
        fit: initiativePartners.fit,
        note: initiativePartners.note,
        answeredBy: initiativePartners.answeredBy,
        answeredAt: initiativePartners.answeredAt,
        organisationName: organisations.name,
      })
      .from(initiativePartners)
      .leftJoin(organisations, eq(organisations.id, initiativePartners.organisationId))
      .where(sql`${initiativePartners.initiativeId} = any(${p.ids}::uuid[])`)
      .orderBy(asc(organisations.name)),
  'shared',
);

const findingsOfInitiatives = preparedQuery(
  'findings_of_initiatives',
  ['ids'],
  (db, p) =>
    db
      .select()
      .from(initiativeFindings)
      .where(sql`${initiativeFindings.initiativeId} = any(${p.ids}::uuid[])`),
  'shared',
);

/** Partners and answered findings of the given initiatives, attached to each. */
export async function withInitiativeLinks(db: Tx, rows: InitiativeRow[]): Promise<InitiativeDetail[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [partners, findings] = await Promise.all([
    partnersOfInitiatives(db, { ids }),
    findingsOfInitiatives(db, { ids }),
  ]);
  return rows.map((r) => ({
    ...r,
    partners: partners.filter((p) => p.initiativeId === r.id),
    findingIds: findings.filter((f) => f.initiativeId === r.id).map((f) => f.findingId),
  }));
}

/**
 * An initiative's partners (with the organisation's name, by name) and answered findings as two columns
 * of its own row, so a page of initiatives is one statement instead of three. The outer row is named
 * in the text (`initiatives.id`): Drizzle writes a column given at the top of a selected expression
 * without its table when the select has one table, and `id` alone would name the organisation's.
 */
const withLinkColumns = {
  ...getTableColumns(initiatives),
  partners: sql<PartnerJson[]>`coalesce((select json_agg(json_build_object(
      'initiativeId', ip.initiative_id, 'organisationId', ip.organisation_id, 'zoneId', ip.zone_id,
      'fit', ip.fit, 'note', ip.note, 'answeredBy', ip.answered_by, 'answeredAt', ip.answered_at,
      'organisationName', o.name) order by o.name)
    from ${initiativePartners} ip left join ${organisations} o on o.id = ip.organisation_id
    where ip.initiative_id = initiatives.id), '[]'::json)`,
  findingIds: sql<string[]>`coalesce((select json_agg(f.finding_id) from ${initiativeFindings} f
    where f.initiative_id = initiatives.id), '[]'::json)`,
};
type PartnerJson = Omit<InitiativePartnerRow, 'answeredAt'> & { answeredAt: string | null };

function detailOf(row: InitiativeRow & { partners: PartnerJson[]; findingIds: string[] }): InitiativeDetail {
  return {
    ...row,
    partners: row.partners.map((p) => ({
      ...p,
      answeredAt: p.answeredAt === null ? null : new Date(p.answeredAt),
    })),
  };
}

const initiativeDetailById = preparedQuery(
  'initiative_detail_by_id',
  ['zoneId', 'id'],
  (db, p) =>
    db
      .select(withLinkColumns)
      .from(initiatives)
      .where(and(eq(initiatives.zoneId, p.zoneId), eq(initiatives.id, p.id))),
  'shared',
);

/** An initiative of the zone with its partners and answered findings, in one statement. */
export async function getInitiativeDetail(
  db: Tx,
  zoneId: string,
  id: string,
): Promise<InitiativeDetail | undefined> {
  const [row] = await initiativeDetailById(db, { zoneId, id });
  return row && detailOf(row);
}

export type InitiativeFilter = {
  status?: string;
  type?: string;
  district?: string;
  partner?: string;
  targetGroup?: string;
  /** Only initiatives co-owned by one of these organisations (partner users). */
  organisationIds?: string[];
};

/**
 * The zone's initiatives, each filter left out when null (one statement for every filter: it is built
 * once, and each call is planned for its values, so a filter left out costs nothing).
 */
const initiativeList = preparedQuery(
  'initiative_list',
  ['zoneId', 'status', 'type', 'district', 'targetGroup', 'partner', 'organisationIds'],
  (db, p) =>
    db
      .select(withLinkColumns)
      .from(initiatives)
      .where(
        and(
          eq(initiatives.zoneId, p.zoneId),
          sql`(${p.status}::text is null or ${initiatives.status} = ${p.status}::text)`,
          sql`(${p.type}::text is null or ${initiatives.type} = ${p.type}::text)`,
          sql`(${p.district}::text is null or ${initiatives.districts} ? ${p.district}::text)`,
          sql`(${p.targetGroup}::text is null or ${initiatives.targetGroups} ? ${p.targetGroup}::text)`,
          sql`(${p.partner}::uuid is null or exists (select 1 from ${initiativePartners} ip
            where ip.initiative_id = ${initiatives.id} and ip.organisation_id = ${p.partner}::uuid))`,
          sql`(${p.organisationIds}::uuid[] is null or exists (select 1 from ${initiativePartners} ip
            where ip.initiative_id = ${initiatives.id} and ip.organisation_id = any(${p.organisationIds}::uuid[])))`,
        ),
      )
      .orderBy(asc(initiatives.status), sql`${initiatives.updatedAt} desc`)
      .limit(1000),
  'per call',
);

export async function findInitiatives(db: Tx, zoneId: string, f: InitiativeFilter) {
  // An empty text is no filter, as before.
  const rows = await initiativeList(db, {
    zoneId,
    status: f.status || null,
    type: f.type || null,
    district: f.district || null,
    targetGroup: f.targetGroup || null,
    partner: f.partner || null,
    // An empty list finds nothing (a partner user who speaks for no organisation).
    organisationIds: f.organisationIds ?? null,
  });
  return rows.map(detailOf);
}

/** The organisations a partner user speaks for, through the registry's contacts. */
export async function findUserOrganisationIds(db: Tx, zoneId: string, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: contacts.organisationId })
    .from(contacts)
    .where(and(eq(contacts.zoneId, zoneId), eq(contacts.userId, userId), sql`${contacts.erasedAt} is null`));
  return [...new Set(rows.map((r) => r.id))];
}

export async function findZoneOrganisationIds(db: Tx, zoneId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.zoneId, zoneId), inArray(organisations.id, ids)));
  return rows.map((r) => r.id);
}

export async function findCodesignComments(db: Tx, initiativeId: string) {
  return db
    .select({
      id: codesignComments.id,
      text: codesignComments.text,
      createdAt: codesignComments.createdAt,
      authorName: users.displayName,
      authorRole: users.role,
    })
    .from(codesignComments)
    .innerJoin(users, eq(users.id, codesignComments.authorId))
    .where(eq(codesignComments.initiativeId, initiativeId))
    .orderBy(asc(codesignComments.createdAt), codesignComments.id);
}

export async function findInitiativeDocuments(db: Tx, initiativeId: string) {
  return db
    .select({
      id: initiativeDocuments.id,
      filename: initiativeDocuments.filename,
      contentType: initiativeDocuments.contentType,
      size: initiativeDocuments.size,
      createdAt: initiativeDocuments.createdAt,
      uploadedBy: users.displayName,
    })
    .from(initiativeDocuments)
    .innerJoin(users, eq(users.id, initiativeDocuments.uploadedBy))
    .where(eq(initiativeDocuments.initiativeId, initiativeId))
    .orderBy(asc(initiativeDocuments.createdAt));
}

const peopleWhere = (status: string) =>
  sql<number>`coalesce((select sum(r.people)::int from ${registrations} r where r.activity_id = ${activities.id} and r.status = ${status}), 0)`;

export const activityWithCounts = {
  activity: activities,
  initiativeTitle: initiatives.title,
  initiativeType: initiatives.type,
  initiativeStatus: initiatives.status,
  initiativeDescription: initiatives.description,
  confirmedPeople: peopleWhere('confirmed'),
  waitingPeople: peopleWhere('waiting'),
};
export type ActivityWithCounts = {
  activity: ActivityRow;
  initiativeTitle: string;
  initiativeType: string;
  initiativeStatus: string;
  initiativeDescription: string;
  confirmedPeople: number;
  waitingPeople: number;
};

export type ActivityFilter = {
  from?: string;
  to?: string;
  initiativeId?: string;
  organisationIds?: string[];
};

/** The calendar's activities; a filter left out (null) holds for every activity. */
const activitiesOfZone = preparedQuery(
  'activities_of_zone',
  ['zoneId', 'from', 'to', 'initiativeId', 'organisationIds'],
  (db, p) =>
    db
      .select(activityWithCounts)
      .from(activities)
      .innerJoin(initiatives, eq(initiatives.id, activities.initiativeId))
      .where(
        and(
          eq(activities.zoneId, p.zoneId),
          sql`(${p.from}::date is null or ${activities.startsAt} >= ${p.from}::date::timestamp at time zone 'UTC')`,
          sql`(${p.to}::date is null or ${activities.startsAt} < (${p.to}::date + 1))`,
          sql`(${p.initiativeId}::uuid is null or ${activities.initiativeId} = ${p.initiativeId}::uuid)`,
          sql`(${p.organisationIds}::uuid[] is null or exists (select 1 from ${initiativePartners} ip where ip.initiative_id = ${initiatives.id} and ip.organisation_id = any(${p.organisationIds}::uuid[])))`,
        ),
      )
      .orderBy(asc(activities.startsAt))
      .limit(2000),
  'per call',
);

export async function findActivities(
  db: Tx,
  zoneId: string,
  f: ActivityFilter,
): Promise<ActivityWithCounts[]> {
  return activitiesOfZone(db, {
    zoneId,
    from: f.from ?? null,
    to: f.to ?? null,
    initiativeId: f.initiativeId ?? null,
    organisationIds: f.organisationIds ?? null,
  }) as Promise<ActivityWithCounts[]>;
}

/** An activity by id alone: public registration pages know no zone. */
export async function getActivityWithCounts(db: Tx, id: string, zoneId?: string) {
  const [row] = await db
    .select(activityWithCounts)
    .from(activities)
    .innerJoin(initiatives, eq(initiatives.id, activities.initiativeId))
    .where(and(eq(activities.id, id), zoneId ? eq(activities.zoneId, zoneId) : undefined))
    .limit(1);
  return row as ActivityWithCounts | undefined;
}

/** Locks the activity row: registrations, cancellations and capacity changes of one activity queue here. */
const activityForUpdate = preparedQuery(
  'activity_for_update',
  ['id'],
  (tx, p) => tx.select().from(activities).where(eq(activities.id, p.id)).for('update'),
  'shared',
);

export async function lockActivity(tx: Tx, id: string): Promise<ActivityRow | undefined> {
  const [row] = await activityForUpdate(tx, { id });
  return row;
}

export async function countConfirmedPeople(tx: Tx, activityId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(sum(${registrations.people}), 0)::int` })
    .from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.status, 'confirmed')));
  return row.n;
}

export async function hasWaitingList(tx: Tx, activityId: string): Promise<boolean> {
  const rows = await tx
    .select({ one: sql<number>`1` })
    .from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.status, 'waiting')))
    .limit(1);
  return rows.length > 0;
}

const registrationStateQuery = preparedQuery(
  'registration_state',
  ['activityId', 'initiativeId'],
  (tx, p) =>
    tx
      .select({
        title: initiatives.title,
        status: initiatives.status,
        confirmedPeople: sql<number>`(select coalesce(sum(${registrations.people}), 0)::int from ${registrations}
        where ${registrations.activityId} = ${p.activityId} and ${registrations.status} = 'confirmed')`,
        waiting: sql<number>`(select count(*)::int from ${registrations}
        where ${registrations.activityId} = ${p.activityId} and ${registrations.status} = 'waiting')`,
      })
      .from(initiatives)
      .where(eq(initiatives.id, p.initiativeId)),
  'shared',
);

/**
 * What a new registration is decided on, in one statement: the initiative's title and status, the
 * people holding a confirmed place and the registrations waiting. Call after `lockActivity`, in its
 * transaction: each statement then reads what the transaction before it committed.
 */
export async function registrationState(
  tx: Tx,
  activity: Pick<ActivityRow, 'id' | 'initiativeId'>,
): Promise<{ title: string; status: string; confirmedPeople: number; waiting: number }> {
  const [row] = await registrationStateQuery(tx, {
    activityId: activity.id,
    initiativeId: activity.initiativeId,
  });
  return row;
}

export async function findWaitingList(tx: Tx, activityId: string): Promise<RegistrationRow[]> {
  return tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.activityId, activityId), eq(registrations.status, 'waiting')))
    .orderBy(asc(registrations.seq));
}

export async function findRegistrations(db: Tx, activityId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(registrations)
    .where(eq(registrations.activityId, activityId))
    .orderBy(asc(registrations.seq));
}

export async function getRegistrationByToken(
  db: Tx,
  tokenHash: string,
): Promise<RegistrationRow | undefined> {
  const [row] = await db.select().from(registrations).where(eq(registrations.tokenHash, tokenHash)).limit(1);
  return row;
}

/** 1-based place on the waiting list. */
export async function waitingPosition(db: Tx, r: RegistrationRow): Promise<number | null> {
  if (r.status !== 'waiting') return null;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(
      and(
        eq(registrations.activityId, r.activityId),
        eq(registrations.status, 'waiting'),
        sql`${registrations.seq} <= ${r.seq}`,
      ),
    );
  return row.n;
}

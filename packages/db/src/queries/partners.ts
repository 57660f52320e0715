import { and, asc, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { fromJsonRows, jsonRows } from '../json-rows.ts';
import { preparedQuery } from '../prepared.ts';
import {
  contacts,
  focusAreas,
  interactions,
  organisations,
  partnerTasks,
  relationshipStatuses,
  relationshipStatusHistory,
  waves,
} from '../schema/partners.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

/**
 * An organisation's columns as lists and exports read them: all but its search vector, which only the
 * search index needs (and which is as long as the name, description and notes together).
 */
const { search: _search, ...listedColumns } = getTableColumns(organisations);
export type ListedOrganisation = Omit<OrganisationRow, 'search'>;
export type ContactRow = typeof contacts.$inferSelect;

export type OrganisationFilterParams = {
  q?: string;
  kind?: string;
  focusArea?: string[];
  district?: string[];
  language?: string[];
  targetGroup?: string[];
  postcode?: string;
  city?: string;
  ownerId?: string;
  dialogue?: string;
  waveId?: string;
  programmeId?: string;
  status?: string[];
  /** Only these organisations (a partner's own). */
  ids?: string[];
  /** The search also finds organisations by a contact person's name (for roles that see every contact). */
  contactNames?: boolean;
};

/** The search the user typed, as a Dutch tsquery over accent-folded text. */
function tsQuery(q: string): SQL {
  return sql`websearch_to_tsquery('dutch'::regconfig, brug_fold(${q}))`;
}

export function organisationWhere(zoneId: string, f: OrganisationFilterParams): SQL {
  const conditions: (SQL | undefined)[] = [
    eq(organisations.zoneId, zoneId),
    f.q
      ? f.contactNames && f.q.trim()
        ? sql`(${organisations.search} @@ ${tsQuery(f.q)} or ${organisations.id} in (select ${contacts.organisationId} from ${contacts} where ${contacts.zoneId} = ${zoneId} and ${contacts.erasedAt} is null and strpos(brug_fold(${contacts.name}), brug_fold(${f.q.trim()})) > 0))`
        : sql`${organisations.search} @@ ${tsQuery(f.q)}`
      : undefined,
    f.kind ? eq(organisations.kind, f.kind) : undefined,
    f.focusArea?.length ? sql`${organisations.focusAreas} && ${sqlTextArray(f.focusArea)}` : undefined,
    f.district?.length ? sql`${organisations.districts} && ${sqlTextArray(f.district)}` : undefined,
    f.language?.length ? sql`${organisations.languages} && ${sqlTextArray(f.language)}` : undefined,
    f.targetGroup?.length ? sql`${organisations.targetGroups} && ${sqlTextArray(f.targetGroup)}` : undefined,
    f.postcode ? eq(organisations.postcode, f.postcode) : undefined,
    f.city ? sql`brug_fold(${organisations.city}) = brug_fold(${f.city})` : undefined,
    f.ownerId ? eq(organisations.ownerId, f.ownerId) : undefined,
    f.dialogue ? eq(organisations.dialogue, f.dialogue) : undefined,
    f.waveId === 'none'
      ? isNull(organisations.waveId)
      : f.waveId
        ? eq(organisations.waveId, f.waveId)
        : undefined,
    f.ids ? (f.ids.length ? inArray(organisations.id, f.ids) : sql`false`) : undefined,
  ];
  if (f.status?.length && f.programmeId) {
    const wantsNone = f.status.includes('longlist');
    conditions.push(
      sql`(${relationshipStatuses.status} in (${sql.join(
        f.status.map((s) => sql`${s}`),
        sql`, `,
      )})${wantsNone ? sql` or ${relationshipStatuses.status} is null` : sql``})`,
    );
  }
  return and(...conditions) as SQL;
}

function sqlTextArray(values: string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

export type OrganisationListParams = OrganisationFilterParams & {
  sort: string;
  page: number;
  pageSize: number;
};

const SORTS: Record<string, SQL[]> = {
  name: [sql`${organisations.name} asc`],
  '-name': [sql`${organisations.name} desc`],
  createdAt: [sql`${organisations.createdAt} asc`],
  '-createdAt': [sql`${organisations.createdAt} desc`],
  postcode: [sql`${organisations.postcode} asc`, sql`${organisations.name} asc`],
  '-postcode': [sql`${organisations.postcode} desc`, sql`${organisations.name} asc`],
};

/** A list counts its matches up to here; past it the total reads "at least". */
export const ORGANISATION_COUNT_CAP = 10_000;
/** Up to this many matches, the page is sorted from the matches; past it, read in order from the index. */
const SORT_MATCHES_MAX = 2_000;

/**
 * One page of organisations with their status in `programmeId` (when given). Without a programme,
 * a status filter cannot apply and is ignored.
 *
 * The count comes first (bitmap scans over the filter and search indexes, capped), and decides the
 * plan of the page: few matches are collected and sorted; many are read in order from the
 * (zone, name) index, which stops after one page. Left to itself the planner walks the name index
 * also when a search matches few rows, filtering tens of thousands of them.
 */
export async function findOrganisations(db: Tx, zoneId: string, p: OrganisationListParams) {
  const where = organisationWhere(zoneId, p);
  const order =
    p.sort === 'relevance' && p.q
      ? [sql`ts_rank(${organisations.search}, ${tsQuery(p.q)}) desc`, sql`${organisations.name} asc`]
      : (SORTS[p.sort] ?? SORTS.name);
  const join = relationshipJoin(p.programmeId);
  const offset = (p.page - 1) * p.pageSize;
  // One statement counts (capped) and, when the matches are few, sorts them and hands back the page's ids.
  const [counted] = await rowsOf<{ total: number; ids: string[] | string | null }>(
    db,
    sql`with m as materialized (
          select ${organisations.id} as id from ${organisations}
          left join ${relationshipStatuses} on ${join}
          where ${where}
          limit ${ORGANISATION_COUNT_CAP + 1}
        ), c as (select count(*)::int as total from m)
        select c.total,
          case when c.total <= ${SORT_MATCHES_MAX} then (
            select coalesce(array_agg(page.id), '{}') from (
              select ${organisations.id} as id from ${organisations} join m on m.id = ${organisations.id}
              order by ${sql.join(order, sql`, `)}, ${organisations.id}
              limit ${p.pageSize} offset ${offset}
            ) page
          ) end as ids
        from c`,
  );
  const total = Number(counted.total);
  const capped = total > ORGANISATION_COUNT_CAP;
  if (offset >= total) return { items: [], total: Math.min(total, ORGANISATION_COUNT_CAP), capped };
  const ids =
    counted.ids === null ? null : typeof counted.ids === 'string' ? parseUuidArray(counted.ids) : counted.ids;
  if (ids && ids.length === 0) return { items: [], total: Math.min(total, ORGANISATION_COUNT_CAP), capped };
  const items = await db
    .select({ organisation: listedColumns, status: relationshipStatuses.status })
    .from(organisations)
    .leftJoin(relationshipStatuses, join)
    .where(ids ? and(eq(organisations.zoneId, zoneId), inArray(organisations.id, ids)) : where)
    .orderBy(...order, asc(organisations.id))
    .limit(p.pageSize)
    .offset(ids ? 0 : offset);
  return { items, total: Math.min(total, ORGANISATION_COUNT_CAP), capped };
}

/** node-postgres returns uuid[] as its text form; PGlite as an array. */
function parseUuidArray(text: string): string[] {
  return text
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean);
}

function relationshipJoin(programmeId?: string): SQL {
  return programmeId
    ? (and(
        eq(relationshipStatuses.organisationId, organisations.id),
        eq(relationshipStatuses.programmeId, programmeId),
      ) as SQL)
    : sql`false`;
}

/** Every organisation a filter finds (for export and "add to wave"), capped. */
export async function findAllOrganisations(
  db: Tx,
  zoneId: string,
  f: OrganisationFilterParams & { sort?: string },
  limit: number,
) {
  return db
    .select({ organisation: listedColumns, status: relationshipStatuses.status })
    .from(organisations)
    .leftJoin(relationshipStatuses, relationshipJoin(f.programmeId))
    .where(organisationWhere(zoneId, f))
    .orderBy(...(SORTS[f.sort ?? 'name'] ?? SORTS.name), asc(organisations.id))
    .limit(limit);
}

const organisationById = preparedQuery(
  'organisation_by_id',
  ['id', 'zoneId'],
  (db, p) =>
    db
      .select()
      .from(organisations)
      .where(and(eq(organisations.id, p.id), eq(organisations.zoneId, p.zoneId)))
      .limit(1),
  'shared',
);

export async function getOrganisation(db: Tx, zoneId: string, id: string) {
  const [row] = await organisationById(db, { id, zoneId });
  return row;
}

const organisationWithStatuses = preparedQuery(
  'organisation_with_statuses',
  ['id', 'zoneId'],
  (db, p) =>
    db
      .select({
        organisation: organisations,
        statuses: jsonRows(relationshipStatuses, eq(relationshipStatuses.organisationId, organisations.id)),
      })
      .from(organisations)
      .where(and(eq(organisations.id, p.id), eq(organisations.zoneId, p.zoneId))),
  'shared',
);

/** An organisation of the zone with its relationship status in each programme, in one statement. */
export async function getOrganisationWithStatuses(db: Tx, zoneId: string, id: string) {
  const [row] = await organisationWithStatuses(db, { id, zoneId });
  return (
    row && { organisation: row.organisation, statuses: fromJsonRows(relationshipStatuses, row.statuses) }
  );
}

const organisationTimeline = preparedQuery(
  'organisation_timeline',
  ['id', 'zoneId'],
  (db, p) =>
    db
      .select({
        interactions: jsonRows(interactions, eq(interactions.organisationId, organisations.id)),
        statuses: jsonRows(
          relationshipStatusHistory,
          eq(relationshipStatusHistory.organisationId, organisations.id),
        ),
        tasks: jsonRows(partnerTasks, eq(partnerTasks.organisationId, organisations.id)),
      })
      .from(organisations)
      .where(and(eq(organisations.id, p.id), eq(organisations.zoneId, p.zoneId))),
  'shared',
);

/**
 * What an organisation's timeline is made of — its interactions, status changes and tasks — read with
 * the organisation in one statement; undefined when the zone has no such organisation.
 */
export async function findTimelineRows(db: Tx, zoneId: string, organisationId: string) {
  const [row] = await organisationTimeline(db, { id: organisationId, zoneId });
  return (
    row && {
      interactions: fromJsonRows(interactions, row.interactions),
      statuses: fromJsonRows(relationshipStatusHistory, row.statuses),
      tasks: fromJsonRows(partnerTasks, row.tasks),
    }
  );
}

export async function findOrganisationByKey(db: Tx, zoneId: string, nameKey: string, postcode: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.zoneId, zoneId),
        eq(organisations.nameKey, nameKey),
        eq(organisations.postcode, postcode),
      ),
    )
    .limit(1);
  return row;
}

export async function findContacts(db: Tx, zoneId: string, organisationId: string) {
  return db
    .select()
    .from(contacts)
    .where(and(eq(contacts.zoneId, zoneId), eq(contacts.organisationId, organisationId)))
    .orderBy(asc(contacts.name), asc(contacts.id));
}

export async function getContact(db: Tx, zoneId: string, id: string) {
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, id), eq(contacts.zoneId, zoneId)))
    .limit(1);
  return row;
}

/** Organisations a partner user speaks for, through a contact linked to their account. */
export async function findOrganisationIdsOfUser(db: Tx, zoneId: string, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: contacts.organisationId })
    .from(contacts)
    .where(and(eq(contacts.zoneId, zoneId), eq(contacts.userId, userId)));
  return [...new Set(rows.map((r) => r.id))];
}

/**
 * Whether an organisation has been invited to a conversation: researchers see contact data only
 * then. The invitations of the listening module answer this; until they exist, nobody is invited.
 */
export async function isOrganisationInvited(
  db: Tx,
  zoneId: string,
  organisationId: string,
): Promise<boolean> {
  const [{ exists }] = await rowsOf<{ exists: boolean }>(
    db,
    sql`select to_regclass('public.invitations') is not null as exists`,
  );
  if (!exists) return false;
  const rows = await rowsOf(
    db,
    sql`select 1 from invitations where zone_id = ${zoneId} and organisation_id = ${organisationId} limit 1`,
  );
  return rows.length > 0;
}

export async function getFocusAreas(db: Tx, zoneId: string) {
  return db.select().from(focusAreas).where(eq(focusAreas.zoneId, zoneId)).orderBy(asc(focusAreas.key));
}

/** Counts per status of the organisations in each wave of a programme. */
export async function waveProgress(db: Tx, zoneId: string, programmeId: string) {
  const rows = await db
    .select({
      waveId: organisations.waveId,
      status: relationshipStatuses.status,
      n: sql<number>`count(*)::int`,
    })
    .from(organisations)
    .innerJoin(waves, eq(waves.id, organisations.waveId))
    .leftJoin(relationshipStatuses, relationshipJoin(programmeId))
    .where(and(eq(organisations.zoneId, zoneId), eq(waves.programmeId, programmeId)))
    .groupBy(organisations.waveId, relationshipStatuses.status);
  return rows;
}

export async function findWaves(db: Tx, zoneId: string, programmeId?: string) {
  return db
    .select()
    .from(waves)
    .where(and(eq(waves.zoneId, zoneId), programmeId ? eq(waves.programmeId, programmeId) : undefined))
    .orderBy(asc(waves.programmeId), asc(waves.number));
}

/**
 * Organisations per focus area × district × status. An organisation with several focus areas or
 * districts counts in each of its cells; one without counts under '' (not set). Reads the counts the
 * triggers keep per combination of focus areas and districts (migration `partners_coverage_counts`):
 * a few hundred rows, however many organisations. Without a status in the programme, an
 * organisation counts as 'longlist'.
 */
export async function coverageMatrix(db: Tx, zoneId: string, programmeId?: string) {
  const groups = programmeId
    ? sql`
      with totals as (
        select focus_areas, districts, n from organisation_counts where zone_id = ${zoneId} and n > 0
      ), st as (
        select focus_areas, districts, status, n from relationship_status_counts
        where programme_id = ${programmeId} and zone_id = ${zoneId} and n > 0
      ), g as (
        select focus_areas, districts, status, n from st
        union all
        select t.focus_areas, t.districts, 'longlist',
               t.n - coalesce((select sum(st.n) from st where st.focus_areas = t.focus_areas and st.districts = t.districts), 0)::int
        from totals t
      )`
    : sql`
      with g as (
        select focus_areas, districts, 'none' as status, n from organisation_counts where zone_id = ${zoneId} and n > 0
      )`;
  return rowsOf<{ focusArea: string; district: string; status: string; n: number }>(
    db,
    sql`${groups}
    select f.area as "focusArea", d.district as "district", g.status as "status", sum(g.n)::int as "n"
    from g
    cross join lateral unnest(case when cardinality(g.focus_areas) = 0 then array['']::text[] else g.focus_areas end) as f(area)
    cross join lateral unnest(case when cardinality(g.districts) = 0 then array['']::text[] else g.districts end) as d(district)
    where g.n > 0
    group by 1, 2, 3`,
  );
}

async function rowsOf<T = Record<string, unknown>>(db: Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

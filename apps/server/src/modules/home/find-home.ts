import { findOrganisationIdsOfUser, preparedQuery, schema, type Tx } from '@brug/db';
import type { HomeItemKey, HomeView, Role } from '@brug/domain';
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';

type Item = HomeView['items'][number];
const WEEK_MS = 7 * 24 * 3_600_000;

const item = (key: HomeItemKey, n: number, to: string, urgent = false): Item[] =>
  n > 0 ? [{ key, count: n, to, urgent }] : [];

async function countOf(query: Promise<{ n: number }[]>): Promise<number> {
  return Number((await query)[0]?.n ?? 0);
}

const act = schema.activities;

/** Activities starting from `now`, not cancelled, of the given initiatives or activities (null: any). */
const activitiesAhead = preparedQuery(
  'activities_ahead',
  ['zoneId', 'now', 'initiativeIds', 'activityIds'],
  (db, p) =>
    db
      .select({
        activityId: act.id,
        initiativeId: act.initiativeId,
        title: schema.initiatives.title,
        startsAt: act.startsAt,
      })
      .from(act)
      .innerJoin(schema.initiatives, eq(schema.initiatives.id, act.initiativeId))
      .where(
        and(
          eq(act.zoneId, p.zoneId),
          sql`${act.startsAt} >= ${p.now}::timestamptz`,
          isNull(act.cancelledAt),
          sql`(${p.initiativeIds}::uuid[] is null or ${act.initiativeId} = any(${p.initiativeIds}::uuid[]))`,
          sql`(${p.activityIds}::uuid[] is null or ${act.id} = any(${p.activityIds}::uuid[]))`,
        ),
      )
      .orderBy(asc(act.startsAt))
      .limit(5),
  'per call',
);

/** Activities starting from now, not cancelled, of the given initiatives (or of the zone), soonest first. */
async function nextActivities(
  db: Tx,
  zoneId: string,
  filter?: { initiativeIds?: string[]; activityIds?: string[] },
) {
  if (filter && (filter.initiativeIds ?? filter.activityIds ?? []).length === 0) return [];
  const rows = await activitiesAhead(db, {
    zoneId,
    now: new Date().toISOString(),
    initiativeIds: filter?.initiativeIds ?? null,
    activityIds: filter?.activityIds ?? null,
  });
  return rows.map((r) => ({
    ...r,
    startsAt: r.startsAt.toISOString(),
    to: `/initiatives/${r.initiativeId}`,
  }));
}

/**
 * The coordinator's counts in one statement (scalar subqueries): under load every query waits its
 * turn for the database again (PGlite's queue, PostgreSQL's pool), so eight counts one after the
 * other made this page the slowest to answer (p95 5.7 s at 200 users).
 */
async function coordinatorHome(db: Tx, user: SessionUser): Promise<HomeView> {
  const z = user.zoneId;
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const weekEnd = new Date(now.getTime() + WEEK_MS);
  const t = schema.partnerTasks;
  const inv = schema.invitations;
  const ip = schema.initiativePartners;
  const a = schema.activities;
  const va = schema.volunteerAssignments;
  const ideas = schema.ideas;
  const v = schema.volunteers;
  const counts = db.execute(sql`select
    (select count(*)::int from ${t} where ${t.zoneId} = ${z} and ${t.doneAt} is null and ${t.dueOn} < ${today}::date) as "overdue",
    (select count(*)::int from ${t} where ${t.zoneId} = ${z} and ${t.doneAt} is null) as "tasks",
    (select count(*)::int from ${inv} where ${inv.zoneId} = ${z} and ${inv.status} in ('sent', 'opened')) as "unanswered",
    (select count(distinct ${ip.initiativeId})::int from ${ip} where ${ip.zoneId} = ${z} and ${ip.fit} = 'pending') as "awaiting",
    (select count(*)::int from ${a} where ${a.zoneId} = ${z}
      and ${a.startsAt} >= ${now.toISOString()}::timestamptz and ${a.startsAt} <= ${weekEnd.toISOString()}::timestamptz
      and ${a.cancelledAt} is null
      and ${a.colleaguesNeeded} > (select count(*) from ${va} where ${va.activityId} = ${a.id} and ${va.status} = 'accepted')) as "short",
    (select count(*)::int from ${ideas} where ${ideas.zoneId} = ${z} and ${ideas.status} = 'new') as "ideas",
    (select count(*)::int from ${v} where ${v.zoneId} = ${z} and ${v.status} = 'applied') as "applications"`);
  // Both drivers answer with `rows`; the next activities go at the same time (another connection on PostgreSQL).
  const [result, upcoming] = await Promise.all([counts, nextActivities(db, z)]);
  const n = (result as unknown as { rows: Record<string, number>[] }).rows[0];
  return {
    items: [
      ...item('tasksOverdue', n.overdue, '/partners/tasks', true),
      ...item('tasksOpen', n.tasks - n.overdue, '/partners/tasks'),
      ...item('invitationsUnanswered', n.unanswered, '/outreach'),
      ...item('initiativesAwaitingPartner', n.awaiting, '/initiatives'),
      ...item('activitiesShortOfColleagues', n.short, '/initiatives/calendar', true),
      ...item('ideasNew', n.ideas, '/ideas', true),
      ...item('applicationsNew', n.applications, '/volunteers', true),
    ],
    upcoming,
  };
}

async function researcherHome(db: Tx, user: SessionUser): Promise<HomeView> {
  const [membership] = await db
    .select({ bureauId: schema.bureauMembers.bureauId })
    .from(schema.bureauMembers)
    .where(eq(schema.bureauMembers.userId, user.id));
  if (!membership) return { items: [], upcoming: [] };
  const b = membership.bureauId;
  const iv = schema.interviews;
  const toHold = await countOf(
    db
      .select({ n: count() })
      .from(iv)
      .where(and(eq(iv.bureauId, b), eq(iv.status, 'open'))),
  );
  const c = schema.codings;
  const toCode = await countOf(
    db
      .select({ n: count() })
      .from(iv)
      .where(
        and(
          eq(iv.bureauId, b),
          eq(iv.status, 'held'),
          sql`not exists (select 1 from ${c} where ${c.interviewId} = ${iv.id})`,
        ),
      ),
  );
  const f = schema.findings;
  const drafts = await countOf(
    db
      .select({ n: count() })
      .from(f)
      .where(and(eq(f.bureauId, b), eq(f.status, 'draft'))),
  );
  const inv = schema.invitations;
  const answers = await countOf(
    db
      .select({ n: count() })
      .from(inv)
      .where(
        and(eq(inv.zoneId, user.zoneId), eq(inv.kind, 'interview'), sql`${inv.sealedAnswer} is not null`),
      ),
  );
  return {
    items: [
      ...item('interviewsToHold', toHold, '/interviews', true),
      ...item('interviewsToCode', toCode, '/analysis', true),
      ...item('findingDrafts', drafts, '/findings'),
      ...item('answersToRead', answers, '/answers'),
    ],
    upcoming: [],
  };
}

const assignmentsOfUser = preparedQuery(
  'assignments_of_user',
  ['zoneId', 'userId'],
  (db, p) =>
    db
      .select({
        activityId: schema.volunteerAssignments.activityId,
        status: schema.volunteerAssignments.status,
      })
      .from(schema.volunteerAssignments)
      .innerJoin(schema.volunteers, eq(schema.volunteers.id, schema.volunteerAssignments.volunteerId))
      .where(and(eq(schema.volunteerAssignments.zoneId, p.zoneId), eq(schema.volunteers.userId, p.userId))),
  'shared',
);

async function colleagueHome(db: Tx, user: SessionUser): Promise<HomeView> {
  const mine = await assignmentsOfUser(db, { zoneId: user.zoneId, userId: user.id });
  const toAnswer = mine.filter((m) => m.status === 'invited').length;
  const accepted = mine.filter((m) => m.status === 'accepted').map((m) => m.activityId);
  return {
    items: item('assignmentsToAnswer', toAnswer, '/volunteers/me', true),
    upcoming: await nextActivities(db, user.zoneId, { activityIds: accepted }),
  };
}

async function partnerHome(db: Tx, user: SessionUser): Promise<HomeView> {
  const orgIds = await findOrganisationIdsOfUser(db, user.zoneId, user.id);
  const ip = schema.initiativePartners;
  const links = orgIds.length
    ? await db
        .select({ initiativeId: ip.initiativeId, fit: ip.fit })
        .from(ip)
        .where(and(eq(ip.zoneId, user.zoneId), inArray(ip.organisationId, orgIds)))
    : [];
  const toConfirm = new Set(links.filter((l) => l.fit === 'pending').map((l) => l.initiativeId)).size;
  const f = schema.findings;
  const published = await countOf(
    db
      .select({ n: count() })
      .from(f)
      .where(and(eq(f.zoneId, user.zoneId), eq(f.status, 'published'))),
  );
  return {
    items: [
      ...item('initiativesToConfirm', toConfirm, '/initiatives', true),
      ...item('findingsPublished', published, '/what-we-heard'),
    ],
    upcoming: await nextActivities(db, user.zoneId, {
      initiativeIds: [...new Set(links.map((l) => l.initiativeId))],
    }),
  };
}

async function adminHome(ctx: AppContext, db: Tx, user: SessionUser): Promise<HomeView> {
  const u = schema.users;
  const invited = await countOf(
    db
      .select({ n: count() })
      .from(u)
      .where(and(eq(u.zoneId, user.zoneId), eq(u.status, 'invited'))),
  );
  const m = schema.mailMessages;
  const undelivered = await countOf(
    db
      .select({ n: count() })
      .from(m)
      .where(and(eq(m.zoneId, user.zoneId), eq(m.status, 'failed'))),
  );
  const bureaus = await countOf(
    db.select({ n: count() }).from(schema.bureaus).where(eq(schema.bureaus.zoneId, user.zoneId)),
  );
  const programmes = await countOf(
    db.select({ n: count() }).from(schema.programmes).where(eq(schema.programmes.zoneId, user.zoneId)),
  );
  return {
    items: [
      ...item('mailUndelivered', undelivered, '/admin/outbox', true),
      ...item('usersInvited', invited, '/admin/users'),
      ...item('setupNoBureau', bureaus === 0 ? 1 : 0, '/bureau', true),
      ...item('setupNoMailServer', ctx.mailer.hasSmtp ? 0 : 1, '/admin/outbox'),
      ...item('setupNoProgramme', programmes === 0 ? 1 : 0, '/programmes'),
    ],
    upcoming: [],
  };
}

/** The home of each role: what needs this person now, and what comes next. Counts only, no content. */
export async function findHome(ctx: AppContext, user: SessionUser): Promise<HomeView> {
  const db = ctx.database.db;
  const byRole: Record<Role, () => Promise<HomeView>> = {
    admin: () => adminHome(ctx, db, user),
    coordinator: () => coordinatorHome(db, user),
    researcher: () => researcherHome(db, user),
    colleague: () => colleagueHome(db, user),
    partner: () => partnerHome(db, user),
  };
  return byRole[user.role as Role]();
}

import { and, asc, desc, eq, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { preparedQuery } from '../prepared.ts';
import { users } from '../schema/accounts.ts';
import { ideaComments, ideaEndorsements, ideas } from '../schema/ideas.ts';

export type IdeaRow = typeof ideas.$inferSelect;
export type IdeaListRow = IdeaRow & {
  authorName: string;
  authorRole: string;
  /** Active accounts of the zone holding the author's role: few, and the role names the author. */
  authorRoleHolders: number;
  endorsements: number;
  endorsedByMe: boolean;
};
export type IdeaCommentRow = typeof ideaComments.$inferSelect & { authorName: string };

/**
 * Active accounts of the zone per role, counted once for the whole list (a count per listed idea read
 * every account of the zone again for each row).
 */
function roleHolders(db: Tx, zoneId: Placeholder) {
  return db
    .select({ role: users.role, n: sql<number>`count(*)::int`.as('n') })
    .from(users)
    .where(and(eq(users.zoneId, zoneId), eq(users.status, 'active')))
    .groupBy(users.role)
    .as('role_holders');
}

function ideaColumns(viewerId: Placeholder, holders: ReturnType<typeof roleHolders>) {
  return {
    id: ideas.id,
    zoneId: ideas.zoneId,
    authorId: ideas.authorId,
    showName: ideas.showName,
    title: ideas.title,
    description: ideas.description,
    status: ideas.status,
    statusReason: ideas.statusReason,
    initiativeId: ideas.initiativeId,
    createdAt: ideas.createdAt,
    updatedAt: ideas.updatedAt,
    authorName: users.displayName,
    authorRole: users.role,
    authorRoleHolders: sql<number>`coalesce(${holders.n}, 0)`,
    endorsements: sql<number>`(select count(*)::int from ${ideaEndorsements} e where e.idea_id = ${ideas.id})`,
    endorsedByMe: sql<boolean>`exists (select 1 from ${ideaEndorsements} e where e.idea_id = ${ideas.id} and e.user_id = ${viewerId})`,
  };
}

export type IdeaFilter = { status?: string; page: number; pageSize: number };

/** The zone's ideas as a viewer sees them listed: author, role holders, endorsements. */
function listedIdeas<E extends Record<string, SQL>>(
  db: Tx,
  zoneId: Placeholder,
  viewerId: Placeholder,
  extra: E = {} as E,
) {
  const holders = roleHolders(db, zoneId);
  return db
    .select({ ...ideaColumns(viewerId, holders), ...extra })
    .from(ideas)
    .innerJoin(users, eq(users.id, ideas.authorId))
    .leftJoin(holders, eq(holders.role, users.role));
}

/** A page of the zone's ideas, newest first; `status` null for every status. */
const ideaPage = preparedQuery(
  'idea_page',
  ['zoneId', 'viewerId', 'status', 'limit', 'offset'],
  (db, p) => {
    // The page's ideas first, read in the index's order and stopped at the page's end; author, role
    // holders and endorsements are then worked out for those rows only. Over every idea of the zone
    // (the endorsement counts before the sort) a page took 127 ms at 16,000 ideas.
    const page = db
      .select({ id: ideas.id })
      .from(ideas)
      .where(
        and(eq(ideas.zoneId, p.zoneId), sql`(${p.status}::text is null or ${ideas.status} = ${p.status})`),
      )
      .orderBy(desc(ideas.createdAt), ideas.id)
      .limit(p.limit)
      .offset(p.offset)
      .as('page');
    // Every row also carries the number of ideas the filter finds (PostgreSQL counts it once for the
    // statement), so the page and its total are one round trip.
    return listedIdeas(db, p.zoneId, p.viewerId, {
      total: sql<number>`(select count(*)::int from ${ideas} x
          where x.zone_id = ${p.zoneId} and (${p.status}::text is null or x.status = ${p.status}))`,
    })
      .innerJoin(page, eq(page.id, ideas.id))
      .orderBy(desc(ideas.createdAt), ideas.id);
  },
  'per call',
);

const ideaCount = preparedQuery(
  'idea_count',
  ['zoneId', 'status'],
  (db, p) =>
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(ideas)
      .where(
        and(eq(ideas.zoneId, p.zoneId), sql`(${p.status}::text is null or ${ideas.status} = ${p.status})`),
      ),
  'per call',
);

export async function findIdeas(db: Tx, zoneId: string, viewerId: string, f: IdeaFilter) {
  const status = f.status ?? null;
  const rows = await ideaPage(db, {
    zoneId,
    viewerId,
    status,
    limit: f.pageSize,
    offset: (f.page - 1) * f.pageSize,
  });
  if (rows.length === 0) {
    // A page past the end has no row to carry the total.
    const [{ total }] = await ideaCount(db, { zoneId, status });
    return { items: [] as IdeaListRow[], total };
  }
  const items = rows.map(({ total: _total, ...idea }) => idea) as IdeaListRow[];
  return { items, total: rows[0].total };
}

const ideaById = preparedQuery(
  'idea_by_id',
  ['zoneId', 'id', 'viewerId'],
  (db, p) =>
    listedIdeas(db, p.zoneId, p.viewerId)
      .where(and(eq(ideas.zoneId, p.zoneId), eq(ideas.id, p.id)))
      .limit(1),
  'shared',
);

export async function getIdea(db: Tx, zoneId: string, id: string, viewerId: string) {
  const [row] = await ideaById(db, { zoneId, id, viewerId });
  return row as IdeaListRow | undefined;
}

/** The idea row itself, locked for the rest of the transaction. */
export async function lockIdea(tx: Tx, zoneId: string, id: string): Promise<IdeaRow | undefined> {
  const [row] = await ideaForUpdate(tx, { zoneId, id });
  return row;
}

const ideaForUpdate = preparedQuery(
  'idea_for_update',
  ['zoneId', 'id'],
  (tx, p) =>
    tx
      .select()
      .from(ideas)
      .where(and(eq(ideas.zoneId, p.zoneId), eq(ideas.id, p.id)))
      .for('update'),
  'shared',
);

export async function findIdeaComments(db: Tx, ideaId: string): Promise<IdeaCommentRow[]> {
  const rows = await db
    .select({
      id: ideaComments.id,
      zoneId: ideaComments.zoneId,
      ideaId: ideaComments.ideaId,
      authorId: ideaComments.authorId,
      text: ideaComments.text,
      createdAt: ideaComments.createdAt,
      authorName: users.displayName,
    })
    .from(ideaComments)
    .innerJoin(users, eq(users.id, ideaComments.authorId))
    .where(eq(ideaComments.ideaId, ideaId))
    .orderBy(asc(ideaComments.createdAt), ideaComments.id);
  return rows;
}

import {
  type Database,
  findIdeas,
  findInitiatives,
  findTimelineRows,
  findTrustMoments,
  getInitiative,
  getInitiativeDetail,
  getOrganisation,
  getOrganisationWithStatuses,
  preparedQuery,
  schema,
  withInitiativeLinks,
} from '@brug/db';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers.ts';
import { buildDashboard } from '../modules/insights/dashboard.ts';

// The queries of the pages people open most are built once and, on PostgreSQL, prepared once per
// connection (`preparedQuery`). They must answer as the same query built each time, in a transaction
// too, and survive a connection the server ends.
let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  const made = await createTestDatabase();
  database = made.database;
  drop = made.drop;
}, 240_000);
afterAll(async () => {
  await database?.close();
  await drop?.();
}, 120_000);

const zoneByName = preparedQuery(
  'test_zone_by_name',
  ['name'],
  (db, p) =>
    db
      .select({ id: schema.zones.id, name: schema.zones.name })
      .from(schema.zones)
      .where(eq(schema.zones.name, p.name)),
  'shared',
);

describe('a prepared query', () => {
  it('answers as the query built each time, with the values of each call', async () => {
    const { db } = database;
    const made = await db
      .insert(schema.zones)
      .values([{ name: 'Zone Noord' }, { name: 'Zone Zuid' }])
      .returning({ id: schema.zones.id, name: schema.zones.name });
    for (const zone of [...made, ...made]) {
      expect(await zoneByName(db, { name: zone.name })).toEqual([zone]);
    }
    expect(await zoneByName(db, { name: 'Zone Nergens' })).toEqual([]);
  });

  it('is a named statement the connection parsed once, planned once for any value after five calls (PostgreSQL)', async () => {
    if (database.kind !== 'postgres') return expect(database.kind).toBe('pglite');
    // A transaction keeps one connection: the statement is seen on the connection that ran it.
    const seen = await database.db.transaction(async (tx) => {
      for (let i = 0; i < 7; i++) await zoneByName(tx, { name: i % 2 ? 'Zone Noord' : 'Zone Zuid' });
      return tx
        .select({
          statement: sql<string>`statement`,
          generic: sql<number>`generic_plans`,
          custom: sql<number>`custom_plans`,
          mode: sql<string>`current_setting('plan_cache_mode')`,
        })
        .from(sql`pg_prepared_statements`)
        .where(sql`name = 'test_zone_by_name'`);
    });
    expect(seen).toHaveLength(1);
    const [row] = seen;
    expect(row.statement).toMatch(/from "zones" where "zones"\."name" = \$1/);
    expect(row.mode).toBe('auto');
    // Five plans for the first calls' values, then the one plan for any value.
    expect(Number(row.custom)).toBe(5);
    expect(Number(row.generic)).toBeGreaterThanOrEqual(2);
  });

  it('planned per call is sent unnamed, planned for each call’s values, and still answers (PostgreSQL)', async () => {
    const zoneOfName = preparedQuery(
      'test_zone_of_name_per_call',
      ['name'],
      (db, p) =>
        db.select({ name: schema.zones.name }).from(schema.zones).where(eq(schema.zones.name, p.name)),
      'per call',
    );
    const found = await database.db.transaction(async (tx) => {
      const rows = [];
      for (const name of ['Zone Noord', 'Zone Zuid', 'Zone Nergens'])
        rows.push(await zoneOfName(tx, { name }));
      const named =
        database.kind === 'postgres'
          ? await tx
              .select({ name: sql<string>`name` })
              .from(sql`pg_prepared_statements`)
              .where(sql`name = 'test_zone_of_name_per_call'`)
          : [];
      return { rows, named };
    });
    expect(found.rows).toEqual([[{ name: 'Zone Noord' }], [{ name: 'Zone Zuid' }], []]);
    expect(found.named).toEqual([]);
  });

  it('runs inside the transaction it is given: it sees that transaction’s own rows, others do not', async () => {
    const { db } = database;
    let seenInside: unknown[] = [];
    let seenOutside: unknown[] = ['not asked'];
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(schema.zones).values({ name: 'Zone in wording' });
        seenInside = await zoneByName(tx, { name: 'Zone in wording' });
        // PGlite has one connection: a query outside the transaction waits for its end.
        if (database.kind === 'postgres') seenOutside = await zoneByName(db, { name: 'Zone in wording' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(seenInside).toHaveLength(1);
    expect(seenOutside).toEqual(database.kind === 'postgres' ? [] : ['not asked']);
    expect(await zoneByName(db, { name: 'Zone in wording' })).toEqual([]);
  });

  it('is built once for transactions too, and each runs it on its own connection', async () => {
    const { db } = database;
    let builds = 0;
    const zoneNamed = preparedQuery(
      'test_zone_named_in_tx',
      ['name'],
      (q, p) => {
        builds++;
        return q.select({ name: schema.zones.name }).from(schema.zones).where(eq(schema.zones.name, p.name));
      },
      'shared',
    );
    const seen: unknown[][] = [];
    for (const name of ['Zone tx een', 'Zone tx twee', 'Zone tx drie']) {
      await expect(
        db.transaction(async (tx) => {
          await tx.insert(schema.zones).values({ name });
          seen.push(await zoneNamed(tx, { name }), await zoneNamed(tx, { name: 'Zone tx een' }));
          if (database.kind === 'postgres') {
            // The same named statement, on the transaction's own connection.
            const [row] = await tx
              .select({ n: sql<number>`count(*)::int` })
              .from(sql`pg_prepared_statements`)
              .where(sql`name = 'test_zone_named_in_tx'`);
            expect(row.n).toBe(1);
          }
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
    }
    // Each transaction saw its own row, and none saw another's (each rolled back).
    expect(seen).toEqual([
      [{ name: 'Zone tx een' }],
      [{ name: 'Zone tx een' }],
      [{ name: 'Zone tx twee' }],
      [],
      [{ name: 'Zone tx drie' }],
      [],
    ]);
    expect(await zoneNamed(db, { name: 'Zone tx een' })).toEqual([]);
    // Once for the transactions, once for the database itself.
    expect(builds).toBe(2);
  });

  it('is prepared again on a new connection after the server ended the old ones (PostgreSQL)', async () => {
    if (database.kind !== 'postgres' || !database.pool) return expect(database.kind).toBe('pglite');
    const { db, pool } = database;
    expect(await zoneByName(db, { name: 'Zone Noord' })).toHaveLength(1);
    const admin = await pool.connect();
    try {
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
    } finally {
      admin.release();
    }
    // The pool drops the connections as it notices; a query may meet one ended under it once.
    await new Promise((r) => setTimeout(r, 200));
    let rows: unknown[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      try {
        rows = await zoneByName(db, { name: 'Zone Noord' });
        break;
      } catch (err) {
        if (!/terminat|Connection/i.test((err as Error).message)) throw err;
      }
    }
    expect(rows).toHaveLength(1);
  });

  it('refuses a name taken by another query, and a name PostgreSQL would not take', () => {
    expect(() =>
      preparedQuery('test_zone_by_name', ['name'], (db) => db.select().from(schema.zones), 'shared'),
    ).toThrow(/taken/);
    expect(() => preparedQuery('Zone by name', [], (db) => db.select().from(schema.zones), 'shared')).toThrow(
      /not a statement name/,
    );
    expect(() =>
      preparedQuery(`z${'x'.repeat(63)}`, [], (db) => db.select().from(schema.zones), 'shared'),
    ).toThrow(/not a statement name/);
  });
});

describe('the prepared queries of the main pages', () => {
  it('answer for an organisation, its timeline, an initiative with its links and a page of ideas', async () => {
    const { db } = database;
    const [zone] = await db.insert(schema.zones).values({ name: 'Zone Pagina’s' }).returning();
    const [other] = await db.insert(schema.zones).values({ name: 'Zone Elders' }).returning();
    const [user] = await db
      .insert(schema.users)
      .values({
        zoneId: zone.id,
        email: 'coord@example.org',
        displayName: 'Coördinator',
        role: 'coordinator',
      })
      .returning();
    const [org] = await db
      .insert(schema.organisations)
      .values({ zoneId: zone.id, name: 'Café Ça Va', nameKey: 'cafe ca va', kind: 'youth' })
      .returning();
    expect((await getOrganisation(db, zone.id, org.id))?.name).toBe('Café Ça Va');
    // Another zone's id never reads it.
    expect(await getOrganisation(db, other.id, org.id)).toBeUndefined();
    expect((await getOrganisationWithStatuses(db, zone.id, org.id))?.statuses).toEqual([]);
    expect(await getOrganisationWithStatuses(db, other.id, org.id)).toBeUndefined();
    await db.insert(schema.interactions).values({
      zoneId: zone.id,
      organisationId: org.id,
      kind: 'note',
      occurredAt: new Date('2026-11-02T10:00:00Z'),
      summary: 'Eerste gesprek',
      createdById: user.id,
    });
    const [task] = await db
      .insert(schema.partnerTasks)
      .values({
        zoneId: zone.id,
        organisationId: org.id,
        title: 'Affiches',
        dueOn: '2026-12-01',
        assigneeId: user.id,
      })
      .returning();
    const timeline = await findTimelineRows(db, zone.id, org.id);
    expect(timeline?.interactions.map((i) => i.summary)).toEqual(['Eerste gesprek']);
    // Read back from JSON as a select gives them: the moment as a Date.
    expect(timeline?.interactions[0].occurredAt).toEqual(new Date('2026-11-02T10:00:00Z'));
    expect(timeline?.statuses).toEqual([]);
    // Every column as a select of the table gives it: a date stays text, an empty moment null.
    expect(timeline?.tasks).toEqual([task]);
    expect(await findTimelineRows(db, other.id, org.id)).toBeUndefined();

    const made = await db
      .insert(schema.initiatives)
      .values(
        ['Workshop', 'Buurtgesprek'].map((title) => ({
          zoneId: zone.id,
          type: 'workshop',
          title,
          createdById: user.id,
        })),
      )
      .returning();
    await db.insert(schema.initiativePartners).values({
      zoneId: zone.id,
      initiativeId: made[0].id,
      organisationId: org.id,
      fit: 'confirmed',
      answeredBy: user.id,
      answeredAt: new Date('2026-11-03T09:00:00Z'),
    });
    expect((await getInitiative(db, zone.id, made[1].id))?.title).toBe('Buurtgesprek');
    expect(await getInitiative(db, other.id, made[1].id)).toBeUndefined();
    const linked = await withInitiativeLinks(db, made);
    expect(linked.map((i) => i.partners.map((p) => p.organisationName))).toEqual([['Café Ça Va'], []]);
    expect(linked.map((i) => i.findingIds)).toEqual([[], []]);
    // The page and the detail read the same links in one statement each (JSON columns of the row).
    expect(await getInitiativeDetail(db, zone.id, made[0].id)).toEqual(linked[0]);
    expect(linked[0].partners[0].answeredAt).toEqual(new Date('2026-11-03T09:00:00Z'));
    expect(await getInitiativeDetail(db, other.id, made[0].id)).toBeUndefined();
    const page = await findInitiatives(db, zone.id, {});
    expect(page.sort((a, b) => a.title.localeCompare(b.title))).toEqual([linked[1], linked[0]]);

    await db.insert(schema.ideas).values(
      ['open', 'open', 'accepted'].map((status, i) => ({
        zoneId: zone.id,
        authorId: user.id,
        title: `Idee ${i + 1}`,
        description: 'Meer contact met jongeren.',
        status,
      })),
    );
    const all = await findIdeas(db, zone.id, user.id, { page: 1, pageSize: 2 });
    expect(all.total).toBe(3);
    expect(all.items).toHaveLength(2);
    const accepted = await findIdeas(db, zone.id, user.id, { status: 'accepted', page: 1, pageSize: 20 });
    expect(accepted.total).toBe(1);
    expect(accepted.items.map((i) => [i.title, i.authorName, i.endorsedByMe])).toEqual([
      ['Idee 3', 'Coördinator', false],
    ]);
    const secondPage = await findIdeas(db, zone.id, user.id, { page: 2, pageSize: 2 });
    expect(secondPage.items).toHaveLength(1);
    expect(secondPage.total).toBe(3);
    // The total rides on the page's rows; a page past the end counts on its own.
    expect(await findIdeas(db, zone.id, user.id, { page: 3, pageSize: 2 })).toEqual({ items: [], total: 3 });
    expect(Object.keys(secondPage.items[0])).not.toContain('total');
    if (database.kind === 'postgres') {
      // A page of ideas is planned for its values (a plan for any value sorted every idea of a zone
      // through an index lookup per row); an organisation by id keeps one plan.
      const named = await db.transaction(async (tx) => {
        await findIdeas(tx, zone.id, user.id, { status: 'open', page: 1, pageSize: 20 });
        await getOrganisation(tx, zone.id, org.id);
        const rows = await tx
          .select({ name: sql<string>`name` })
          .from(sql`pg_prepared_statements`)
          .where(sql`name in ('idea_page', 'idea_count', 'organisation_by_id')`);
        return rows.map((r) => r.name);
      });
      expect(named).toEqual(['organisation_by_id']);
    }
    await db.delete(schema.ideas).where(inArray(schema.ideas.zoneId, [zone.id]));
  });

  it('answer for the trust moments of a zone, by survey and by quarter', async () => {
    const { db } = database;
    const [zone, other] = await db
      .insert(schema.zones)
      .values([{ name: 'Zone Vertrouwen' }, { name: 'Zone Elders' }])
      .returning();
    const survey = (zoneId: string, publicId: string) => ({
      zoneId,
      title: { nl: 'Pols' },
      kind: 'pulse',
      opensOn: '2026-07-01',
      closesOn: '2026-12-31',
      definition: {},
      publicId,
    });
    const [a, b, c] = await db
      .insert(schema.surveys)
      .values([survey(zone.id, 'pq-a'), survey(zone.id, 'pq-b'), survey(other.id, 'pq-c')])
      .returning();
    const moment = (zoneId: string, surveyId: string, quarter: string, responses: number) => ({
      zoneId,
      surveyId,
      phase: 'single',
      quarter,
      district: '',
      responses,
      n: responses,
      sum: responses * 3,
      sumSq: responses * 9,
    });
    await db
      .insert(schema.surveyStats)
      .values([
        moment(zone.id, a.id, '2026-Q3', 2),
        moment(zone.id, a.id, '2026-Q4', 3),
        moment(zone.id, b.id, '2026-Q4', 5),
        moment(other.id, c.id, '2026-Q4', 7),
      ]);
    const seen = async (surveyIds?: string[], quarters?: { fromQuarter?: string; beforeQuarter?: string }) =>
      (await findTrustMoments(db, zone.id, surveyIds, quarters))
        .map(
          (m) => `${m.surveyId === a.id ? 'a' : m.surveyId === b.id ? 'b' : '?'} ${m.quarter} ${m.responses}`,
        )
        .sort();
    expect(await seen()).toEqual(['a 2026-Q3 2', 'a 2026-Q4 3', 'b 2026-Q4 5']);
    expect(await seen([a.id])).toEqual(['a 2026-Q3 2', 'a 2026-Q4 3']);
    expect(await seen([])).toEqual([]);
    expect(await seen([c.id])).toEqual([]);
    expect(await seen(undefined, { fromQuarter: '2026-Q4' })).toEqual(['a 2026-Q4 3', 'b 2026-Q4 5']);
    expect(await seen(undefined, { beforeQuarter: '2026-Q4' })).toEqual(['a 2026-Q3 2']);
    expect(await seen([b.id], { beforeQuarter: '2026-Q4' })).toEqual([]);
    expect(await seen(undefined, { fromQuarter: '', beforeQuarter: '' })).toHaveLength(3);
  });
});

describe('the dashboard’s statement (PostgreSQL)', () => {
  it('is planned once per connection, not at every call', async () => {
    if (database.kind !== 'postgres') return expect(database.kind).toBe('pglite');
    // One connection: every statement of the dashboard runs on it, and its prepared statements are seen.
    const one = await createTestDatabase({ poolSize: 1 });
    try {
      const [zone] = await one.database.db
        .insert(schema.zones)
        .values({ name: 'Zone Dashboard' })
        .returning();
      for (let i = 0; i < 7; i++) {
        const view = await buildDashboard(one.database, zone.id, { trendBy: 'district' });
        expect(view.unavailable).toEqual([]);
      }
      const seen = await one.database.executeSql(
        `select name, generic_plans, custom_plans from pg_prepared_statements where name like 'dashboard_tiles_%'`,
      );
      expect(seen.rows).toHaveLength(1);
      expect(seen.rows[0].name).toBe('dashboard_tiles_1111111');
      expect(Number(seen.rows[0].generic_plans)).toBeGreaterThanOrEqual(2);
    } finally {
      await one.database.close();
      await one.drop();
    }
  });
});

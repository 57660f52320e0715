/**
 * The coverage view (every published finding against the initiatives answering it) with 2,000 findings
 * and 5,000 initiatives, each answering one to three findings, over loopback HTTP.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/<fresh db> npx tsx bench/initiatives/coverage.ts
 * Also run by `npm run bench -- initiatives` on both databases.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { coverage } from '../../apps/server/src/modules/initiatives/coverage.ts';
import { percentile, seedFindings, startServer } from './setup.ts';

export const FINDINGS = 2000;
export const INITIATIVES = 5000;
const RUNS = 30;

export async function measureCoverage(databaseEnv: Record<string, string>) {
  const { t, zoneId, coordinator, base } = await startServer(databaseEnv);
  const db = t.ctx.database.db;
  try {
    await seedFindings(t, zoneId, FINDINGS);
    await db.execute(sql`
      insert into initiatives (zone_id, type, title, status)
      select ${zoneId}, (array['presentation','workshop','neighbourhood_meeting','group_activity','other'])[1 + g % 5],
             'Initiatief ' || g, (array['proposal','co_design','planned','running','done','dropped'])[1 + g % 6]
      from generate_series(1, ${INITIATIVES}) g`);
    // Each initiative answers one to three findings; one finding in ten is left unanswered.
    await db.execute(sql`
      with i as (select id, row_number() over (order by id) as n from initiatives where zone_id = ${zoneId}),
           f as (select id, row_number() over (order by id) as n from findings where zone_id = ${zoneId}),
           fc as (select (count(*) * 9 / 10)::int as c from f)
      insert into initiative_findings (initiative_id, finding_id, zone_id)
      select distinct i.id, f.id, ${zoneId}::uuid
      from i cross join generate_series(0, 2) k cross join fc
      join f on f.n = 1 + ((i.n * 7 + k * 13) % fc.c)
      where k <= i.n % 3`);
    await db.execute(sql`analyze`);
    const reads = () =>
      Promise.all([
        db.execute(
          sql`select id, statement as title, kind from findings where zone_id = ${zoneId} and status = 'published'`,
        ),
        db.execute(sql`
          select x.finding_id, i.id, i.title, i.status
          from initiative_findings x join initiatives i on i.id = x.initiative_id
          where x.zone_id = ${zoneId} and i.status <> 'dropped'`),
      ]);
    const timed = async (fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      return performance.now() - t0;
    };
    const http: number[] = [];
    const direct: number[] = [];
    const bare: number[] = [];
    let body: { findings: unknown[]; initiatives: unknown[]; unanswered: number } | undefined;
    const get = async () => {
      const res = await fetch(`${base}/api/initiatives/coverage`, {
        headers: { cookie: coordinator.cookie! },
      });
      body = (await res.json()) as typeof body;
    };
    for (let i = 0; i < 3; i++) await Promise.all([get(), coverage(db, zoneId), reads()]);
    const loadBefore = loadavg()[0];
    // Interleaved, so that a busy machine weighs on the three alike.
    for (let i = 0; i < RUNS; i++) {
      http.push(await timed(get));
      direct.push(await timed(() => coverage(db, zoneId)));
      bare.push(await timed(reads));
    }
    const loadAfter = loadavg()[0];
    for (const xs of [http, direct, bare]) xs.sort((a, b) => a - b);
    const r1 = (n: number) => Math.round(n * 10) / 10;
    return {
      findings: body?.findings.length ?? 0,
      initiativesListed: body?.initiatives.length ?? 0,
      unanswered: body?.unanswered ?? 0,
      httpP50Ms: r1(percentile(http, 0.5)),
      httpP95Ms: r1(percentile(http, 0.95)),
      queryP50Ms: r1(percentile(direct, 0.5)),
      bareReadsP50Ms: r1(percentile(bare, 0.5)),
      loadAverage: `${loadBefore.toFixed(1)}–${loadAfter.toFixed(1)}`,
    };
  } finally {
    await t.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env: Record<string, string> = process.env.DATABASE_URL
    ? { DATABASE_URL: process.env.DATABASE_URL }
    : {};
  const r = await measureCoverage(env);
  console.log(JSON.stringify({ bench: 'initiatives.coverage', node: process.version, ...r }));
  process.exit(r.httpP50Ms < 100 ? 0 : 1);
}

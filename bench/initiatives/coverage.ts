/**
 * The coverage view (every published finding against the initiatives answering it) with 2,000 findings
 * and 5,000 initiatives, each answering one to three findings, over loopback HTTP.
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/initiatives/coverage.ts
 * Prints one JSON line; exits 1 when the median is not under 100 ms.
 */
import { sql } from 'drizzle-orm';
import { coverage } from '../../apps/server/src/modules/initiatives/coverage.ts';
import { seedFindings, startServer } from './setup.ts';

const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 2000);
const INITIATIVES = Number(process.env.BENCH_INITIATIVES ?? 5000);
const RUNS = 30;
const LIMIT_MS = 100;

const { t, zoneId, coordinator, base } = await startServer();
const db = t.ctx.database.db;
let ok = false;
try {
  const findingIds = await seedFindings(t, zoneId, FINDINGS);
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
  const cookie = coordinator.cookie!;
  const times: number[] = [];
  let body: { findings: unknown[]; unanswered: number } | undefined;
  for (let i = 0; i < RUNS + 3; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/initiatives/coverage`, { headers: { cookie } });
    body = (await res.json()) as typeof body;
    if (i >= 3) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  // The same view without HTTP and serialisation: the database query and its mapping alone.
  const direct: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await coverage(db, zoneId);
    direct.push(performance.now() - t0);
  }
  direct.sort((a, b) => a - b);
  const p50 = times[Math.floor(RUNS / 2)];
  ok = p50 < LIMIT_MS;
  console.log(
    JSON.stringify({
      bench: 'initiatives.coverage',
      db: t.ctx.database.kind,
      findings: findingIds.length,
      initiatives: INITIATIVES,
      rows: body?.findings.length,
      unanswered: body?.unanswered,
      p50Ms: Math.round(p50 * 10) / 10,
      p95Ms: Math.round(times[Math.floor(RUNS * 0.95)] * 10) / 10,
      queryP50Ms: Math.round(direct[Math.floor(RUNS / 2)] * 10) / 10,
      limitMs: LIMIT_MS,
      node: process.version,
      ok,
    }),
  );
} finally {
  await t.close();
}
process.exit(ok ? 0 : 1);

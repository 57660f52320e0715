/**
 * 200 concurrent public registrations for an activity with 50 places, over loopback HTTP.
 *   npx tsx bench/initiatives/registrations.ts                       (embedded PGlite)
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/initiatives/registrations.ts
 * Prints one JSON line per round; exits 1 unless every round gives exactly 50 confirmed, 150 waiting, no errors.
 */
import { startServer } from './setup.ts';

const REQUESTS = 200;
const CAPACITY = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const { t, zoneId, coordinator, base } = await startServer();
const db = process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite';
let failed = false;
try {
  const { seedFindings } = await import('./setup.ts');
  const [finding] = await seedFindings(t, zoneId, 1);
  const initiative = (
    await coordinator.post('/api/initiatives', { type: 'workshop', title: 'Bench', findingIds: [finding] })
  ).json();
  for (const to of ['proposal', 'co_design', 'planned'])
    await coordinator.post(`/api/initiatives/${initiative.id}/transition`, { to });

  for (let round = 0; round < ROUNDS; round++) {
    const start = new Date(Date.now() + (3 + round) * 86_400_000).toISOString();
    const end = new Date(Date.now() + (3 + round) * 86_400_000 + 7_200_000).toISOString();
    const activity = (
      await coordinator.post(`/api/initiatives/${initiative.id}/activities`, {
        startsAt: start,
        endsAt: end,
        place: 'Buurthuis',
        capacity: CAPACITY,
      })
    ).json();
    const t0 = performance.now();
    const results = await Promise.all(
      Array.from({ length: REQUESTS }, async (_, i) => {
        const started = performance.now();
        const res = await fetch(`${base}/api/public/activities/${activity.id}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: `Persoon ${i}` }),
        });
        const body = (await res.json()) as { status?: string };
        return { status: res.status, outcome: body.status, ms: performance.now() - started };
      }),
    );
    const wallMs = performance.now() - t0;
    const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
    const confirmed = results.filter((r) => r.outcome === 'confirmed').length;
    const waiting = results.filter((r) => r.outcome === 'waiting').length;
    const errors = results.filter((r) => r.status !== 201).length;
    const ok = confirmed === CAPACITY && waiting === REQUESTS - CAPACITY && errors === 0;
    if (!ok) failed = true;
    console.log(
      JSON.stringify({
        bench: 'initiatives.registrations',
        db,
        round,
        requests: REQUESTS,
        capacity: CAPACITY,
        confirmed,
        waiting,
        errors,
        wallMs: Math.round(wallMs),
        p50Ms: Math.round(latencies[Math.floor(latencies.length * 0.5)]),
        p95Ms: Math.round(latencies[Math.floor(latencies.length * 0.95)]),
        node: process.version,
        ok,
      }),
    );
  }
} finally {
  await t.close();
}
process.exit(failed ? 1 : 0);

/**
 * 200 concurrent public registrations for an activity with 50 places, over loopback HTTP.
 *   npx tsx bench/initiatives/registrations.ts                                   (in-memory PGlite)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/<fresh db> npx tsx bench/initiatives/registrations.ts
 * Also run by `npm run bench -- initiatives` on both databases.
 */
import { fileURLToPath } from 'node:url';
import { percentile, startServer } from './setup.ts';

export const REQUESTS = 200;
export const CAPACITY = 50;

export type RegistrationRound = {
  confirmed: number;
  waiting: number;
  errors: number;
  overCapacity: boolean;
  wallMs: number;
  p50Ms: number;
  p95Ms: number;
};

export async function measureRegistrations(databaseEnv: Record<string, string>, rounds = 3) {
  const { t, zoneId, coordinator, base } = await startServer(databaseEnv);
  const out: RegistrationRound[] = [];
  try {
    const { seedFindings } = await import('./setup.ts');
    const [finding] = await seedFindings(t, zoneId, 1);
    const initiative = (
      await coordinator.post('/api/initiatives', { type: 'workshop', title: 'Bench', findingIds: [finding] })
    ).json();
    for (const to of ['proposal', 'co_design', 'planned'])
      await coordinator.post(`/api/initiatives/${initiative.id}/transition`, { to });
    for (let round = 0; round < rounds; round++) {
      const day = Date.now() + (3 + round) * 86_400_000;
      const activity = (
        await coordinator.post(`/api/initiatives/${initiative.id}/activities`, {
          startsAt: new Date(day).toISOString(),
          endsAt: new Date(day + 7_200_000).toISOString(),
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
      const after = (await coordinator.get(`/api/activities/${activity.id}`)).json();
      const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
      out.push({
        confirmed: results.filter((r) => r.outcome === 'confirmed').length,
        waiting: results.filter((r) => r.outcome === 'waiting').length,
        errors: results.filter((r) => r.status !== 201).length,
        overCapacity: after.confirmedPeople > CAPACITY,
        wallMs: Math.round(wallMs),
        p50Ms: Math.round(percentile(latencies, 0.5)),
        p95Ms: Math.round(percentile(latencies, 0.95)),
      });
    }
  } finally {
    await t.close();
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const env: Record<string, string> = process.env.DATABASE_URL
    ? { DATABASE_URL: process.env.DATABASE_URL }
    : {};
  const rounds = await measureRegistrations(env, Number(process.env.BENCH_ROUNDS ?? 3));
  for (const r of rounds)
    console.log(JSON.stringify({ bench: 'initiatives.registrations', node: process.version, ...r }));
  process.exit(rounds.every((r) => r.confirmed === CAPACITY && r.errors === 0 && !r.overCapacity) ? 0 : 1);
}

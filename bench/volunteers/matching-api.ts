/**
 * The matching endpoint end to end: POST /api/volunteers/matching for one activity with 2,000 active
 * colleagues and 1,000 earlier assignments in the zone (load the pool, rank, explain, serialise).
 *   npx tsx bench/volunteers/matching-api.ts                                                   (embedded PGlite)
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/volunteers/matching-api.ts
 * No target in the issue; recorded next to the pure ranking figure.
 */
import { schema } from '@brug/db';
import {
  buildTestApp,
  Client,
  createUser,
  createZone,
  TEST_PASSWORD,
} from '../../apps/server/test/helpers.ts';

const COLLEAGUES = Number(process.env.BENCH_COLLEAGUES ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const database = process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite';

const t = await buildTestApp();
const db = t.ctx.database.db;
const zone = await createZone(t.ctx);
const coordinator = await createUser(t.ctx, zone.id, 'coordinator');
const LANGS = ['nl', 'fr', 'ar', 'tr', 'en'] as const;
const LEVELS = ['basic', 'conversational', 'fluent', 'native'] as const;
const DISTRICTS = ['Antwerpen', 'Berchem', 'Borgerhout', 'Deurne'];

const seedStart = performance.now();
const volunteerIds: string[] = [];
for (let offset = 0; offset < COLLEAGUES; offset += 500) {
  const n = Math.min(500, COLLEAGUES - offset);
  const users = await db
    .insert(schema.users)
    .values(
      Array.from({ length: n }, (_, k) => ({
        zoneId: zone.id,
        role: 'colleague',
        email: `c${offset + k}@bench.example`,
        displayName: `Collega ${offset + k}`,
        status: 'active',
      })),
    )
    .returning({ id: schema.users.id });
  const rows = await db
    .insert(schema.volunteers)
    .values(
      users.map((u, k) => {
        const i = offset + k;
        return {
          zoneId: zone.id,
          userId: u.id,
          status: 'active',
          motivation: 'Bench',
          unit: 'Wijk',
          district: DISTRICTS[i % DISTRICTS.length],
          languages: [
            { code: 'nl', level: 'native' as const },
            { code: LANGS[1 + (i % 4)], level: LEVELS[i % 4] },
          ],
          availability: {
            patterns: i % 3 === 0 ? ['weekdays' as const] : ['weekends' as const, 'evenings' as const],
            dates: [],
          },
          maxHoursPerMonth: 4 + (i % 20),
        };
      }),
    )
    .returning({ id: schema.volunteers.id });
  volunteerIds.push(...rows.map((r) => r.id));
}
// 100 earlier activities in the same month with 10 colleagues each.
for (let a = 0; a < 100; a++) {
  const activityId = crypto.randomUUID();
  const startsAt = new Date(Date.UTC(2027, 11, 1 + (a % 28), 9 + (a % 8)));
  await db.insert(schema.volunteerActivities).values({
    activityId,
    zoneId: zone.id,
    title: `Eerder ${a}`,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    durationMinutes: 120,
    needed: 10,
  });
  await db.insert(schema.volunteerAssignments).values(
    Array.from({ length: 10 }, (_, k) => ({
      zoneId: zone.id,
      activityId,
      volunteerId: volunteerIds[(a * 37 + k * 101) % volunteerIds.length],
      status: k % 3 === 0 ? 'invited' : 'accepted',
      tokenHash: crypto.randomUUID(),
    })),
  );
}
const seedMs = performance.now() - seedStart;

const login = await t.app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { email: coordinator.email, password: TEST_PASSWORD },
});
const client = new Client(
  t.app,
  `brug_session=${login.cookies.find((c) => c.name === 'brug_session')!.value}`,
  login.json().csrfToken,
);
const activity = (
  await client.post('/api/volunteer-activities', {
    title: 'Workshop',
    startsAt: '2027-12-11T14:00:00+01:00',
    endsAt: '2027-12-11T16:00:00+01:00',
    needed: 3,
    languages: [{ code: 'ar' }],
    district: 'Borgerhout',
  })
).json();

const times: number[] = [];
let ranked = 0;
for (let i = 0; i < RUNS + 3; i++) {
  const t0 = performance.now();
  const res = await client.post('/api/volunteers/matching', { activityId: activity.activityId });
  const ms = performance.now() - t0;
  if (res.statusCode !== 200) throw new Error(res.body);
  ranked = res.json().ranked.length;
  if (i >= 3) times.push(ms);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    bench: 'volunteers.matching-api',
    database,
    node: process.version,
    colleagues: COLLEAGUES,
    seedSeconds: Math.round(seedMs / 100) / 10,
    ranked,
    medianMs: Math.round(times[Math.floor(times.length / 2)] * 10) / 10,
    p95Ms: Math.round(times[Math.floor(times.length * 0.95)] * 10) / 10,
  }),
);
await t.close();

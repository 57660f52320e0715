import { hashPassword } from '../../apps/server/src/modules/accounts/passwords.ts';
import { openDatabase, schema } from '../../packages/db/src/index.ts';
import {
  BENCH_DIR,
  type BenchContext,
  type Benchmark,
  type BenchRow,
  measure,
  measureRounds,
  median,
  rssMb,
  SERVER_DIR,
  sleep,
  startProcess,
  stopProcess,
} from '../lib.ts';

const USERS = 1000;
const PASSWORD = 'bench passphrase, not for real use';
const ADMIN = 'bench-admin@example.org';

/** A zone with an admin and 1,000 users, written straight into the database. */
async function seed(env: Record<string, string>): Promise<string> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await database.migrate();
    const passwordHash = await hashPassword(PASSWORD);
    const [zone] = await database.db.insert(schema.zones).values({ name: 'PZ Bank' }).returning();
    await database.db.insert(schema.users).values({
      zoneId: zone.id,
      email: ADMIN,
      displayName: 'Bench Admin',
      role: 'admin',
      status: 'active',
      passwordHash,
    });
    const roles = ['coordinator', 'colleague', 'researcher', 'partner'] as const;
    for (let start = 0; start < USERS; start += 250) {
      await database.db.insert(schema.users).values(
        Array.from({ length: 250 }, (_, i) => ({
          zoneId: zone.id,
          email: `user-${start + i}@example.org`,
          displayName: `Gebruiker ${start + i}`,
          role: roles[(start + i) % roles.length],
          status: 'active',
          passwordHash,
        })),
      );
    }
    return zone.id;
  } finally {
    await database.close();
  }
}

async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('brug_session='));
  return cookie!.split(';')[0];
}

/** An answer of Brug as a bare route would send it again: its headers (less the per-connection ones) and body. */
async function capture(url: string, headers: Record<string, string>) {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
  const kept: Record<string, string> = {};
  for (const [name, value] of res.headers)
    if (!['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(name))
      kept[name] = value;
  return { headers: kept, body: await res.text() };
}

/** Time from spawning the server to the first 200 from /api/ready, on an existing data directory. */
async function coldStart(env: Record<string, string>): Promise<{ ms: number; rss: number }> {
  const started = performance.now();
  const server = startProcess('dist/main.js', SERVER_DIR, { ...env, LOG_LEVEL: 'info' });
  try {
    const base = await server.url;
    for (;;) {
      const res = await fetch(`${base}/api/ready`).catch(() => undefined);
      if (res?.status === 200) break;
      await sleep(10);
    }
    const ms = Math.round(performance.now() - started);
    await sleep(2000);
    return { ms, rss: rssMb(server.child.pid!) };
  } finally {
    await stopProcess(server);
  }
}

export const foundationHttp: Benchmark = {
  module: 'foundation',
  name: 'HTTP: health, current user, users list; cold start; idle memory',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const env = ctx.databaseEnv;
    const opts = { duration: ctx.duration, connections: ctx.connections };
    ctx.log('seeding 1,000 users');
    const zoneId = await seed(env);

    // Brug with its request log at warn (the code, not the log sink; one row below shows the log's cost),
    // and beside it a bare server with a trivial route and with Brug's own answers sent back as they
    // are. The figures are measured in interleaved rounds (measureRounds) so a busy machine weighs on
    // every one alike.
    const brug = startProcess('dist/main.js', SERVER_DIR, { ...env, LOG_LEVEL: 'warn' });
    let rps: Record<'bare' | 'health' | 'me' | 'sameHealth' | 'sameMe', number>;
    let idleRss: number;
    let cookie: string;
    try {
      const base = await brug.url;
      cookie = await login(base);
      // The same bytes from a bare route: how much of the gap is Brug's work and how much the bigger
      // answer (security headers, the user) that the load generator, on the same cores, must read.
      const replies = {
        health: await capture(`${base}/api/health`, {}),
        me: await capture(`${base}/api/auth/me`, { cookie }),
      };
      const bare = startProcess('foundation/bare-server.ts', BENCH_DIR, {
        BARE_NO_DATABASE: '1',
        BARE_REPLIES: JSON.stringify(replies),
      });
      try {
        const bareBase = await bare.url;
        ctx.log(`GET /api/health and /api/auth/me vs bare, ${ctx.rounds} rounds`);
        rps = await measureRounds(
          {
            bare: { url: `${bareBase}/bare` },
            health: { url: `${base}/api/health` },
            me: { url: `${base}/api/auth/me`, headers: { cookie } },
            sameHealth: { url: `${bareBase}/bare/same/health` },
            sameMe: { url: `${bareBase}/bare/same/me` },
          },
          { ...opts, rounds: ctx.rounds },
        );
      } finally {
        await stopProcess(bare);
      }
      ctx.log('GET /api/users?pageSize=50, the load before the memory reading');
      await measure(`${base}/api/users?pageSize=50`, { ...opts, headers: { cookie } });
      await sleep(3000);
      idleRss = rssMb(brug.child.pid!);
    } finally {
      await stopProcess(brug);
    }

    ctx.log('GET /api/health with the request log at info (the default)');
    const brugInfo = startProcess('dist/main.js', SERVER_DIR, { ...env, LOG_LEVEL: 'info' });
    let healthInfo: number;
    try {
      healthInfo = await measure(`${await brugInfo.url}/api/health`, opts);
    } finally {
      await stopProcess(brugInfo);
    }

    // The list against its SQL floor: with PGlite one process at a time may open the data directory,
    // so the two take turns as processes, a fresh start each round (the session lives in the database),
    // Brug first in even rounds and the bare route first in odd ones; each figure the median of its rounds.
    ctx.log(`GET /api/users?pageSize=50 vs the same SQL from a bare route, ${ctx.rounds} rounds`);
    const lists = { brug: [] as number[], bare: [] as number[] };
    const listOnce = async (which: 'brug' | 'bare') => {
      const server =
        which === 'brug'
          ? startProcess('dist/main.js', SERVER_DIR, { ...env, LOG_LEVEL: 'warn' })
          : startProcess('foundation/bare-server.ts', BENCH_DIR, env);
      try {
        const url =
          which === 'brug'
            ? `${await server.url}/api/users?pageSize=50`
            : `${await server.url}/bare/users?zone=${zoneId}&pageSize=50`;
        lists[which].push(
          await measure(url, { ...opts, headers: which === 'brug' ? { cookie } : undefined }),
        );
      } finally {
        await stopProcess(server);
      }
    };
    for (let round = 0; round < ctx.rounds; round++) {
      for (const which of round % 2 === 0 ? (['brug', 'bare'] as const) : (['bare', 'brug'] as const))
        await listOnce(which);
    }
    const list = median(lists.brug);
    const bareList = median(lists.bare);

    ctx.log('cold start (3 times)');
    const starts: { ms: number; rss: number }[] = [];
    for (let i = 0; i < 3; i++) starts.push(await coldStart(env));
    const coldMs = starts.map((s) => s.ms).sort((a, b) => a - b)[1];
    const startRss = Math.max(...starts.map((s) => s.rss));

    const ratio = (v: number, floor: number) => v / floor;
    const rounds = `median of ${ctx.rounds} rounds`;
    return [
      {
        name: `GET /api/health (req/s, ${rounds})`,
        value: rps.health,
        unit: 'req/s',
        floor: rps.bare,
        target: '≥ 80% of bare',
        pass: ratio(rps.health, rps.bare) >= 0.8,
      },
      {
        name: 'GET /api/health, request log at info (req/s, one figure)',
        value: healthInfo,
        unit: 'req/s',
        floor: rps.bare,
        target: '(no target: cost of the log)',
      },
      {
        name: `GET /api/auth/me, logged in (req/s, ${rounds})`,
        value: rps.me,
        unit: 'req/s',
        floor: rps.bare,
        target: '≥ 40% of bare',
        pass: ratio(rps.me, rps.bare) >= 0.4,
      },
      {
        name: `GET /api/health against a bare route sending the same headers and body (req/s, ${rounds})`,
        value: rps.health,
        unit: 'req/s',
        floor: rps.sameHealth,
        target: '(no target: Brug’s own work)',
      },
      {
        name: `GET /api/auth/me against a bare route sending the same headers and body (req/s, ${rounds})`,
        value: rps.me,
        unit: 'req/s',
        floor: rps.sameMe,
        target: '(no target: Brug’s own work)',
      },
      {
        name: `GET /api/users?pageSize=50 of 1,001 (req/s, ${rounds})`,
        value: list,
        unit: 'req/s',
        floor: bareList,
        target: '≥ 50% of its SQL on a bare route',
        pass: ratio(list, bareList) >= 0.5,
      },
      {
        name: 'cold start to first 200 from /api/ready (median of 3)',
        value: coldMs,
        unit: 'ms',
        target: '< 3000 ms',
        pass: coldMs < 3000,
      },
      {
        name: 'RSS idle after the load above',
        value: idleRss,
        unit: 'MB',
        target: '< 250 MB',
        pass: idleRss < 250,
      },
      {
        name: 'RSS idle after a cold start',
        value: startRss,
        unit: 'MB',
        target: '< 250 MB',
        pass: startRss < 250,
      },
    ];
  },
};

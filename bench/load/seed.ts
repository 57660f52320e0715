/**
 * The load benchmark's data. The accounts (a zone, its admin and the simulated users, all with one
 * password) and a few published findings are written straight into the database before the server
 * starts, as the foundation bench does: accounts otherwise need an invitation mail each, and findings
 * a research bureau's whole roundtable. Everything else goes through the API, as people would make
 * it: a few hundred organisations with notes and tasks, initiatives planned with activities open for
 * registration, ideas, pulse surveys.
 */
import http from 'node:http';
import { hashPassword } from '../../apps/server/src/modules/accounts/passwords.ts';
import { openDatabase, schema } from '../../packages/db/src/index.ts';

export const PASSWORD = 'load bench passphrase, not for real use';
export const ADMIN = 'load-admin@example.org';
export const SEEDER = 'load-seeder@example.org';

export type Role = 'coordinator' | 'colleague';
export type SeedUser = { id: string; email: string; role: Role };
export type Accounts = {
  zoneId: string;
  adminId: string;
  seederId: string;
  users: SeedUser[];
  findingIds: string[];
};

const DISTRICTS = [
  'Borgerhout',
  'Deurne',
  'Kiel',
  'Hoboken',
  'Merksem',
  'Linkeroever',
  'Centrum',
  'Zurenborg',
];
const FOCUS = ['jongeren', 'ouderen', 'nieuwkomers', 'ouders', 'sport', 'onderwijs', 'wonen', 'gezondheid'];
const KINDS = [
  'vzw',
  'buurthuis',
  'school',
  'sportclub',
  'moskee',
  'jeugdhuis',
  'OCMW-dienst',
  'bibliotheek',
];

/** Every fourth user a coordinator (they keep the partner registry), the others colleagues. */
export const roleOf = (i: number): Role => (i % 4 === 0 ? 'coordinator' : 'colleague');

/** Zone, admin, a seeding coordinator, `count` users and four published needs, straight into the database. */
export async function seedAccounts(env: Record<string, string>, count: number): Promise<Accounts> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await database.migrate();
    const passwordHash = await hashPassword(PASSWORD);
    const db = database.db;
    const [zone] = await db
      .insert(schema.zones)
      .values({ name: 'PZ Belasting', districts: DISTRICTS })
      .returning();
    const base = { zoneId: zone.id, status: 'active', passwordHash } as const;
    const [admin] = await db
      .insert(schema.users)
      .values({ ...base, email: ADMIN, displayName: 'Load Beheerder', role: 'admin' })
      .returning();
    const [seeder] = await db
      .insert(schema.users)
      .values({ ...base, email: SEEDER, displayName: 'Load Coördinator', role: 'coordinator' })
      .returning();
    const users: SeedUser[] = [];
    for (let start = 0; start < count; start += 250) {
      const rows = await db
        .insert(schema.users)
        .values(
          Array.from({ length: Math.min(250, count - start) }, (_, k) => {
            const i = start + k;
            return {
              ...base,
              email: `load-${i}@example.org`,
              displayName: `Gebruiker ${i}`,
              role: roleOf(i),
              language: (['nl', 'nl', 'fr', 'en'] as const)[i % 4],
            };
          }),
        )
        .returning({ id: schema.users.id, email: schema.users.email, role: schema.users.role });
      users.push(...(rows as SeedUser[]));
    }
    const [bureau] = await db
      .insert(schema.bureaus)
      .values({ zoneId: zone.id, name: 'Onderzoeksbureau' })
      .returning();
    const findings = await db
      .insert(schema.findings)
      .values(
        [
          'Jongeren kennen de wijkagent niet',
          'Ouders willen uitleg over hun rechten',
          'Nieuwkomers melden weinig',
          'Ouderen voelen zich onveilig',
        ].map((statement) => ({
          zoneId: zone.id,
          bureauId: bureau.id,
          kind: 'need',
          status: 'published',
          sealedDraft: 'sealed',
          statement,
          publishedAt: new Date(),
        })),
      )
      .returning({ id: schema.findings.id });
    const findingIds = findings.map((f) => f.id);
    return { zoneId: zone.id, adminId: admin.id, seederId: seeder.id, users, findingIds };
  } finally {
    await database.close();
  }
}

export type Session = { cookie: string; csrf: string };

/**
 * A tiny HTTP client on node:http: one keep-alive connection per agent, optionally from its own
 * loopback address (every simulated user comes from its own address, as people do: the login and
 * registration limits are per address).
 */
export function agentFor(localAddress?: string): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: 1, localAddress });
}

export type Reply = { status: number; body: string; setCookie: string[] };

export function request(
  base: string,
  method: string,
  path: string,
  options: { agent?: http.Agent; session?: Session; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const url = new URL(path, base);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { ...options.headers };
  if (payload !== undefined) headers['content-type'] = 'application/json';
  if (options.session) {
    headers.cookie = options.session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = options.session.csrf;
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        headers,
        agent: options.agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            setCookie: (res.headers['set-cookie'] as string[] | undefined) ?? [],
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** The loopback address of user `i`: ten users per address (the login limit is 20 a minute per address). */
export const addressOf = (i: number) => `127.1.${Math.floor(i / 10) >> 8}.${(Math.floor(i / 10) % 254) + 1}`;

export async function login(base: string, email: string, agent?: http.Agent): Promise<Session> {
  const res = await request(base, 'POST', '/api/auth/login', { agent, body: { email, password: PASSWORD } });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${res.body.slice(0, 300)}`);
  const cookie = res.setCookie.find((c) => c.startsWith('brug_session='))?.split(';')[0];
  if (!cookie) throw new Error(`login ${email}: no session cookie`);
  return { cookie, csrf: (JSON.parse(res.body) as { csrfToken: string }).csrfToken };
}

/** Runs `work` over `items` with at most `concurrency` at a time. */
export async function pool<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i], i);
      }
    }),
  );
  return out;
}

export type World = {
  organisationIds: string[];
  initiativeIds: string[];
  activityIds: string[];
  ideaIds: string[];
  surveyIds: string[];
  coordinatorIds: string[];
  districts: string[];
  focusAreas: string[];
};

const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
const at = (d: number, h: number) => {
  const t = new Date(Date.now() + d * 86_400_000);
  t.setUTCHours(h, 0, 0, 0);
  return t.toISOString();
};

/** What people would have made in a zone after some months, through the API. */
export async function seedThroughApi(
  base: string,
  accounts: Accounts,
  sizes: { organisations: number; initiatives: number; ideas: number },
  log: (line: string) => void,
): Promise<World> {
  const seeder = await login(base, SEEDER);
  const call = async (method: string, path: string, body?: unknown, session = seeder) => {
    const res = await request(base, method, path, { session, body });
    if (res.status < 200 || res.status > 299)
      throw new Error(`seeding ${method} ${path}: ${res.status} ${res.body.slice(0, 400)}`);
    return res.body ? JSON.parse(res.body) : undefined;
  };
  const coordinatorIds = [
    accounts.seederId,
    ...accounts.users.filter((u) => u.role === 'coordinator').map((u) => u.id),
  ];
  const started = Date.now();
  const areas = ((await call('GET', '/api/partners/focus-areas')) as { key: string }[]).map((f) => f.key);
  if (areas.length === 0) throw new Error('seeding: the zone has no focus areas');

  const organisationIds = await pool(
    Array.from({ length: sizes.organisations }, (_, i) => i),
    6,
    async (i) =>
      (
        await call('POST', '/api/partners/organisations', {
          name: `${KINDS[i % KINDS.length]} ${DISTRICTS[i % DISTRICTS.length]} ${i}`,
          kind: i % 10 === 0 ? 'internal' : 'external',
          focusAreas: [...new Set([areas[i % areas.length], areas[(i * 3 + 1) % areas.length]])],
          districts: [DISTRICTS[i % DISTRICTS.length]],
          address: `Kerkstraat ${i + 1}`,
          postcode: '2140',
          city: 'Antwerpen',
          languages: ['nl', i % 3 === 0 ? 'fr' : 'ar'],
          targetGroups: [FOCUS[(i + 2) % FOCUS.length]],
          description: `Organisatie ${i} werkt met ${FOCUS[i % FOCUS.length]} in ${DISTRICTS[i % DISTRICTS.length]}.`,
          ownerId: coordinatorIds[i % coordinatorIds.length],
        })
      ).id as string,
  );
  log(`  ${organisationIds.length} organisations in ${Math.round((Date.now() - started) / 1000)} s`);

  // Some history: a note on every third organisation, a task on every tenth.
  await pool(
    organisationIds.filter((_, i) => i % 3 === 0),
    6,
    async (id, i) => {
      await call('POST', `/api/partners/organisations/${id}/interactions`, {
        kind: (['call', 'visit', 'meeting', 'email', 'note'] as const)[i % 5],
        occurredAt: new Date(Date.now() - (i + 1) * 3_600_000).toISOString(),
        summary: `Kennismaking en afspraken over samenwerking (${i}).`,
      });
      if (i % 3 === 0)
        await call('POST', '/api/partners/tasks', {
          organisationId: id,
          title: `Terugbellen over de infoavond ${i}`,
          dueOn: day(7 + (i % 20)),
          assigneeId: coordinatorIds[i % coordinatorIds.length],
        });
    },
  );

  const findings = accounts.findingIds;
  const activityIds: string[] = [];
  const initiativeIds = await pool(
    Array.from({ length: sizes.initiatives }, (_, i) => i),
    4,
    async (i) => {
      const w = await call('POST', '/api/initiatives', {
        type: (['presentation', 'workshop', 'neighbourhood_meeting', 'group_activity'] as const)[i % 4],
        title: `Buurtgesprek ${DISTRICTS[i % DISTRICTS.length]} ${i}`,
        description: 'Samen met buurtbewoners en partners in gesprek over veiligheid in de wijk.',
        goals: ['elkaar leren kennen'],
        targetGroups: [FOCUS[i % FOCUS.length]],
        districts: [DISTRICTS[i % DISTRICTS.length]],
        partnerOrganisationIds: [organisationIds[i % organisationIds.length]],
        findingIds: findings.length ? [findings[i % findings.length]] : [],
      });
      for (const to of ['proposal', 'co_design'])
        await call('POST', `/api/initiatives/${w.id}/transition`, { to });
      for (let k = 0; k < 3; k++) {
        const a = await call('POST', `/api/initiatives/${w.id}/activities`, {
          startsAt: at(3 + ((i * 3 + k) % 40), 18),
          endsAt: at(3 + ((i * 3 + k) % 40), 20),
          place: `Buurthuis ${DISTRICTS[(i + k) % DISTRICTS.length]}`,
          capacity: 40,
          languages: ['nl', 'fr'],
        });
        activityIds.push(a.id);
      }
      await call('POST', `/api/initiatives/${w.id}/transition`, {
        to: 'planned',
        overrideReason: 'De partner bevestigde telefonisch.',
      });
      return w.id as string;
    },
  );

  const colleagues = accounts.users.filter((u) => u.role === 'colleague').slice(0, 10);
  const colleagueSessions = await pool(colleagues, 2, (u) => login(base, u.email));
  const ideaIds = await pool(
    Array.from({ length: sizes.ideas }, (_, i) => i),
    6,
    async (i) =>
      (
        await call(
          'POST',
          '/api/ideas',
          {
            title: `Idee ${i}: ${FOCUS[i % FOCUS.length]} in ${DISTRICTS[i % DISTRICTS.length]}`,
            description: 'Een voetbaltornooi met de wijkploeg en de jeugdhuizen, gevolgd door een babbel.',
          },
          colleagueSessions[i % colleagueSessions.length],
        )
      ).id as string,
  );

  const surveyIds: string[] = [];
  for (let i = 0; i < 4; i++) {
    const s = await call('POST', '/api/surveys', {
      title: {
        nl: `Vertrouwensbarometer ${DISTRICTS[i]}`,
        fr: `Baromètre ${DISTRICTS[i]}`,
        en: `Trust ${DISTRICTS[i]}`,
      },
      kind: 'pulse',
      targetGroup: FOCUS[i],
      district: DISTRICTS[i],
      opensOn: day(0),
      closesOn: day(30),
      definition: {
        languages: [
          { code: 'nl', name: 'Nederlands', rtl: false },
          { code: 'fr', name: 'Français', rtl: false },
          { code: 'en', name: 'English', rtl: false },
        ],
        questions: [
          { kind: 'item', id: 'trust', itemId: 'ess_trust_police' },
          { kind: 'item', id: 'respect', itemId: 'ess_d15_respect' },
        ],
      },
    });
    surveyIds.push(s.id);
  }
  for (const s of colleagueSessions) await request(base, 'POST', '/api/auth/logout', { session: s });
  await request(base, 'POST', '/api/auth/logout', { session: seeder });
  log(
    `  seeded ${organisationIds.length} organisations, ${initiativeIds.length} initiatives with ${activityIds.length} activities, ${ideaIds.length} ideas, ${surveyIds.length} surveys in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  return {
    organisationIds,
    initiativeIds,
    activityIds,
    ideaIds,
    surveyIds,
    coordinatorIds,
    districts: DISTRICTS,
    focusAreas: areas,
  };
}

export type LoadUser = SeedUser & Session & { address: string };

/** Every simulated user logs in from its own loopback address. */
export async function loginAll(base: string, users: SeedUser[]): Promise<LoadUser[]> {
  return pool(users, 2, async (u, i) => {
    const address = addressOf(i);
    const agent = agentFor(address);
    try {
      return { ...u, ...(await login(base, u.email, agent)), address };
    } finally {
      agent.destroy();
    }
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

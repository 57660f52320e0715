import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, schema } from '@brug/db';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli.ts';
import { hashPassword } from '../modules/accounts/passwords.ts';

/**
 * The scaling path (docs/ARCHITECTURE.md): two app servers on one PostgreSQL database carry a small
 * load between them, then agree on sessions, cached values, jobs and the audit chain. Needs a
 * PostgreSQL server: TEST_DATABASE_URL, or the one at postgres://postgres@127.0.0.1:5432/test.
 */

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'two servers share this one 8';
const USERS = 20;
const LOAD_SECONDS = 10;

type Server = { child: ChildProcess; base: string; output: () => string; auditDir: string };
type Session = { cookie: string; csrf: string };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const auditDir = mkdtempSync(path.join(tmpdir(), 'brug-two-audit-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...env,
      PORT: String(port),
      AUDIT_DIR: auditDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-20_000)));
  child.stderr!.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-20_000)));
  const base = `http://127.0.0.1:${port}`;
  const start = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out}`);
    const res = await fetch(`${base}/api/ready`).catch(() => undefined);
    if (res?.status === 200) break;
    if (Date.now() - start > 90_000) throw new Error(`server not ready after 90 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, base, output: () => out, auditDir };
}

async function call(base: string, method: string, url: string, session?: Session, body?: unknown) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (session) {
    headers.cookie = session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
  }
  const res = await fetch(`${base}${url}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text), setCookie: res.headers.getSetCookie() };
}

async function login(base: string, email: string): Promise<Session> {
  const res = await call(base, 'POST', '/api/auth/login', undefined, { email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${res.text}`);
  const cookie = res.setCookie.find((c) => c.startsWith('brug_session='))!.split(';')[0];
  return { cookie, csrf: res.json().csrfToken };
}

/** Asks until `probe` holds, at most `ms`; true when it did. */
async function eventually(ms: number, probe: () => Promise<boolean>): Promise<boolean> {
  const start = Date.now();
  for (;;) {
    if (await probe()) return true;
    if (Date.now() - start > ms) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

describe('[FOUNDATION] two app servers on one PostgreSQL database', { timeout: 240_000 }, () => {
  const dbName = `brug_test_two_${randomBytes(5).toString('hex')}`;
  let databaseUrl: string;
  const servers: Server[] = [];
  const received: string[] = [];
  let smtp: SMTPServer | undefined;
  let users: { email: string; role: string }[] = [];
  let activityId: string;

  beforeAll(async () => {
    if (!(await reachable(SERVER_URL)))
      throw new Error(
        `This test needs a PostgreSQL server: none answers at ${SERVER_URL}. Set TEST_DATABASE_URL to one (e.g. postgres://postgres@127.0.0.1:5432/test).`,
      );
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const url = new URL(SERVER_URL);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();

    // Accounts straight into the database (they would otherwise need an invitation mail each).
    const database = await openDatabase({ databaseUrl });
    try {
      await database.migrate();
      const passwordHash = await hashPassword(PASSWORD);
      const [zone] = await database.db.insert(schema.zones).values({ name: 'PZ Twee' }).returning();
      users = [
        { email: 'admin@two.test', role: 'admin' },
        ...Array.from({ length: USERS }, (_, i) => ({
          email: `user-${i}@two.test`,
          role: i % 4 === 0 ? 'coordinator' : 'colleague',
        })),
      ];
      await database.db.insert(schema.users).values(
        users.map((u, i) => ({
          ...u,
          zoneId: zone.id,
          displayName: `Gebruiker ${i}`,
          status: 'active',
          passwordHash,
        })),
      );
      const [bureau] = await database.db
        .insert(schema.bureaus)
        .values({ zoneId: zone.id, name: 'Onderzoeksbureau' })
        .returning();
      await database.db.insert(schema.findings).values({
        zoneId: zone.id,
        bureauId: bureau.id,
        kind: 'need',
        status: 'published',
        sealedDraft: 'sealed',
        statement: 'Ouders willen uitleg over hun rechten',
        publishedAt: new Date(),
      });
    } finally {
      await database.close();
    }

    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        stream.on('data', () => {});
        stream.on('end', () => {
          for (const r of session.envelope.rcptTo) received.push(r.address);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp!.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as net.AddressInfo).port;

    // Two servers as two machines would run them: the same database and mail key, nothing else shared.
    const env = {
      DATABASE_URL: databaseUrl,
      MAIL_KEY: randomBytes(32).toString('base64'),
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'Brug <brug@two.test>',
      PUBLIC_URL: '',
    };
    servers.push(...(await Promise.all([startServer(env), startServer(env)])));
  }, 240_000);

  afterAll(async () => {
    for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    for (const s of servers) rmSync(s.auditDir, { recursive: true, force: true });
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    if (databaseUrl) {
      const c = new pg.Client({ connectionString: SERVER_URL });
      await c.connect();
      await c.query(`drop database if exists ${dbName} with (force)`);
      await c.end();
    }
  });

  it('carry a small load between them without an unexpected answer', async () => {
    const [a, b] = servers;
    // A coordinator plans an initiative through A with an activity open for registration.
    const coordinator = await login(a.base, 'user-0@two.test');
    const findings = await call(a.base, 'GET', '/api/published-findings', coordinator);
    expect(findings.status, findings.text).toBe(200);
    const [finding] = findings.json().items as { id: string }[];
    const w = (
      await call(a.base, 'POST', '/api/initiatives', coordinator, {
        type: 'workshop',
        title: 'Je rechten',
        findingIds: [finding.id],
      })
    ).json();
    for (const to of ['proposal', 'co_design'])
      expect(
        (await call(b.base, 'POST', `/api/initiatives/${w.id}/transition`, coordinator, { to })).status,
      ).toBe(200);
    const starts = Date.now() + 5 * 86_400_000;
    const activity = await call(b.base, 'POST', `/api/initiatives/${w.id}/activities`, coordinator, {
      startsAt: new Date(starts).toISOString(),
      endsAt: new Date(starts + 7_200_000).toISOString(),
      place: 'Buurthuis Kiel',
      capacity: 30,
    });
    expect(activity.status, activity.text).toBe(201);
    activityId = activity.json().id;
    expect(
      (await call(a.base, 'POST', `/api/initiatives/${w.id}/transition`, coordinator, { to: 'planned' }))
        .status,
    ).toBe(200);

    // Every user logs in on one server and then goes on round-robin over both, as behind a proxy.
    const sessions = await Promise.all(
      users.slice(1).map(async (u, i) => ({ ...u, ...(await login(servers[i % 2].base, u.email)) })),
    );
    const unexpected: string[] = [];
    const served = [0, 0];
    let turn = 0;
    let serial = 0;
    const end = Date.now() + LOAD_SECONDS * 1000;
    await Promise.all(
      sessions.map(async (s) => {
        while (Date.now() < end) {
          const which = turn++ % 2;
          const base = servers[which].base;
          const write = Math.random() < 0.2;
          const n = ++serial;
          const [method, url, body]: [string, string, unknown?] = !write
            ? (
                [
                  ['GET', '/api/home'],
                  ['GET', '/api/auth/me'],
                  ['GET', '/api/initiatives'],
                  ['GET', '/api/ideas'],
                  ['GET', `/api/activities/${activityId}`],
                  ['GET', '/api/partners/organisations'],
                ] as [string, string][]
              )[n % 6]
            : (
                [
                  ['PATCH', '/api/me', { displayName: `Gebruiker ${n}` }],
                  [
                    'POST',
                    `/api/public/activities/${activityId}/registrations`,
                    { name: 'Sam', contact: `load-${n}@two.test`, people: 1 },
                  ],
                  s.role === 'coordinator'
                    ? ['POST', '/api/partners/organisations', { name: `Vzw ${n}` }]
                    : ['POST', '/api/ideas', { title: `Idee ${n}`, description: 'Een babbel op het plein.' }],
                ] as [string, string, unknown][]
              )[n % 3];
          const res = await call(base, method, url, s, body);
          served[which]++;
          if (res.status < 200 || res.status > 299)
            unexpected.push(`${'AB'[which]} ${method} ${url} → ${res.status} ${res.text.slice(0, 200)}`);
        }
      }),
    );
    expect(unexpected).toEqual([]);
    expect(served[0]).toBeGreaterThan(0);
    expect(served[1]).toBeGreaterThan(0);
  });

  it('accept a session made on either one and end it on both at logout', async () => {
    const [a, b] = servers;
    const s = await login(a.base, 'user-1@two.test');
    expect((await call(b.base, 'GET', '/api/auth/me', s)).status).toBe(200);
    expect((await call(a.base, 'POST', '/api/auth/logout', s)).status).toBe(200);
    expect(
      await eventually(2000, async () => (await call(b.base, 'GET', '/api/auth/me', s)).status === 401),
    ).toBe(true);
  });

  it('keep their caches in step: zone settings and a role changed through A are seen on B', async () => {
    const [a, b] = servers;
    const admin = await login(a.base, 'admin@two.test');
    expect((await call(b.base, 'GET', '/api/auth/me', admin)).json().zone.name).toBe('PZ Twee');
    expect((await call(a.base, 'PATCH', '/api/zone', admin, { name: 'PZ Twee Servers' })).status).toBe(200);
    expect(
      await eventually(
        2000,
        async () => (await call(b.base, 'GET', '/api/auth/me', admin)).json().zone.name === 'PZ Twee Servers',
      ),
    ).toBe(true);

    const other = await login(b.base, 'user-2@two.test');
    const me = (await call(b.base, 'GET', '/api/auth/me', other)).json();
    expect(me.user.role).toBe('colleague');
    expect(
      (await call(a.base, 'PATCH', `/api/users/${me.user.id}`, admin, { role: 'researcher' })).status,
    ).toBe(200);
    // The role change ends the user's sessions, also the one B holds in memory.
    expect(
      await eventually(2000, async () => (await call(b.base, 'GET', '/api/auth/me', other)).status === 401),
    ).toBe(true);
    const again = await login(b.base, 'user-2@two.test');
    expect((await call(b.base, 'GET', '/api/auth/me', again)).json().user.role).toBe('researcher');
  });

  it('run each job once: every registration mail through either server is delivered once', async () => {
    const [a, b] = servers;
    const recipients = Array.from({ length: 8 }, (_, i) => `once-${i}@two.test`);
    for (const [i, contact] of recipients.entries()) {
      const res = await call(
        i % 2 ? b.base : a.base,
        'POST',
        `/api/public/activities/${activityId}/registrations`,
        undefined,
        {
          name: `Deelnemer ${i}`,
          contact,
          people: 1,
        },
      );
      expect(res.status, res.text).toBe(201);
    }
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const allSent = async () => {
        const { rows } = await client.query(
          `select count(*)::int as n from mail_messages where status <> 'sent'`,
        );
        return rows[0].n === 0;
      };
      expect(await eventually(60_000, allSent)).toBe(true);
      await new Promise((r) => setTimeout(r, 1500)); // a second run of a job would deliver now
      for (const r of recipients)
        expect(
          received.filter((x) => x === r),
          r,
        ).toHaveLength(1);
      // The load's mails too: as many deliveries as messages, nobody twice.
      const { rows } = await client.query(`select "to" from mail_messages`);
      expect(received.length).toBe(rows.length);
      expect(new Set(received).size).toBe(received.length);
    } finally {
      await client.end();
    }
  });

  it('keep one audit chain: brug audit verify passes against either server’s anchor folder', async () => {
    for (const s of servers) {
      const lines: string[] = [];
      const code = await runCli(
        ['audit', 'verify'],
        { ...process.env, DATABASE_URL: databaseUrl, AUDIT_DIR: s.auditDir },
        {
          out: (l) => void lines.push(l),
          err: (l) => void lines.push(l),
          readPassword: async () => '',
        },
      );
      expect(lines.join('\n')).toMatch(/^OK, \d+ entries, \d+ signed checkpoints/);
      expect(code).toBe(0);
    }
  });
});

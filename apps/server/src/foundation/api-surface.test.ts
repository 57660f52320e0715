import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_FOLDER, schema } from '@brug/db';
import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createZone,
  login,
  loginAs,
  TEST_PASSWORD,
  type TestApp,
  waitFor,
} from '../../test/helpers.ts';
import { buildApp } from '../app.ts';
import { prepareSetup } from '../modules/accounts/setup.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 240_000);
afterAll(async () => t?.close(), 120_000);

/** Every route the server answers under /api, as `METHOD /path` with OpenAPI-style parameters. */
function apiRoutes(app: FastifyInstance): string[] {
  const routes: string[] = [];
  const walk = (tree: string, prefix: string[]) => {
    for (const line of tree.split('\n')) {
      const m = /^([│ ]*)[├└]── (\S+)(?: \(([^)]+)\))?/.exec(line);
      if (!m) continue;
      const depth = m[1].length / 4;
      prefix.length = depth;
      prefix[depth] = m[2];
      const full = prefix.join('').replace(/\/+/g, '/');
      for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD')) {
        routes.push(`${method} ${full.replace(/:(\w+)/g, '{$1}')}`);
      }
    }
  };
  walk(app.printRoutes({ commonPrefix: false }), []);
  return routes.filter((r) => r.includes(' /api/'));
}

describe('[API] reference and health', () => {
  it('publishes an OpenAPI 3.1 document listing every /api route', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; info: { title: string }; paths: Record<string, object> };
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info.title).toBe('Brug API');
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)),
    );
    const routes = apiRoutes(t.app).filter((r) => !/ \/api\/(docs|openapi\.json)/.test(r));
    expect(routes.length).toBeGreaterThan(15);
    // Undocumented on purpose: paths that moved, which answer 308 with the new one for every method,
    // and the address volunteers' calendar feeds had before (calendar apps keep subscribed addresses).
    const undocumented: string[] = [];
    for (const route of routes.filter((r) => !documented.has(r))) {
      const [method, url] = route.split(' ');
      const res = await t.app.inject({ method: method as 'GET', url });
      if (res.statusCode !== 308) undocumented.push(route);
    }
    expect(undocumented).toEqual(['GET /api/volunteers/calendar/{file}']);
    // Request schemas come from the zod schemas: the login body names its fields.
    const login = doc.paths['/api/auth/login'] as {
      post: { requestBody: { content: Record<string, { schema: { required: string[] } }> } };
    };
    expect(login.post.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
  });

  it('serves a readable API reference page at /api/docs', async () => {
    const res = await t.app.inject({ url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('swagger-ui');
    const init = await t.app.inject({ url: '/api/docs/static/swagger-initializer.js' });
    expect(init.statusCode).toBe(200);
    const css = await t.app.inject({ url: '/api/docs/static/swagger-ui.css' });
    expect(css.statusCode).toBe(200);
  });

  it('answers /api/ready with 200 once every migration is applied', async () => {
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
    const res = await t.app.inject({ url: '/api/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ready',
      database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
      migrations: journal.entries.length,
    });
    expect((await t.app.inject({ url: '/api/health' })).json()).toEqual({ status: 'ok' });
  });
});

describe('[API] security headers', () => {
  it('sends the strict page policy on the reference page and the web app', async () => {
    for (const url of ['/api/docs', '/', '/partners']) {
      const res = await t.app.inject({ url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      // JavaScript eval stays off; only WebAssembly may compile (the vault's argon2id).
      expect(csp, url).not.toMatch(/[\s;]'unsafe-eval'/);
      expect(csp, url).toContain("'wasm-unsafe-eval'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(res.headers['cross-origin-opener-policy'], url).toBe('same-origin');
    }
  });

  it('sends API answers a policy that loads and frames nothing, and forbids caching them', async () => {
    for (const url of ['/api/health', '/api/auth/me', '/api/no-such-route', '/api/openapi.json']) {
      const res = await t.app.inject({ url });
      expect(res.headers['content-security-policy'], url).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });
});

describe('[API] logs hold no secrets or personal data', () => {
  /** Brug at a log level, its log lines collected in `lines`. */
  async function appLoggingAt(logLevel: 'trace' | 'info' | 'warn') {
    const lines: string[] = [];
    const app = await buildApp(
      { ...t.ctx, config: { ...t.ctx.config, logLevel } },
      { serveWeb: false, logStream: { write: (line) => lines.push(line) } },
    );
    return { app, lines };
  }

  it('logs a setup, logins, an invitation and its acceptance without passwords, tokens, cookies or addresses', async () => {
    const { app, lines } = await appLoggingAt('trace');
    await app.ready();
    try {
      const secrets: string[] = [TEST_PASSWORD];
      // Runs before any other test of this file makes an admin, so the first-run setup is open.
      const setupToken = (await prepareSetup(t.ctx.database))!;
      secrets.push(setupToken);
      await app.inject({ url: `/api/setup/status?token=${setupToken}` });
      const setup = await app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: {
          token: setupToken,
          email: 'setup-person@example.org',
          displayName: 'Setup Person',
          password: TEST_PASSWORD,
          zoneName: 'PZ Log',
        },
      });
      expect(setup.statusCode).toBe(200);
      secrets.push('setup-person@example.org');

      const zone = await createZone(t.ctx);
      const { user: adminUser } = await loginAs(t, zone.id, 'admin', { email: 'log-admin@example.org' });
      const admin = await login(app, adminUser.email);
      secrets.push(adminUser.email, admin.cookie!.split('=')[1], admin.csrf!);
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'log-admin@example.org', password: 'a wrong password here' },
      });
      secrets.push('a wrong password here');

      const invited = await admin.post('/api/users', {
        email: 'log-invitee@example.org',
        displayName: 'Log Invitee',
        role: 'colleague',
      });
      expect(invited.statusCode).toBe(201);
      secrets.push('log-invitee@example.org');
      const mail = await waitFor(async () => {
        const items = (await admin.get('/api/outbox')).json().items as { id: string; to: string }[];
        return items.find((m) => m.to === 'log-invitee@example.org');
      });
      // The outbox shows the link redacted; the invitee's own copy carries it.
      const token = /token=([\w-]+)/.exec((await t.ctx.mailer.compose(mail.id))!.text)![1];
      secrets.push(token);
      expect((await app.inject({ url: `/api/invitations/check?token=${token}` })).statusCode).toBe(200);
      const newPassword = 'invitee chooses this passphrase 3';
      secrets.push(newPassword);
      const accepted = await app.inject({
        method: 'POST',
        url: '/api/invitations/accept',
        payload: { token, password: newPassword },
      });
      expect(accepted.statusCode).toBe(200);
      const cookie = accepted.cookies.find((c) => c.name === 'brug_session')!.value;
      secrets.push(cookie);
      await app.inject({ url: '/api/auth/me', headers: { cookie: `brug_session=${cookie}` } });
      await admin.get(`/api/users?q=${encodeURIComponent('log-invitee@example.org')}`);
      await app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/request',
        payload: { email: adminUser.email },
      });
      await app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { token, password: newPassword },
      });

      const log = lines.join('');
      expect(lines.length).toBeGreaterThanOrEqual(11);
      expect(log).toContain('/api/invitations/check?token=[redacted]');
      for (const secret of secrets) expect(log.includes(secret), `log contains "${secret}"`).toBe(false);
      expect(log).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(log.toLowerCase()).not.toContain('cookie');
      expect(log.toLowerCase()).not.toContain('csrf');
    } finally {
      await app.close();
    }
  });

  it('at info writes one line per answered request: id, method, masked path, status and time', async () => {
    const { app, lines } = await appLoggingAt('info');
    await app.ready();
    try {
      await app.inject({ url: '/api/health' });
      await app.inject({ url: '/api/users/by-email/someone@example.org?key=k1&page=2' });
      await app.inject({ url: '/api/auth/me' });
      const entries = lines.map((line) => JSON.parse(line));
      expect(entries).toHaveLength(3);
      expect(entries.map((e) => [e.msg, e.level, e.method, e.url, e.statusCode])).toEqual([
        ['request completed', 30, 'GET', '/api/health', 200],
        ['request completed', 30, 'GET', '/api/users/by-email/[email]?key=[redacted]&page=2', 404],
        ['request completed', 30, 'GET', '/api/auth/me', 401],
      ]);
      for (const e of entries) {
        expect(e.reqId).toEqual(expect.any(String));
        expect(e.responseTime).toBeGreaterThan(0);
      }
      expect(new Set(entries.map((e) => e.reqId)).size).toBe(3);
    } finally {
      await app.close();
    }
  });

  it('above info writes no request lines, yet logs a failed request with its id, method and masked path', async () => {
    const { app, lines } = await appLoggingAt('warn');
    app.get('/api/log-check/fails', async () => {
      throw new Error('the disk is full');
    });
    await app.ready();
    try {
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
      expect((await app.inject({ url: '/api/auth/me' })).statusCode).toBe(401);
      expect(lines).toEqual([]);
      const res = await app.inject({ url: '/api/log-check/fails?token=abc123' });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ code: 'INTERNAL', message: 'Internal error' });
      expect(lines).toHaveLength(1);
      const entry = JSON.parse(lines[0]);
      expect(entry).toMatchObject({
        level: 50,
        msg: 'unexpected error',
        req: { method: 'GET', url: '/api/log-check/fails?token=[redacted]' },
        err: { message: 'the disk is full' },
      });
      expect(entry.reqId).toBe(entry.req.id);
    } finally {
      await app.close();
    }
  });
});

describe('[API] malformed input', () => {
  const rowCounts = async () => {
    const db = t.ctx.database.db;
    const [[users], [audit], [mail], [zones]] = await Promise.all([
      db.select({ n: count() }).from(schema.users),
      db.select({ n: count() }).from(schema.auditLog),
      db.select({ n: count() }).from(schema.mailMessages),
      db.select({ n: count() }).from(schema.zones),
    ]);
    return { users: users.n, audit: audit.n, mail: mail.n, zones: zones.n };
  };

  it('answers 400 naming the field and writes nothing', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const before = await rowCounts();
    const zoneBefore = (await admin.get('/api/zone')).json();

    const cases: [Promise<{ statusCode: number; json(): { code: string; fields?: object } }>, string][] = [
      [admin.post('/api/users', { email: 'not-an-address', displayName: 'X', role: 'colleague' }), 'email'],
      [admin.post('/api/users', { email: 'ok@example.org', displayName: 'X', role: 'chief' }), 'role'],
      [admin.post('/api/users', { email: 'ok@example.org', role: 'colleague' }), 'displayName'],
      [admin.patch('/api/zone', { publicationK: 1 }), 'publicationK'],
      [admin.patch('/api/zone', { districts: ['Noord', 'noord'] }), 'districts'],
      [admin.patch('/api/zone', { defaultLanguage: 'de' }), 'defaultLanguage'],
      [admin.patch(`/api/users/${zone.id}`, { role: 'wizard' }), 'role'],
      [admin.patch('/api/users/not-a-uuid', { role: 'admin' }), 'id'],
      [admin.get('/api/users?pageSize=100000'), 'pageSize'],
    ];
    for (const [pending, field] of cases) {
      const res = await pending;
      expect(res.statusCode, field).toBe(400);
      expect(res.json().code, field).toBe('VALIDATION');
      expect(Object.keys(res.json().fields ?? {}), field).toContain(field);
    }
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie!, 'x-csrf-token': admin.csrf!, 'content-type': 'application/json' },
      payload: '{"email": "a@example.org",',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().fields).toEqual({ body: 'invalid JSON' });

    expect(await rowCounts()).toEqual(before);
    expect((await admin.get('/api/zone')).json()).toEqual(zoneBefore);
  });
});

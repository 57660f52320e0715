import { schema } from '@brug/db';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from '@brug/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildTestApp,
  Client,
  createZone,
  login,
  loginAs,
  TEST_PASSWORD,
  type TestApp,
} from '../../../test/helpers.ts';
import { asDelivered } from '../../../test/mail.ts';
import { sha256 } from '../../http/tokens.ts';
import { prepareSetup } from './setup.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

const tokenFrom = (text: string) => /token=([\w-]+)/.exec(text)![1];

describe('[ACCOUNTS] first run', () => {
  it('creates the first admin and zone through the one-time setup link, once', async () => {
    const token = (await prepareSetup(t.ctx.database))!;
    expect(token).toBeTruthy();
    const status = await t.app.inject({ method: 'GET', url: `/api/setup/status?token=${token}` });
    expect(status.json()).toEqual({ needsSetup: true, tokenValid: true });

    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { token, email: 'not-an-email', displayName: 'A', password: 'short', zoneName: 'Z' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toMatchObject({ email: expect.any(String), password: expect.any(String) });

    const common = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: {
        token,
        email: 'first@example.org',
        displayName: 'Eerste',
        password: 'password1234567',
        zoneName: 'PZ Test',
      },
    });
    expect(common.statusCode).toBe(400);
    expect(common.json().fields).toEqual({ password: 'too common' });

    for (const password of ['first@example.org', 'First@Example.org!', 'first.example.org 2024']) {
      const likeEmail = await t.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { token, email: 'first@example.org', displayName: 'Eerste', password, zoneName: 'PZ Test' },
      });
      expect(likeEmail.statusCode, password).toBe(400);
      expect(likeEmail.json().fields).toEqual({ password: 'like your e-mail address' });
    }

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: {
        token,
        email: 'First@Example.org',
        displayName: 'Eerste',
        password: TEST_PASSWORD,
        zoneName: 'PZ Test',
      },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ email: 'first@example.org', role: 'admin', status: 'active' });
    expect(ok.json().zone.name).toBe('PZ Test');

    const again = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: {
        token,
        email: 'second@example.org',
        displayName: 'X',
        password: TEST_PASSWORD,
        zoneName: 'Other',
      },
    });
    expect(again.statusCode).toBe(410);
    expect(await prepareSetup(t.ctx.database)).toBeNull();
  });
});

describe('[ACCOUNTS] login and sessions', () => {
  it('sets an httpOnly SameSite=Lax session cookie and rejects a wrong password', async () => {
    const zone = await createZone(t.ctx);
    const { user } = await loginAs(t, zone.id, 'colleague');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    const cookie = res.cookies.find((c) => c.name === 'brug_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/');
    expect(cookie.maxAge).toBe(SESSION_ABSOLUTE_HOURS * 3600);
    expect(cookie.secure).toBeFalsy();

    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: `brug_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken },
    });
    expect(logout.statusCode).toBe(200);
    const cleared = logout.cookies.find((c) => c.name === 'brug_session')!;
    expect(cleared.value).toBe('');
    expect(cleared.maxAge).toBe(0);
    expect(cleared.path).toBe('/');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'wrong password here' },
    });
    expect(wrong.statusCode).toBe(401);
  });

  const attempt = (email: string, password: string, remoteAddress: string, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress,
      headers: cookie ? { cookie } : {},
    });

  it('makes one address wait after three wrong passwords, doubling, while the real user elsewhere gets in', async () => {
    const zone = await createZone(t.ctx);
    const { user } = await loginAs(t, zone.id, 'colleague');
    const guesser = '203.0.113.7';
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await attempt(user.email, `wrong-password-${i}`, guesser)).statusCode);
    expect(statuses).toEqual([401, 401, 401]);
    const held = await attempt(user.email, TEST_PASSWORD, guesser);
    expect(held.statusCode).toBe(429);
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(10);
    expect(Number(held.headers['retry-after'])).toBeLessThanOrEqual(15);
    expect(held.json()).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: Number(held.headers['retry-after']),
    });

    // The real user, from another address, is not locked out.
    expect((await attempt(user.email, TEST_PASSWORD, '198.51.100.20')).statusCode).toBe(200);

    // Once the wait is over, the next failure doubles it.
    await t.ctx.database.db
      .update(schema.loginThrottles)
      .set({ blockedUntil: new Date(Date.now() - 1000) })
      .where(eq(schema.loginThrottles.source, `ip:${guesser}`));
    expect((await attempt(user.email, 'wrong-password-3', guesser)).statusCode).toBe(401);
    const longer = await attempt(user.email, 'wrong-password-4', guesser);
    expect(longer.statusCode).toBe(429);
    expect(Number(longer.headers['retry-after'])).toBeGreaterThan(25);
    expect(Number(longer.headers['retry-after'])).toBeLessThanOrEqual(30);
    const audit = await t.ctx.database.db
      .select({ action: schema.auditLog.action, details: schema.auditLog.details })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.targetId, user.id));
    expect(audit.map((a) => a.action)).toEqual([
      'auth.login.failed',
      'auth.login.failed',
      'auth.login.throttled',
      'auth.login.throttled',
    ]);
    expect(JSON.stringify(audit)).not.toContain(guesser);
  });

  it('slows guessing from many addresses, but never the browser the account logged in from before', async () => {
    const zone = await createZone(t.ctx);
    const { user } = await loginAs(t, zone.id, 'colleague');
    const own = await attempt(user.email, TEST_PASSWORD, '198.51.100.30');
    expect(own.statusCode).toBe(200);
    const device = own.cookies.find((c) => c.name === 'brug_device')!;
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth/login' });
    expect(device.maxAge).toBe(180 * 86_400);

    for (let i = 0; i < 10; i++)
      expect((await attempt(user.email, `wrong-password-${i}`, `203.0.113.${100 + i}`)).statusCode).toBe(401);
    // Every unknown browser now waits, even with the right password…
    const unknown = await attempt(user.email, TEST_PASSWORD, '203.0.113.200');
    expect(unknown.statusCode).toBe(429);
    expect(Number(unknown.headers['retry-after'])).toBeGreaterThan(0);
    // …and the real user's own browser gets in, with a new device cookie.
    const known = await attempt(user.email, TEST_PASSWORD, '203.0.113.201', `brug_device=${device.value}`);
    expect(known.statusCode).toBe(200);
    const renewed = known.cookies.find((c) => c.name === 'brug_device')!;
    expect(renewed.value).not.toBe(device.value);
    // The old cookie was replaced: it no longer counts as known.
    expect(
      (await attempt(user.email, TEST_PASSWORD, '203.0.113.202', `brug_device=${device.value}`)).statusCode,
    ).toBe(429);
    // A device cookie of another account does not help either.
    const other = await loginAs(t, zone.id, 'colleague');
    const theirs = (await attempt(other.user.email, TEST_PASSWORD, '198.51.100.31')).cookies.find(
      (c) => c.name === 'brug_device',
    )!;
    expect(
      (await attempt(user.email, TEST_PASSWORD, '203.0.113.203', `brug_device=${theirs.value}`)).statusCode,
    ).toBe(429);
    // A known browser guessing wrong is slowed down like any other source.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await attempt(user.email, `wrong-${i}-password`, '203.0.113.201', `brug_device=${renewed.value}`))
          .statusCode,
      );
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('throttles one IP address trying many accounts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: `nobody${i}@example.org`, password: 'whatever-password' },
        remoteAddress: '192.0.2.9',
      });
      statuses.push(r.statusCode);
    }
    expect(statuses).toContain(429);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const zone = await createZone(t.ctx);
    const { client } = await loginAs(t, zone.id, 'colleague');
    const noCsrf = new Client(t.app, client.cookie);
    const res = await noCsrf.patch('/api/me', { displayName: 'Changed' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF');
    const me = await client.get('/api/auth/me');
    expect(me.json().user.displayName).toBe('Test colleague');
  });

  it('ends the session at once on logout, deactivation and role change', async () => {
    const zone = await createZone(t.ctx);
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const { user, client } = await loginAs(t, zone.id, 'coordinator');
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);

    await admin.patch(`/api/users/${user.id}`, { role: 'colleague' });
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);

    const again = await login(t.app, user.email);
    expect((await again.get('/api/auth/me')).json().user.role).toBe('colleague');
    expect((await admin.patch(`/api/users/${user.id}`, { status: 'deactivated' })).statusCode).toBe(200);
    expect((await again.get('/api/auth/me')).statusCode).toBe(401);
    await expect(login(t.app, user.email)).rejects.toThrow(/401/);

    const third = await loginAs(t, zone.id, 'colleague');
    await third.client.post('/api/auth/logout');
    expect((await third.client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('ends a session after 30 idle minutes or 12 hours in all, and writes its last use at most once a minute', async () => {
    const zone = await createZone(t.ctx);
    const { user } = await loginAs(t, zone.id, 'colleague');
    const minutes = (n: number) => n * 60_000;
    const t0 = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], now: t0 });
    try {
      const client = await login(t.app, user.email);
      const id = sha256(client.cookie!.split('=')[1]);
      const row = async () =>
        (await t.ctx.database.db.select().from(schema.sessions).where(eq(schema.sessions.id, id)))[0];

      vi.setSystemTime(t0 + minutes(20));
      expect((await client.get('/api/auth/me')).statusCode).toBe(200);
      expect((await row()).lastSeenAt.getTime()).toBe(t0 + minutes(20));
      vi.setSystemTime(t0 + minutes(20.5));
      expect((await client.get('/api/auth/me')).statusCode).toBe(200);
      expect((await row()).lastSeenAt.getTime()).toBe(t0 + minutes(20));
      vi.setSystemTime(t0 + minutes(20.5 + SESSION_IDLE_MINUTES) + 1000);
      expect((await client.get('/api/auth/me')).statusCode).toBe(401);
      expect(await row()).toBeUndefined();

      const t1 = Date.now();
      const busy = await login(t.app, user.email);
      for (let at = minutes(25); at < SESSION_ABSOLUTE_HOURS * 60 * 60_000; at += minutes(25)) {
        vi.setSystemTime(t1 + at);
        expect((await busy.get('/api/auth/me')).statusCode, `after ${at / 60_000} minutes`).toBe(200);
      }
      vi.setSystemTime(t1 + SESSION_ABSOLUTE_HOURS * 60 * 60_000 + minutes(1));
      expect((await busy.get('/api/auth/me')).statusCode).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it('changes language and name on the own profile, and refuses an unknown language naming the field', async () => {
    const zone = await createZone(t.ctx);
    const { client, user } = await loginAs(t, zone.id, 'partner');
    const bad = await client.patch('/api/me', { language: 'xx' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['language']);
    const [before] = await t.ctx.database.db.select().from(schema.users).where(eq(schema.users.id, user.id));
    const ok = await client.patch('/api/me', { language: 'fr' });
    expect(ok.json().user.language).toBe('fr');
    const [row] = await t.ctx.database.db.select().from(schema.users).where(eq(schema.users.id, user.id));
    // The field left out keeps its value; the moment of the change is recorded.
    expect(row).toMatchObject({ language: 'fr', displayName: before.displayName });
    expect(row.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const named = await client.patch('/api/me', { displayName: 'Amélie Ğ. Łukasz' });
    expect(named.json().user).toMatchObject({ displayName: 'Amélie Ğ. Łukasz', language: 'fr' });
  });
});

describe('[ACCOUNTS] invitations and password reset', () => {
  it('invites by e-mail with a single-use link; accepting sets the password and logs in', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator } = await loginAs(t, zone.id, 'coordinator');
    const res = await coordinator.post('/api/users', {
      email: 'nieuw@example.org',
      displayName: 'Nieuwe Collega',
      role: 'colleague',
      language: 'fr',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().status).toBe('invited');

    const [mail] = await asDelivered(
      t,
      await t.ctx.database.db
        .select()
        .from(schema.mailMessages)
        .where(eq(schema.mailMessages.to, 'nieuw@example.org')),
    );
    expect(mail.subject).toMatch(/Invitation à Brug/);
    const token = tokenFrom(mail.text);

    const check = await t.app.inject({ method: 'GET', url: `/api/invitations/check?token=${token}` });
    expect(check.json()).toMatchObject({ email: 'nieuw@example.org', language: 'fr' });

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields.password).toBeDefined();

    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: TEST_PASSWORD },
    });
    expect(accept.statusCode).toBe(200);
    expect(accept.json().user.status).toBe('active');
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: TEST_PASSWORD },
    });
    expect(reuse.statusCode).toBe(410);
    await login(t.app, 'nieuw@example.org');
  });

  it('lets a coordinator invite colleagues and partners only, and refuses a duplicate e-mail naming the field', async () => {
    const zone = await createZone(t.ctx);
    const { client: coordinator, user } = await loginAs(t, zone.id, 'coordinator');
    const admin = await coordinator.post('/api/users', {
      email: 'boss@example.org',
      displayName: 'Boss',
      role: 'admin',
    });
    expect(admin.statusCode).toBe(403);
    const dup = await coordinator.post('/api/users', {
      email: user.email,
      displayName: 'Dup',
      role: 'partner',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().fields).toEqual({ email: 'already in use' });
  });

  it('resets a password by e-mail, ends old sessions, and answers the same for unknown addresses', async () => {
    const zone = await createZone(t.ctx);
    // A researcher's reset also needs the bureau's confirmation: see reset-password.test.ts.
    const { user, client } = await loginAs(t, zone.id, 'colleague');
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      payload: { email: 'nobody-here@example.org' },
    });
    expect(unknown.statusCode).toBe(200);
    const known = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      payload: { email: user.email },
    });
    expect(known.statusCode).toBe(200);
    const [mail] = await asDelivered(
      t,
      await t.ctx.database.db
        .select()
        .from(schema.mailMessages)
        .where(eq(schema.mailMessages.to, user.email)),
    );
    const token = tokenFrom(mail.text);
    const likeEmail = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token, password: `${user.email.toUpperCase()}` },
    });
    expect(likeEmail.statusCode).toBe(400);
    expect(likeEmail.json().fields).toEqual({ password: 'like your e-mail address' });
    const newPassword = 'a brand new passphrase 9';
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token, password: newPassword },
    });
    expect(reset.statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    await login(t.app, user.email, newPassword);
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token, password: newPassword },
    });
    expect(reuse.statusCode).toBe(410);
  });
});

describe('[ACCOUNTS] roles', () => {
  it('gives a colleague 403 on admin endpoints', async () => {
    const zone = await createZone(t.ctx);
    const { client } = await loginAs(t, zone.id, 'colleague');
    for (const [method, url] of [
      ['get', '/api/users'],
      ['get', '/api/audit'],
      ['get', '/api/outbox'],
    ] as const) {
      expect((await client[method](url)).statusCode, url).toBe(403);
    }
    expect((await client.patch('/api/zone', { name: 'Mine' })).statusCode).toBe(403);
    expect(
      (await client.patch('/api/users/00000000-0000-4000-8000-000000000000', { role: 'admin' })).statusCode,
    ).toBe(403);
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });

  it('keeps the last admin of a zone', async () => {
    const zone = await createZone(t.ctx);
    const { client, user } = await loginAs(t, zone.id, 'admin');
    const res = await client.patch(`/api/users/${user.id}`, { role: 'coordinator' });
    expect(res.statusCode).toBe(409);
  });
});

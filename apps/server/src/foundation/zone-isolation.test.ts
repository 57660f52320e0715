import { schema } from '@brug/db';
import type { Role } from '@brug/domain';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  type Client,
  createUser,
  createZone,
  loginAs,
  type TestApp,
  waitFor,
} from '../../test/helpers.ts';

/**
 * A user of zone A can neither read nor change anything of zone B, through every endpoint.
 * Each module adds a row per endpoint to `ENDPOINTS`; the request is made by an admin of A (the role
 * that sees most) with zone B's ids filled in wherever the endpoint takes one.
 */
type ZoneB = {
  zoneId: string;
  adminId: string;
  invitedId: string;
  /** Strings that identify zone B's data; none may appear in a response to zone A. */
  secrets: string[];
};
type Endpoint = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: (b: ZoneB) => string;
  body?: (b: ZoneB) => Record<string, unknown>;
};

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', url: () => '/api/auth/me' },
  { method: 'GET', url: () => '/api/users?pageSize=200' },
  { method: 'GET', url: (b) => `/api/users?pageSize=200&q=${encodeURIComponent(b.secrets[1])}` },
  { method: 'PATCH', url: (b) => `/api/users/${b.adminId}`, body: () => ({ role: 'colleague' }) },
  { method: 'PATCH', url: (b) => `/api/users/${b.adminId}`, body: () => ({ status: 'deactivated' }) },
  { method: 'POST', url: (b) => `/api/users/${b.invitedId}/resend-invitation` },
  {
    method: 'POST',
    url: () => '/api/users',
    body: () => ({ email: 'new-in-a@example.org', displayName: 'Nieuw', role: 'colleague' }),
  },
  { method: 'GET', url: () => '/api/zone' },
  { method: 'PATCH', url: () => '/api/zone', body: () => ({ name: 'Renamed by A', publicationK: 4 }) },
  { method: 'GET', url: () => '/api/zone/district-templates' },
  { method: 'GET', url: () => '/api/audit?pageSize=200' },
  { method: 'GET', url: (b) => `/api/audit?pageSize=200&actorId=${b.adminId}` },
  { method: 'GET', url: () => '/api/outbox?pageSize=200' },
  { method: 'POST', url: (b) => `/api/outbox/${b.adminId}/hand-over` },
  { method: 'GET', url: () => '/api/outbox/confidential' },
  { method: 'POST', url: (b) => `/api/outbox/${b.invitedId}/resend` },
  { method: 'GET', url: () => '/api/audit/anchor' },
  { method: 'GET', url: () => '/api/auth/password-resets/pending' },
  { method: 'POST', url: (b) => `/api/auth/password-resets/${b.adminId}/confirm` },
  { method: 'POST', url: (b) => `/api/auth/password-resets/${b.adminId}/refuse` },
  { method: 'GET', url: () => '/api/me/password-reset-notice' },
  { method: 'POST', url: (b) => `/api/me/password-reset-notice/${b.adminId}/dismiss` },
  { method: 'PATCH', url: () => '/api/me', body: () => ({ language: 'fr' }) },
  {
    method: 'POST',
    url: () => '/api/me/password',
    body: () => ({ currentPassword: 'not the password', newPassword: 'a brand new passphrase 7' }),
  },
];

/** Paths (as in the OpenAPI document) that need no session and hold no zone data. */
const PUBLIC = new Set([
  '/api/health',
  '/api/ready',
  '/api/about',
  '/api/setup/status',
  '/api/setup',
  '/api/auth/login',
  '/api/auth/logout',
  '/api/auth/password-reset/request',
  '/api/auth/password-reset',
  '/api/invitations/check',
  '/api/invitations/accept',
]);
/** The modules whose endpoints this table covers completely; each module adds its tag with its rows. */
const COVERED_TAGS = new Set(['accounts', 'zones', 'audit', 'mail', 'health']);

let t: TestApp;
let b: ZoneB;
let clients: Record<Role, Client>;

async function snapshotOfB() {
  const db = t.ctx.database.db;
  const zone = await db.select().from(schema.zones).where(eq(schema.zones.id, b.zoneId));
  const users = await db
    .select()
    .from(schema.users)
    .where(eq(schema.users.zoneId, b.zoneId))
    .orderBy(asc(schema.users.id));
  const mail = await db.select().from(schema.mailMessages).where(eq(schema.mailMessages.zoneId, b.zoneId));
  const audit = await db.select().from(schema.auditLog).where(eq(schema.auditLog.zoneId, b.zoneId));
  return JSON.stringify({ zone, users, mail, audit });
}

beforeAll(async () => {
  t = await buildTestApp();
  const zoneA = await createZone(t.ctx, { name: 'Zone Alfa' });
  const zoneB = await createZone(t.ctx, { name: 'Zone Bravo geheim', districts: ['Bravo-Noord'] });
  // Zone B gets a user of each kind, a mail in its outbox and audit entries, all through the API.
  const bAdmin = await loginAs(t, zoneB.id, 'admin', { email: 'bravo-admin@example.org' });
  const invited = await bAdmin.client.post('/api/users', {
    email: 'bravo-invited@example.org',
    displayName: 'Bravo Invited',
    role: 'colleague',
  });
  expect(invited.statusCode).toBe(201);
  await waitFor(async () => (await bAdmin.client.get('/api/outbox')).json().total > 0);
  b = {
    zoneId: zoneB.id,
    adminId: bAdmin.user.id,
    invitedId: invited.json().id,
    secrets: [zoneB.id, 'bravo-admin@example.org', 'bravo-invited@example.org', 'Bravo', bAdmin.user.id],
  };
  clients = {} as Record<Role, Client>;
  for (const role of ['admin', 'coordinator', 'colleague', 'researcher', 'partner'] as const) {
    clients[role] = (await loginAs(t, zoneA.id, role)).client;
  }
  await createUser(t.ctx, zoneA.id, 'colleague', { displayName: 'Alfa Colleague' });
}, 240_000);
afterAll(async () => t?.close(), 120_000);

describe('[ZONES] a user of zone A cannot read or change zone B', () => {
  it('covers every endpoint of the foundation modules', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    const listed = new Set(ENDPOINTS.map((e) => `${e.method} ${e.url(b).split('?')[0]}`));
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!op.tags?.some((tag) => COVERED_TAGS.has(tag)) || PUBLIC.has(path)) continue;
        const concrete = path.replace('{id}', path.includes('resend') ? b.invitedId : b.adminId);
        if (!listed.has(`${method.toUpperCase()} ${concrete}`))
          missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  for (const role of ['admin', 'coordinator', 'colleague', 'researcher', 'partner'] as const) {
    it(`as ${role}: no response names zone B's data and zone B's rows stay unchanged`, async () => {
      const before = await snapshotOfB();
      for (const e of ENDPOINTS) {
        const client = clients[role];
        const url = e.url(b);
        const body = e.body?.(b);
        const res =
          e.method === 'GET'
            ? await client.get(url)
            : e.method === 'POST'
              ? await client.post(url, body)
              : e.method === 'PATCH'
                ? await client.patch(url, body)
                : e.method === 'PUT'
                  ? await client.put(url, body)
                  : await client.delete(url);
        expect(res.statusCode, `${e.method} ${url}`).toBeLessThan(500);
        for (const secret of b.secrets) {
          expect(res.body.includes(secret), `${e.method} ${url} shows "${secret}"`).toBe(false);
        }
        // Requests that name one of B's rows find nothing: 404 (or 403 when the role may not act at all).
        if (e.method !== 'GET' && (url.includes(b.adminId) || url.includes(b.invitedId))) {
          expect([403, 404], `${e.method} ${url}`).toContain(res.statusCode);
        }
      }
      expect(await snapshotOfB()).toBe(before);
    });
  }
});

describe('[ZONES] settings and the current user', () => {
  it('shows a renamed zone at once in GET /api/auth/me (the cached zone is refreshed)', async () => {
    const zone = await createZone(t.ctx, { name: 'Zone Voor' });
    const { client: admin } = await loginAs(t, zone.id, 'admin');
    const { client: colleague } = await loginAs(t, zone.id, 'colleague');
    expect((await colleague.get('/api/auth/me')).json().zone.name).toBe('Zone Voor');
    expect((await admin.patch('/api/zone', { name: 'Zone Na', defaultLanguage: 'fr' })).statusCode).toBe(200);
    expect((await colleague.get('/api/auth/me')).json().zone).toMatchObject({
      name: 'Zone Na',
      defaultLanguage: 'fr',
    });
  });
});

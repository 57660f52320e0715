import type { Role } from '@brug/domain';
import { expect } from 'vitest';
import { Client, createUser, createZone, type TestApp } from '../../../test/helpers.ts';

type Zone = Awaited<ReturnType<typeof createZone>>;
export type Team = Record<'admin' | 'coordinator' | 'colleague' | 'researcher' | 'partner', Client> & {
  zone: Zone;
  coordinatorId: string;
  partnerId: string;
};

/** A signed-in user without going through the login route (its per-IP rate limit would throttle a test file). */
async function loginAs(tt: TestApp, zoneId: string, role: Role) {
  const user = await createUser(tt.ctx, zoneId, role);
  const { token, session } = await tt.ctx.sessions.create(user);
  return { user, client: new Client(tt.app, `brug_session=${token}`, session.csrfToken) };
}

/** A zone with one signed-in user of every role. */
export async function partnerTeam(t: TestApp): Promise<Team> {
  const zone = await createZone(t.ctx);
  const c = await loginAs(t, zone.id, 'coordinator');
  const p = await loginAs(t, zone.id, 'partner');
  return {
    zone,
    coordinatorId: c.user.id,
    partnerId: p.user.id,
    coordinator: c.client,
    partner: p.client,
    admin: (await loginAs(t, zone.id, 'admin')).client,
    colleague: (await loginAs(t, zone.id, 'colleague')).client,
    researcher: (await loginAs(t, zone.id, 'researcher')).client,
  };
}

let n = 0;
/** A number unique within the test file, for names and e-mail addresses. */
export function uniqueNumber(): number {
  return ++n;
}

export function buildOrganisation(overrides: Record<string, unknown> = {}) {
  n++;
  return {
    name: `Jeugdwerking ${n}`,
    focusAreas: ['youth'],
    districts: ['Borgerhout'],
    postcode: '2140',
    city: 'Borgerhout',
    description: 'Werkt met jongeren uit de buurt',
    ...overrides,
  };
}

export function buildContact(overrides: Record<string, unknown> = {}) {
  n++;
  return {
    name: `Contact ${n}`,
    function: 'coördinator',
    email: `contact${n}@vzw.example.be`,
    phone: '03 123 45 67',
    consentBasis: 'consent',
    consentDate: '2026-01-15',
    ...overrides,
  };
}

export async function createOrganisation(c: Client, overrides: Record<string, unknown> = {}) {
  const res = await c.post('/api/partners/organisations', buildOrganisation(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; name: string };
}

import { randomInt } from 'node:crypto';
import type { Role } from '@brug/domain';
import { Client, createUser, TEST_PASSWORD, type TestApp } from '../../../test/helpers.ts';

/**
 * Logs a new user of the role in from an address of its own, so that the login rate limit per IP
 * (which these tests do not exercise) does not stop a file that needs many accounts.
 */
export async function signIn(t: TestApp, zoneId: string, role: Role) {
  const user = await createUser(t.ctx, zoneId, role);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: user.email, password: TEST_PASSWORD },
    remoteAddress: `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`,
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode}`);
  const cookie = res.cookies.find((c) => c.name === 'brug_session')!;
  return { user, client: new Client(t.app, `brug_session=${cookie.value}`, res.json().csrfToken) };
}

export const OTHER_ROLES = ['admin', 'coordinator', 'colleague', 'partner'] as const;

export const VAULT_PASSPHRASE = 'lange kluiszin van de onderzoeker';

/** A zone with a bureau, one researcher in it and the vault created (and open in that session). */
export async function zoneWithOpenVault(t: TestApp) {
  const { createZone } = await import('../../../test/helpers.ts');
  const zone = await createZone(t.ctx);
  const { client: admin } = await signIn(t, zone.id, 'admin');
  const { client: researcher, user } = await signIn(t, zone.id, 'researcher');
  const bureau = await admin.post('/api/bureau', { name: 'Bureau Luister' });
  if (bureau.statusCode !== 201) throw new Error(`bureau: ${bureau.body}`);
  await admin.post('/api/bureau/members', { userId: user.id });
  const vault = await researcher.post('/api/vault', { passphrase: VAULT_PASSPHRASE });
  if (vault.statusCode !== 201) throw new Error(`vault: ${vault.body}`);
  return { zone, admin, researcher, researcherUser: user, bureauId: bureau.json().id as string };
}

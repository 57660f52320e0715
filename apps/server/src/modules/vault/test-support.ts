import { createHash, randomInt } from 'node:crypto';
import type { Role } from '@brug/domain';
import { createVault, type DeriveBytes, type OpenVault, type VaultMaterial } from '@brug/vault-crypto';
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

/**
 * API tests test what the server stores and refuses; argon2id itself is tested in
 * packages/vault-crypto and in the browser tests. So that a file can create many vaults quickly, the
 * passphrase is turned into key bytes by SHA-256 here — the server cannot tell, and must not care.
 */
export const testDerive: DeriveBytes = async (passphrase, params) =>
  new Uint8Array(createHash('sha256').update(`${params.salt}:${passphrase}`).digest());

/** Vault material as a researcher's browser makes it, for `researcherId` of `bureauId`. */
export async function makeVaultMaterial(
  bureauId: string,
  researcherId: string,
  passphrase = VAULT_PASSPHRASE,
) {
  return createVault({ bureauId, userId: researcherId, passphrase, derive: testDerive });
}

/**
 * A zone with a bureau, one researcher in it and the vault created through the API; `vault` is that
 * researcher's open vault, as their browser holds it: seal request bodies and open answers with it.
 */
export async function zoneWithOpenVault(t: TestApp): Promise<{
  zone: { id: string };
  admin: Client;
  researcher: Client;
  researcherUser: Awaited<ReturnType<typeof createUser>>;
  bureauId: string;
  vault: OpenVault;
  material: VaultMaterial;
  recoveryKey: string;
}> {
  const { createZone } = await import('../../../test/helpers.ts');
  const zone = await createZone(t.ctx);
  const { client: admin } = await signIn(t, zone.id, 'admin');
  const { client: researcher, user } = await signIn(t, zone.id, 'researcher');
  const bureau = await admin.post('/api/bureau', { name: 'Bureau Luister' });
  if (bureau.statusCode !== 201) throw new Error(`bureau: ${bureau.body}`);
  const bureauId = bureau.json().id as string;
  await admin.post('/api/bureau/members', { userId: user.id });
  const { material, vault, recoveryKey } = await makeVaultMaterial(bureauId, user.id);
  const created = await researcher.post('/api/vault', material);
  if (created.statusCode !== 201) throw new Error(`vault: ${created.body}`);
  return { zone, admin, researcher, researcherUser: user, bureauId, vault, material, recoveryKey };
}

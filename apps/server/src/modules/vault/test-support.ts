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

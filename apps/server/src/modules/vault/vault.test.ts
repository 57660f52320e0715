import { schema } from '@brug/db';
import { VAULT_MAX_FAILURES } from '@brug/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createZone, login, type TestApp } from '../../../test/helpers.ts';
import { getKeyStore } from './access.ts';
import { signIn } from './test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

const PASS = 'lange kluiszin van de onderzoeker';

async function bureauWithResearcher() {
  const zone = await createZone(t.ctx);
  const { client: admin } = await signIn(t, zone.id, 'admin');
  const { client: researcher, user } = await signIn(t, zone.id, 'researcher');
  expect((await admin.post('/api/bureau', { name: 'Bureau Luister' })).statusCode).toBe(201);
  expect((await admin.post('/api/bureau/members', { userId: user.id })).statusCode).toBe(200);
  return { zone, admin, researcher, user };
}

describe('[VAULT] bureau registration', { timeout: 180_000 }, () => {
  it('lets the admin register one bureau and add researcher accounts only; other roles get 403', async () => {
    const { zone, admin } = await bureauWithResearcher();
    expect((await admin.post('/api/bureau', { name: 'Tweede' })).statusCode).toBe(409);
    const { user: colleague } = await signIn(t, zone.id, 'colleague');
    const notResearcher = await admin.post('/api/bureau/members', { userId: colleague.id });
    expect(notResearcher.statusCode).toBe(400);
    expect(notResearcher.json().fields).toEqual({ userId: expect.any(String) });
    const bad = await admin.post('/api/bureau', { name: '' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['name']);
    for (const role of ['coordinator', 'colleague', 'researcher', 'partner'] as const) {
      const { client } = await signIn(t, zone.id, role);
      expect((await client.post('/api/bureau', { name: 'X' })).statusCode, role).toBe(403);
      expect((await client.post('/api/bureau/members', { userId: colleague.id })).statusCode, role).toBe(403);
    }
    const other = await createZone(t.ctx);
    const { user: foreign } = await signIn(t, other.id, 'researcher');
    expect((await admin.post('/api/bureau/members', { userId: foreign.id })).statusCode).toBe(404);
  });
});

describe('[VAULT] create, unlock, lock', { timeout: 180_000 }, () => {
  it('creates the vault once with a recovery key; the database holds only wrapped keys', async () => {
    const { researcher, zone } = await bureauWithResearcher();
    const weak = await researcher.post('/api/vault', { passphrase: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(Object.keys(weak.json().fields)).toEqual(['passphrase']);
    const res = await researcher.post('/api/vault', { passphrase: PASS });
    expect(res.statusCode).toBe(201);
    expect(res.json().recoveryKey).toMatch(/^([A-Z2-9]{4}-){7}[A-Z2-9]{4}$/);
    expect(res.json().status).toMatchObject({ vaultCreated: true, holdsKey: true, unlocked: true });
    expect((await researcher.post('/api/vault', { passphrase: PASS })).statusCode).toBe(409);
    const [key] = await t.ctx.database.db
      .select()
      .from(schema.vaultKeys)
      .where(eq(schema.vaultKeys.zoneId, zone.id));
    expect(key.wrappedKey).toMatch(/^v1\./);
    expect(key.kdf).toMatchObject({ alg: 'argon2id', memoryKiB: 131072 });
    const bureauAudit = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'vault.create'));
    expect(bureauAudit.every((e) => e.scope === 'bureau')).toBe(true);
  });

  it('refuses a wrong passphrase without detail, throttles, and locks on lock and logout', async () => {
    const { researcher, user } = await bureauWithResearcher();
    await researcher.post('/api/vault', { passphrase: PASS });
    await researcher.post('/api/vault/lock');
    expect((await researcher.get('/api/vault')).json().unlocked).toBe(false);

    const wrong = await researcher.post('/api/vault/unlock', { passphrase: 'niet de juiste kluiszin' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toEqual({
      code: 'BAD_REQUEST',
      message: 'The vault did not open',
      fields: { passphrase: 'does not open the vault' },
    });
    const ok = await researcher.post('/api/vault/unlock', { passphrase: PASS });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().unlocked).toBe(true);

    const held = getKeyStore(t.ctx).size;
    await researcher.post('/api/auth/logout');
    expect(getKeyStore(t.ctx).size).toBe(held - 1);
    const again = await login(t.app, user.email);
    expect((await again.get('/api/vault')).json().unlocked).toBe(false);

    const statuses: number[] = [];
    for (let i = 0; i < VAULT_MAX_FAILURES + 1; i++) {
      statuses.push(
        (await again.post('/api/vault/unlock', { passphrase: `fout ${i} kluiszin!!` })).statusCode,
      );
    }
    expect(statuses.slice(0, VAULT_MAX_FAILURES)).toEqual(Array(VAULT_MAX_FAILURES).fill(400));
    expect(statuses.at(-1)).toBe(429);
    expect((await again.post('/api/vault/unlock', { passphrase: PASS })).statusCode).toBe(429);
  });

  it('hands the key to a second researcher by a one-time code; the recovery key sets a new passphrase', async () => {
    const { admin, researcher, zone } = await bureauWithResearcher();
    const created = await researcher.post('/api/vault', { passphrase: PASS });
    const recoveryKey = created.json().recoveryKey as string;
    const { client: second, user: secondUser } = await signIn(t, zone.id, 'researcher');
    expect((await researcher.post('/api/vault/enrolments', { userId: secondUser.id })).statusCode).toBe(400);
    await admin.post('/api/bureau/members', { userId: secondUser.id });
    expect((await second.post('/api/vault/unlock', { passphrase: PASS })).statusCode).toBe(409);
    const enrolment = await researcher.post('/api/vault/enrolments', { userId: secondUser.id });
    expect(enrolment.statusCode).toBe(201);
    const code = enrolment.json().code as string;
    expect(
      (
        await second.post('/api/vault/enrol', {
          code: 'AAAA-BBBB-CCCC-DDDD',
          passphrase: 'tweede kluiszin hier',
        })
      ).statusCode,
    ).toBe(400);
    const enrolled = await second.post('/api/vault/enrol', { code, passphrase: 'tweede kluiszin hier' });
    expect(enrolled.statusCode).toBe(200);
    expect(enrolled.json()).toMatchObject({ holdsKey: true, unlocked: true });
    expect(
      (await second.post('/api/vault/enrol', { code, passphrase: 'tweede kluiszin hier' })).statusCode,
    ).toBe(410);
    const bureau = await admin.get('/api/bureau');
    expect(bureau.json().members.every((m: { holdsKey: boolean }) => m.holdsKey)).toBe(true);

    expect(
      (
        await second.post('/api/vault/recover', {
          recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE',
          newPassphrase: 'derde kluiszin hier',
        })
      ).statusCode,
    ).toBe(400);
    const recovered = await second.post('/api/vault/recover', {
      recoveryKey: recoveryKey.toLowerCase(),
      newPassphrase: 'derde kluiszin hier',
    });
    expect(recovered.statusCode).toBe(200);
    await second.post('/api/vault/lock');
    expect((await second.post('/api/vault/unlock', { passphrase: 'tweede kluiszin hier' })).statusCode).toBe(
      400,
    );
    expect((await second.post('/api/vault/unlock', { passphrase: 'derde kluiszin hier' })).statusCode).toBe(
      200,
    );
  });

  it('gives every other role 403 on the vault endpoints', async () => {
    const { zone } = await bureauWithResearcher();
    for (const role of ['admin', 'coordinator', 'colleague', 'partner'] as const) {
      const { client } = await signIn(t, zone.id, role);
      expect((await client.get('/api/vault')).statusCode, role).toBe(403);
      expect((await client.post('/api/vault', { passphrase: PASS })).statusCode, role).toBe(403);
      expect((await client.post('/api/vault/unlock', { passphrase: PASS })).statusCode, role).toBe(403);
      expect((await client.post('/api/vault/enrolments', { userId: zone.id })).statusCode, role).toBe(403);
      expect(
        (await client.post('/api/vault/enrol', { code: 'AAAA-BBBB-CCCC', passphrase: PASS })).statusCode,
        role,
      ).toBe(403);
    }
  });
});

import { schema } from '@brug/db';
import {
  acceptEnrolment,
  createEnrolment,
  newKdfParams,
  recoverVault,
  renewVault,
  SealError,
  unlockVault,
  type VaultMaterial,
} from '@brug/vault-crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createZone, type TestApp } from '../../../test/helpers.ts';
import { makeVaultMaterial, signIn, testDerive } from './test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

async function bureauWithResearcher() {
  const zone = await createZone(t.ctx);
  const { client: admin } = await signIn(t, zone.id, 'admin');
  const { client: researcher, user } = await signIn(t, zone.id, 'researcher');
  expect((await admin.post('/api/bureau', { name: 'Bureau Luister' })).statusCode).toBe(201);
  expect((await admin.post('/api/bureau/members', { userId: user.id })).statusCode).toBe(200);
  return { zone, admin, researcher, user, bureauId: (await admin.get('/api/bureau')).json().id as string };
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

const researcherKeyOf = ({
  kdf,
  wrappedKey,
  generation,
  researcherPublicKey,
  wrappedPrivateKey,
}: VaultMaterial) => ({
  kdf,
  wrappedKey,
  generation,
  researcherPublicKey,
  wrappedPrivateKey,
});

describe('[VAULT] create and open in the browser; the server holds wrapped keys only', {
  timeout: 180_000,
}, () => {
  it('stores what the browser wrapped; a passphrase or a weak derivation is refused and nothing is stored', async () => {
    const { researcher, zone, user, bureauId } = await bureauWithResearcher();
    const withPassphrase = await researcher.post('/api/vault', {
      passphrase: 'lange kluiszin van de onderzoeker',
    });
    expect(withPassphrase.statusCode).toBe(400);
    expect(Object.keys(withPassphrase.json().fields)).toEqual(
      expect.arrayContaining(['kdf', 'wrappedKey', 'recoveryWrappedKey', 'publicKey', 'sealedPrivateKey']),
    );
    const { material } = await makeVaultMaterial(bureauId, user.id);
    const weak = await researcher.post('/api/vault', {
      ...material,
      kdf: { ...material.kdf, memoryKiB: 1024, iterations: 1 },
    });
    expect(weak.statusCode).toBe(400);
    expect(Object.keys(weak.json().fields).sort()).toEqual(['kdf.iterations', 'kdf.memoryKiB']);
    const plain = await researcher.post('/api/vault', {
      ...material,
      sealedPrivateKey: 'geheime sleutel in klare tekst',
    });
    expect(plain.statusCode).toBe(400);
    expect(Object.keys(plain.json().fields)).toEqual(['sealedPrivateKey']);
    expect(
      await t.ctx.database.db.select().from(schema.vaults).where(eq(schema.vaults.zoneId, zone.id)),
    ).toEqual([]);

    const res = await researcher.post('/api/vault', material);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ vaultCreated: true, holdsKey: true });
    expect((await researcher.post('/api/vault', material)).statusCode).toBe(409);
    const [key] = await t.ctx.database.db
      .select()
      .from(schema.vaultKeys)
      .where(eq(schema.vaultKeys.zoneId, zone.id));
    expect(key).toMatchObject({ wrappedKey: material.wrappedKey, kdf: material.kdf });
    const audit = await t.ctx.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'vault.create'));
    expect(audit.every((e) => e.scope === 'bureau')).toBe(true);
  });

  it('hands the researcher their own wrapped key; only the right passphrase opens it, in the browser', async () => {
    const { researcher, user, bureauId, admin, zone } = await bureauWithResearcher();
    const { material, vault } = await makeVaultMaterial(bureauId, user.id);
    await researcher.post('/api/vault', material);
    const sealed = await vault.seal('Wat B-03 vertelde', 'memo:m1:text');
    const key = (await researcher.get('/api/vault/key')).json();
    const { recoveryWrappedKey: _, sealedPrivateKey, ...own } = material;
    expect(key).toEqual({
      bureauId,
      userId: user.id,
      ...own,
      grants: [],
      generations: [],
      sealedPrivateKeys: [sealedPrivateKey],
      colleagues: [],
    });
    const opened = await unlockVault(key, 'lange kluiszin van de onderzoeker', { derive: testDerive });
    expect(opened.update).toBeNull();
    expect(await opened.vault.open(sealed, 'memo:m1:text')).toBe('Wat B-03 vertelde');
    await expect(unlockVault(key, 'niet de juiste kluiszin', { derive: testDerive })).rejects.toThrow(
      SealError,
    );
    // Someone else's wrapped key put in place of one's own does not open.
    const { client: other, user: otherUser } = await signIn(t, zone.id, 'researcher');
    await admin.post('/api/bureau/members', { userId: otherUser.id });
    expect((await other.get('/api/vault/key')).statusCode).toBe(409);
    await expect(
      unlockVault({ ...key, userId: otherUser.id }, 'lange kluiszin van de onderzoeker', {
        derive: testDerive,
      }),
    ).rejects.toThrow(SealError);
  });

  it('hands the key to a second researcher by a one-time code; the recovery key sets a new passphrase', async () => {
    const { admin, researcher, zone, user, bureauId } = await bureauWithResearcher();
    const { material, recoveryKey } = await makeVaultMaterial(bureauId, user.id);
    await researcher.post('/api/vault', material);
    const { vault: giver } = await unlockVault(
      { bureauId, userId: user.id, ...material, sealedPrivateKeys: [] },
      'lange kluiszin van de onderzoeker',
      { derive: testDerive, extractable: true },
    );
    const sealed = await giver.seal('tekst', 'draft:d1');
    const { client: second, user: secondUser } = await signIn(t, zone.id, 'researcher');
    const notYet = await createEnrolment(giver, secondUser.id);
    const refused = await researcher.post('/api/vault/enrolments', {
      userId: secondUser.id,
      salt: notYet.salt,
      wrappedKey: notYet.wrappedKey,
      generation: 0,
    });
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().fields)).toEqual(['userId']);
    await admin.post('/api/bureau/members', { userId: secondUser.id });
    const { code, ...handed } = await createEnrolment(giver, secondUser.id);
    const enrolment = await researcher.post('/api/vault/enrolments', { userId: secondUser.id, ...handed });
    expect(enrolment.statusCode).toBe(201);
    expect(enrolment.json()).not.toHaveProperty('code');
    expect((await second.get('/api/vault')).json()).toMatchObject({
      enrolmentPending: true,
      holdsKey: false,
    });

    const offered = (await second.get('/api/vault/enrolment')).json();
    await expect(
      acceptEnrolment({
        ...offered,
        userId: secondUser.id,
        code: 'AAAA-BBBB-CCCC-DDDD',
        passphrase: 'tweede kluiszin hier',
        derive: testDerive,
      }),
    ).rejects.toThrow(SealError);
    const accepted = await acceptEnrolment({
      ...offered,
      userId: secondUser.id,
      code,
      passphrase: 'tweede kluiszin hier',
      derive: testDerive,
      kdf: newKdfParams(),
    });
    expect(await accepted.vault.open(sealed, 'draft:d1')).toBe('tekst');
    const enrolled = await second.post('/api/vault/enrol', accepted.key);
    expect(enrolled.statusCode).toBe(200);
    expect(enrolled.json()).toMatchObject({ holdsKey: true, enrolmentPending: false });
    expect((await second.post('/api/vault/enrol', accepted.key)).statusCode).toBe(410);
    expect(
      (await admin.get('/api/bureau')).json().members.every((m: { holdsKey: boolean }) => m.holdsKey),
    ).toBe(true);

    const recovery = (await second.get('/api/vault/recovery')).json();
    expect(recovery).toMatchObject({ generation: 0, generations: [] });
    const recovered = await recoverVault({
      ...recovery,
      userId: secondUser.id,
      recoveryKey: recoveryKey.toLowerCase(),
      newPassphrase: 'derde kluiszin hier',
      derive: testDerive,
    });
    expect((await second.put('/api/vault/key', recovered.key)).statusCode).toBe(200);
    const key = (await second.get('/api/vault/key')).json();
    await expect(unlockVault(key, 'tweede kluiszin hier', { derive: testDerive })).rejects.toThrow(SealError);
    expect(
      await (await unlockVault(key, 'derde kluiszin hier', { derive: testDerive })).vault.open(
        sealed,
        'draft:d1',
      ),
    ).toBe('tekst');
  });

  it('renews the data key when a researcher who held it leaves; the others take the new key over', async () => {
    const { admin, researcher, zone, user, bureauId } = await bureauWithResearcher();
    const { material } = await makeVaultMaterial(bureauId, user.id);
    await researcher.post('/api/vault', material);
    const open = (client: typeof researcher, passphrase: string, extractable = false) =>
      client
        .get('/api/vault/key')
        .then((r) => unlockVault(r.json(), passphrase, { derive: testDerive, extractable }));
    const { vault: giver } = await open(researcher, 'lange kluiszin van de onderzoeker', true);
    const oldNote = await giver.seal('voor de wissel', 'memo:m1:text');
    const colleagues: { client: typeof researcher; id: string }[] = [];
    for (const name of ['blijft', 'vertrekt']) {
      const { client, user: u } = await signIn(t, zone.id, 'researcher');
      await admin.post('/api/bureau/members', { userId: u.id });
      const { code, ...handed } = await createEnrolment(giver, u.id);
      await researcher.post('/api/vault/enrolments', { userId: u.id, ...handed });
      const offered = (await client.get('/api/vault/enrolment')).json();
      const { key } = await acceptEnrolment({
        ...offered,
        userId: u.id,
        code,
        passphrase: `kluiszin ${name}!`,
        derive: testDerive,
        kdf: newKdfParams(),
      });
      expect((await client.post('/api/vault/enrol', key)).statusCode).toBe(200);
      colleagues.push({ client, id: u.id });
    }
    const [stays, leaves] = colleagues;
    expect((await researcher.get('/api/vault')).json().renewalDue).toBe(false);
    expect((await admin.delete(`/api/bureau/members/${leaves.id}`)).statusCode).toBe(200);
    expect((await researcher.get('/api/vault')).json().renewalDue).toBe(true);

    const ring = (await researcher.get('/api/vault/key')).json();
    expect(ring.colleagues).toEqual([{ userId: stays.id, researcherPublicKey: expect.any(String) }]);
    const { vault: current } = await open(researcher, 'lange kluiszin van de onderzoeker', true);
    const renewal = await renewVault({
      vault: current,
      userId: user.id,
      passphrase: 'lange kluiszin van de onderzoeker',
      colleagues: ring.colleagues.map((c: { userId: string; researcherPublicKey: string }) => ({
        userId: c.userId,
        publicKey: c.researcherPublicKey,
      })),
      derive: testDerive,
      kdf: newKdfParams(),
    });
    // A grant missing for a colleague, or a generation skipped, is refused and nothing changes.
    const noGrant = await researcher.post('/api/vault/renew', { ...renewal.material, grants: [] });
    expect(noGrant.statusCode).toBe(400);
    expect(Object.keys(noGrant.json().fields)).toEqual(['grants']);
    const skipped = await researcher.post('/api/vault/renew', { ...renewal.material, generation: 2 });
    expect(skipped.statusCode).toBe(409);
    expect((await researcher.get('/api/vault')).json().renewalDue).toBe(true);

    const renewed = await researcher.post('/api/vault/renew', renewal.material);
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json()).toEqual({ generation: 1, mustEnrolAgain: [] });
    expect((await researcher.get('/api/vault')).json().renewalDue).toBe(false);
    expect((await researcher.post('/api/vault/renew', renewal.material)).statusCode).toBe(409);
    const newNote = await renewal.vault.seal('na de wissel', 'memo:m2:text');

    // The colleague who stays opens with their own passphrase, takes the new key over, reads both.
    const first = await open(stays.client, 'kluiszin blijft!');
    expect(first.update).toMatchObject({ generation: 1 });
    expect(await first.vault.open(newNote, 'memo:m2:text')).toBe('na de wissel');
    expect(await first.vault.open(oldNote, 'memo:m1:text')).toBe('voor de wissel');
    expect((await stays.client.put('/api/vault/key', first.update!)).statusCode).toBe(200);
    const again = await open(stays.client, 'kluiszin blijft!');
    expect(again.update).toBeNull();
    expect((await stays.client.get('/api/vault/key')).json().grants).toEqual([]);
    // The one who left has no key any more, and would not open the new data with the old one.
    expect((await leaves.client.get('/api/vault/key')).statusCode).toBe(403);
    await expect(giver.open(newNote, 'memo:m2:text')).rejects.toThrow(SealError);
  });

  it('gives every other role 403 on the vault endpoints', async () => {
    const { zone, user, bureauId } = await bureauWithResearcher();
    const { material } = await makeVaultMaterial(bureauId, user.id);
    for (const role of ['admin', 'coordinator', 'colleague', 'partner'] as const) {
      const { client } = await signIn(t, zone.id, role);
      expect((await client.get('/api/vault')).statusCode, role).toBe(403);
      expect((await client.post('/api/vault', material)).statusCode, role).toBe(403);
      expect((await client.get('/api/vault/key')).statusCode, role).toBe(403);
      expect((await client.get('/api/vault/recovery')).statusCode, role).toBe(403);
      expect((await client.put('/api/vault/key', researcherKeyOf(material))).statusCode, role).toBe(403);
      expect((await client.get('/api/vault/enrolment')).statusCode, role).toBe(403);
      expect((await client.post('/api/vault/enrol', researcherKeyOf(material))).statusCode, role).toBe(403);
    }
  });

  it('has no API operation that takes a passphrase or a recovery key', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const names = new Set<string>();
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, unknown> }).properties;
      if (props) for (const k of Object.keys(props)) names.add(k);
      for (const v of Object.values(node)) walk(v);
    };
    for (const path of Object.values(doc.paths ?? {}))
      for (const op of Object.values(path as Record<string, { requestBody?: unknown }>)) walk(op.requestBody);
    for (const secret of ['passphrase', 'newPassphrase', 'recoveryKey', 'dataKey'])
      expect(names.has(secret), secret).toBe(false);
  });
});

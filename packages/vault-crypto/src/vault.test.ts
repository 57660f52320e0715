import { describe, expect, it } from 'vitest';
import old from './fixtures/server-vault-v1.json' with { type: 'json' };
import {
  acceptEnrolment,
  createEnrolment,
  createVault,
  newKdfParams,
  openWithKey,
  recoverVault,
  SealError,
  sealForBureau,
  sealWithKey,
  unlockVault,
} from './index.ts';

// Small argon2id parameters keep the tests quick; the defaults are measured in bench/.
const kdf = () => newKdfParams({ memoryKiB: 1024, iterations: 2 });
const bureauId = 'b1';
const userId = 'u1';

describe('vault crypto, the same in the browser and in Node', () => {
  it('creates a vault whose material holds no plaintext, and unlocks it with the passphrase only', async () => {
    const { material, recoveryKey, vault } = await createVault({
      bureauId,
      userId,
      passphrase: 'lange wachtwoordzin',
      kdf: kdf(),
    });
    expect(recoveryKey).toMatch(/^([A-Z2-9]{4}-){7}[A-Z2-9]{4}$/);
    expect(JSON.stringify(material)).not.toContain('lange wachtwoordzin');
    expect(vault.extractable).toBe(false);
    const sealed = await vault.seal('Wat B-03 zei', 'memo:m1:text');
    expect(sealed).toMatch(/^v1\./);
    const again = await unlockVault({ bureauId, userId, ...material }, 'lange wachtwoordzin');
    expect(await again.open(sealed, 'memo:m1:text')).toBe('Wat B-03 zei');
    await expect(unlockVault({ bureauId, userId, ...material }, 'verkeerde wachtwoordzin')).rejects.toThrow(
      SealError,
    );
  });

  it('refuses a tampered ciphertext, another context and a key wrapped for someone else', async () => {
    const { material, vault } = await createVault({
      bureauId,
      userId,
      passphrase: 'lange wachtwoordzin',
      kdf: kdf(),
    });
    const sealed = await vault.seal('geheim', 'memo:m1:text');
    const [v, iv, tag, ct] = sealed.split('.');
    const flipped = `${v}.${iv}.${tag}.${ct.startsWith('A') ? 'B' : 'A'}${ct.slice(1)}`;
    await expect(vault.open(flipped, 'memo:m1:text')).rejects.toThrow(SealError);
    await expect(vault.open(sealed, 'memo:m2:text')).rejects.toThrow(SealError);
    // The wrapped key of one researcher does not open as another's (swapped row).
    await expect(unlockVault({ bureauId, userId: 'u2', ...material }, 'lange wachtwoordzin')).rejects.toThrow(
      SealError,
    );
  });

  it('enrols a colleague with a one-time code and recovers with the recovery key', async () => {
    const { material, recoveryKey } = await createVault({
      bureauId,
      userId,
      passphrase: 'lange wachtwoordzin',
      kdf: kdf(),
    });
    const giver = await unlockVault({ bureauId, userId, ...material }, 'lange wachtwoordzin', {
      extractable: true,
    });
    const sealed = await giver.seal('tekst', 'draft:d1');
    const enrolment = await createEnrolment(giver, 'u2');
    await expect(
      acceptEnrolment({
        bureauId,
        userId: 'u3',
        ...enrolment,
        passphrase: 'nog een wachtwoordzin',
        kdf: kdf(),
      }),
    ).rejects.toThrow(SealError);
    const colleague = await acceptEnrolment({
      bureauId,
      userId: 'u2',
      ...enrolment,
      passphrase: 'nog een wachtwoordzin',
      kdf: kdf(),
    });
    expect(colleague.vault.extractable).toBe(false);
    expect(await colleague.vault.open(sealed, 'draft:d1')).toBe('tekst');
    const reopened = await unlockVault({ bureauId, userId: 'u2', ...colleague.key }, 'nog een wachtwoordzin');
    expect(await reopened.open(sealed, 'draft:d1')).toBe('tekst');

    const recovered = await recoverVault({
      bureauId,
      userId,
      recoveryWrappedKey: material.recoveryWrappedKey,
      recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' '),
      newPassphrase: 'nieuwe wachtwoordzin',
      kdf: kdf(),
    });
    expect(await recovered.vault.open(sealed, 'draft:d1')).toBe('tekst');
    await expect(
      recoverVault({
        bureauId,
        userId,
        recoveryWrappedKey: material.recoveryWrappedKey,
        recoveryKey: 'AAAA-BBBB',
        newPassphrase: 'x'.repeat(12),
      }),
    ).rejects.toThrow(SealError);
  });

  it('seals to the bureau without the vault (a contact) and opens with it; sub-keys shred', async () => {
    const { material, vault } = await createVault({
      bureauId,
      userId,
      passphrase: 'lange wachtwoordzin',
      kdf: kdf(),
    });
    const boxed = await sealForBureau(bureauId, material.publicKey, 'ik stem toe', 'invitation:i1:consent');
    expect(boxed).toMatch(/^box\./);
    expect(await vault.openBox(boxed, 'invitation:i1:consent', material.sealedPrivateKey)).toBe(
      'ik stem toe',
    );
    await expect(vault.openBox(boxed, 'invitation:i2:consent', material.sealedPrivateKey)).rejects.toThrow(
      SealError,
    );
    const { key, wrapped } = await vault.newSubKey('interview:x');
    const notes = await sealWithKey(key, 'notities', 'interview:x:notes');
    const unwrapped = await vault.unwrapSubKey(wrapped, 'interview:x');
    expect(await openWithKey(unwrapped, notes, 'interview:x:notes')).toBe('notities');
  });

  it('opens a vault made by the server-side vault of the previous release, every field', async () => {
    const vault = await unlockVault(
      { bureauId: old.bureauId, userId: old.userId, ...old.key } as never,
      old.passphrase,
    );
    expect(await vault.open(old.sealed.memo.value, old.sealed.memo.context)).toBe(old.sealed.memo.plaintext);
    const sub = await vault.unwrapSubKey(
      old.sealed.interview.wrappedSubKey,
      `interview:${old.sealed.interview.id}`,
    );
    expect(await openWithKey(sub, old.sealed.interview.value, old.sealed.interview.context)).toBe(
      old.sealed.interview.plaintext,
    );
    expect(
      await vault.openBox(old.sealed.box.value, old.sealed.box.context, old.vault.sealedPrivateKey),
    ).toBe(old.sealed.box.plaintext);
    const recovered = await recoverVault({
      bureauId: old.bureauId,
      userId: old.userId,
      recoveryWrappedKey: old.vault.recoveryWrappedKey,
      recoveryKey: old.recoveryKey,
      newPassphrase: 'nieuwe wachtwoordzin',
      kdf: kdf(),
    });
    expect(await recovered.vault.open(old.sealed.memo.value, old.sealed.memo.context)).toBe(
      old.sealed.memo.plaintext,
    );
    const colleague = await acceptEnrolment({
      bureauId: old.bureauId,
      userId: old.colleagueId,
      ...old.enrolment,
      code: old.code,
      passphrase: 'wachtwoordzin collega',
      kdf: kdf(),
    });
    expect(await colleague.vault.open(old.sealed.memo.value, old.sealed.memo.context)).toBe(
      old.sealed.memo.plaintext,
    );
    // And what the new code seals for the bureau, the old private key opens the same way.
    const boxed = await sealForBureau(old.bureauId, old.vault.publicKey, 'nieuw', 'x');
    expect(await vault.openBox(boxed, 'x', old.vault.sealedPrivateKey)).toBe('nieuw');
  });
});

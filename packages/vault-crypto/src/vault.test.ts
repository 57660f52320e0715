import { describe, expect, it } from 'vitest';
import old from './fixtures/server-vault-v1.json' with { type: 'json' };
import {
  acceptEnrolment,
  createEnrolment,
  createVault,
  newKdfParams,
  openWithKey,
  recoverVault,
  renewVault,
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
    const { vault: again, update } = await unlockVault(
      { bureauId, userId, ...material, sealedPrivateKeys: [] },
      'lange wachtwoordzin',
    );
    expect(update).toBeNull();
    expect(await again.open(sealed, 'memo:m1:text')).toBe('Wat B-03 zei');
    await expect(
      unlockVault({ bureauId, userId, ...material, sealedPrivateKeys: [] }, 'verkeerde wachtwoordzin'),
    ).rejects.toThrow(SealError);
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
    // A changed last character whose changed bits base64 does not use (16-byte tag: 22 characters, the
    // last of which carries 2 bits) is still a changed value: it does not open either.
    const last = tag.at(-1) as string;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const spare = `${v}.${iv}.${tag.slice(0, -1)}${alphabet[alphabet.indexOf(last) | 1]}.${ct}`;
    expect(spare).not.toBe(sealed);
    await expect(vault.open(spare, 'memo:m1:text')).rejects.toThrow(SealError);
    // The wrapped key of one researcher does not open as another's (swapped row).
    await expect(
      unlockVault({ bureauId, userId: 'u2', ...material, sealedPrivateKeys: [] }, 'lange wachtwoordzin'),
    ).rejects.toThrow(SealError);
  });

  it('enrols a colleague with a one-time code and recovers with the recovery key', async () => {
    const { material, recoveryKey } = await createVault({
      bureauId,
      userId,
      passphrase: 'lange wachtwoordzin',
      kdf: kdf(),
    });
    const { vault: giver } = await unlockVault(
      { bureauId, userId, ...material, sealedPrivateKeys: [] },
      'lange wachtwoordzin',
      { extractable: true },
    );
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
    const { vault: reopened } = await unlockVault(
      { bureauId, userId: 'u2', ...colleague.key, sealedPrivateKeys: [] },
      'nog een wachtwoordzin',
    );
    expect(await reopened.open(sealed, 'draft:d1')).toBe('tekst');

    const recovered = await recoverVault({
      bureauId,
      userId,
      recoveryWrappedKey: material.recoveryWrappedKey,
      generation: 0,
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
        generation: 0,
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
    const { vault, update } = await unlockVault(
      {
        bureauId: old.bureauId,
        userId: old.userId,
        ...old.key,
        generation: 0,
        sealedPrivateKeys: [],
      } as never,
      old.passphrase,
    );
    // A key of the first release gets a key pair on its first opening; the data key stays as it is.
    expect(update).toMatchObject({ generation: 0, kdf: old.key.kdf });
    expect(update?.researcherPublicKey).toBeTruthy();
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
      generation: 0,
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

describe('renewing the data key when a researcher leaves', () => {
  it('seals new data with a new key the one who left never held; everyone stays able to open old and new', async () => {
    const created = await createVault({ bureauId, userId, passphrase: 'lange wachtwoordzin', kdf: kdf() });
    const { vault: giver } = await unlockVault(
      { bureauId, userId, ...created.material, sealedPrivateKeys: [] },
      'lange wachtwoordzin',
      { extractable: true },
    );
    // Two colleagues: u2 stays, u3 leaves.
    const stays = await acceptEnrolment({
      bureauId,
      userId: 'u2',
      ...(await createEnrolment(giver, 'u2')),
      passphrase: 'kluiszin van u2',
      kdf: kdf(),
    });
    const leaves = await acceptEnrolment({
      bureauId,
      userId: 'u3',
      ...(await createEnrolment(giver, 'u3')),
      passphrase: 'kluiszin van u3',
      kdf: kdf(),
    });
    const oldNote = await giver.seal('oud', 'memo:m1:text');
    const oldBox = await sealForBureau(bureauId, created.material.publicKey, 'oude toestemming', 'c1');

    const renewal = await renewVault({
      vault: giver,
      userId,
      passphrase: 'lange wachtwoordzin',
      colleagues: [{ userId: 'u2', publicKey: stays.key.researcherPublicKey }],
      kdf: kdf(),
    });
    const m = renewal.material;
    expect(m.generation).toBe(1);
    expect(renewal.recoveryKey).not.toBe(created.recoveryKey);
    const newNote = await renewal.vault.seal('nieuw', 'memo:m2:text');
    expect(newNote).toMatch(/^k1\.v1\./);
    expect(await renewal.vault.open(oldNote, 'memo:m1:text')).toBe('oud');
    const newBox = await sealForBureau(bureauId, m.publicKey, 'nieuwe toestemming', 'c2');
    const privateKeys = [m.sealedPrivateKey, created.material.sealedPrivateKey];
    expect(await renewal.vault.openBox(oldBox, 'c1', privateKeys)).toBe('oude toestemming');
    expect(await renewal.vault.openBox(newBox, 'c2', privateKeys)).toBe('nieuwe toestemming');

    // The colleague who stays opens with their old passphrase and the grant, and gets a key to store.
    const ring = {
      bureauId,
      userId: 'u2',
      ...stays.key,
      grants: [{ generation: 1, sealedKey: m.grants[0].sealedKey }],
      generations: [{ generation: 1, wrappedPrevious: m.wrappedPrevious }],
      sealedPrivateKeys: privateKeys,
    };
    const opened = await unlockVault(ring, 'kluiszin van u2');
    expect(opened.update).toMatchObject({ generation: 1 });
    expect(await opened.vault.open(newNote, 'memo:m2:text')).toBe('nieuw');
    expect(await opened.vault.open(oldNote, 'memo:m1:text')).toBe('oud');
    const later = await unlockVault({ ...ring, ...opened.update!, grants: [] }, 'kluiszin van u2');
    expect(later.update).toBeNull();
    expect(await later.vault.open(newNote, 'memo:m2:text')).toBe('nieuw');

    // The one who left still holds generation 0: old data yes, new data no.
    expect(await leaves.vault.open(oldNote, 'memo:m1:text')).toBe('oud');
    await expect(leaves.vault.open(newNote, 'memo:m2:text')).rejects.toThrow(SealError);
    // A grant made for u2 does not open as anyone else's.
    await expect(
      unlockVault({ ...ring, userId: 'u3', ...leaves.key, grants: ring.grants }, 'kluiszin van u3'),
    ).rejects.toThrow(SealError);

    // The new recovery key gives every generation; the old one no longer fits.
    const recovered = await recoverVault({
      bureauId,
      userId,
      recoveryWrappedKey: m.recoveryWrappedKey,
      generation: 1,
      generations: ring.generations,
      recoveryKey: renewal.recoveryKey,
      newPassphrase: 'nieuwe wachtwoordzin',
      kdf: kdf(),
    });
    expect(await recovered.vault.open(oldNote, 'memo:m1:text')).toBe('oud');
    expect(await recovered.vault.open(newNote, 'memo:m2:text')).toBe('nieuw');
    await expect(
      recoverVault({
        bureauId,
        userId,
        recoveryWrappedKey: m.recoveryWrappedKey,
        generation: 1,
        recoveryKey: created.recoveryKey,
        newPassphrase: 'x'.repeat(12),
        kdf: kdf(),
      }),
    ).rejects.toThrow(SealError);
  });
});

import { describe, expect, it } from 'vitest';
import {
  deriveKeyFromPassphrase,
  deriveKeyFromSecret,
  generateBureauKeyPair,
  generateKey,
  generateRecoveryKey,
  newKdfParams,
  normaliseRecoveryKey,
  open,
  openText,
  openWithPrivateKey,
  SealError,
  seal,
  sealForPublicKey,
  unwrapKey,
  wrapKey,
} from './crypto.ts';
import { VaultKeyStore } from './key-store.ts';

const FAST = { memoryKiB: 8192, iterations: 1 };

describe('[VAULT] crypto', () => {
  it('seals with AES-256-GCM: the ciphertext holds no plaintext and opens only with the same key and context', () => {
    const key = generateKey();
    const text = 'De wijkagent luisterde niet naar onze jongeren.';
    const sealed = seal(key, text, 'interview:1:notes');
    expect(sealed).not.toContain('wijkagent');
    expect(Buffer.from(sealed.split('.')[3], 'base64url').toString()).not.toContain('wijkagent');
    expect(openText(key, sealed, 'interview:1:notes')).toBe(text);
    expect(() => open(generateKey(), sealed, 'interview:1:notes')).toThrow(SealError);
    expect(() => open(key, sealed, 'interview:2:notes')).toThrow(SealError);
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3], 'base64url');
    flipped[0] ^= 1;
    parts[3] = flipped.toString('base64url');
    expect(() => open(key, parts.join('.'), 'interview:1:notes')).toThrow(SealError);
    expect(seal(key, text, 'x')).not.toBe(seal(key, text, 'x'));
  });

  it('wraps the data key under a passphrase-derived key (argon2id); a wrong passphrase does not unwrap', async () => {
    const dataKey = generateKey();
    const params = newKdfParams(FAST);
    const kek = await deriveKeyFromPassphrase('een lange kluiszin voor B', params);
    const wrapped = wrapKey(kek, dataKey, 'bureau:1:user:1');
    expect(
      unwrapKey(
        await deriveKeyFromPassphrase('een lange kluiszin voor B', params),
        wrapped,
        'bureau:1:user:1',
      ),
    ).toEqual(dataKey);
    const wrong = await deriveKeyFromPassphrase('een lange kluiszin voor C', params);
    expect(() => unwrapKey(wrong, wrapped, 'bureau:1:user:1')).toThrow(SealError);
    const otherSalt = await deriveKeyFromPassphrase('een lange kluiszin voor B', newKdfParams(FAST));
    expect(otherSalt).not.toEqual(kek);
  });

  it('makes recovery keys of 160 bits that survive sloppy typing', () => {
    const key = generateRecoveryKey();
    expect(key).toMatch(/^([A-Z2-9]{4}-){7}[A-Z2-9]{4}$/);
    expect(normaliseRecoveryKey(key.toLowerCase().replaceAll('-', ' '))).toBe(key);
    expect(deriveKeyFromSecret(key, 'recovery')).toEqual(deriveKeyFromSecret(key, 'recovery'));
    expect(deriveKeyFromSecret(key, 'recovery')).not.toEqual(deriveKeyFromSecret(key, 'enrolment'));
  });

  it('crypto-shredding: once the wrapped sub-key is gone, the data key alone does not open the notes', () => {
    const dataKey = generateKey();
    const subKey = generateKey();
    let wrappedSubKey: string | null = wrapKey(dataKey, subKey, 'interview:9');
    const notes = seal(subKey, 'wat B-07 zei', 'interview:9:notes');
    subKey.fill(0);
    expect(openText(unwrapKey(dataKey, wrappedSubKey, 'interview:9'), notes, 'interview:9:notes')).toBe(
      'wat B-07 zei',
    );
    wrappedSubKey = null;
    expect(() => open(dataKey, notes, 'interview:9:notes')).toThrow(SealError);
  });

  it('seals for the bureau with its public key; only the private key opens', () => {
    const pair = generateBureauKeyPair();
    const boxed = sealForPublicKey(pair.publicKey, '{"consent":true}', 'invitation:1');
    expect(boxed).not.toContain('consent');
    expect(openWithPrivateKey(pair.privateKey, boxed, 'invitation:1')).toBe('{"consent":true}');
    expect(() => openWithPrivateKey(generateBureauKeyPair().privateKey, boxed, 'invitation:1')).toThrow(
      SealError,
    );
    expect(() => openWithPrivateKey(pair.privateKey, boxed, 'invitation:2')).toThrow(SealError);
  });
});

describe('[VAULT] key store', () => {
  it('forgets a key after the idle timeout, on lock and when the session is gone, and wipes its bytes', async () => {
    let now = 0;
    const store = new VaultKeyStore(1000, () => now);
    const key = generateKey();
    store.put('s1', { bureauId: 'b', userId: 'u1', dataKey: key });
    store.put('s2', { bureauId: 'b', userId: 'u2', dataKey: key });
    store.put('s3', { bureauId: 'b', userId: 'u3', dataKey: key });
    expect(store.get('s1', 'u2')).toBeUndefined();
    store.put('s1', { bureauId: 'b', userId: 'u1', dataKey: key });
    now = 900;
    const held = store.get('s1', 'u1')!;
    expect(held.dataKey).toEqual(key);
    now = 1500;
    expect(store.get('s1', 'u1')).toBeDefined();
    expect(store.get('s2', 'u2')).toBeUndefined();
    store.drop('s1');
    expect(held.dataKey.every((b) => b === 0)).toBe(true);
    expect(store.get('s1', 'u1')).toBeUndefined();
    await store.sweep(async () => new Set());
    expect(store.size).toBe(0);
  });
});

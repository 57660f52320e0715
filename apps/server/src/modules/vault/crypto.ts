import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from 'node:crypto';
import { type Algorithm, hashRaw } from '@node-rs/argon2';

/** `Algorithm.Argon2id` (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2 as Algorithm;

/**
 * The vault's cryptography, free of I/O. Everything confidential is sealed with AES-256-GCM; keys are
 * 256-bit random values. A sealed value is the text `v1.<iv>.<tag>.<ciphertext>` (base64url parts), so
 * a database dump holds nothing but ciphertext. The associated data (`aad`) binds a ciphertext to its
 * row and purpose: a sealed note moved to another interview does not open.
 */

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const VERSION = 'v1';

export type Key = Buffer;

export function generateKey(): Key {
  return randomBytes(KEY_BYTES);
}

export function seal(key: Key, plaintext: Buffer | string, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
  const ct = Buffer.concat([cipher.update(data), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${VERSION}.${iv.toString('base64url')}.${tag.toString('base64url')}.${ct.toString('base64url')}`;
}

export class SealError extends Error {
  constructor() {
    super('The sealed value does not open with this key');
    this.name = 'SealError';
  }
}

/** Throws `SealError` for a wrong key, a changed ciphertext or other associated data; never says which. */
export function open(key: Key, sealed: string, aad: string): Buffer {
  const parts = sealed.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new SealError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(parts[1], 'base64url'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(parts[2], 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(parts[3], 'base64url')), decipher.final()]);
  } catch {
    throw new SealError();
  }
}

export function openText(key: Key, sealed: string, aad: string): string {
  return open(key, sealed, aad).toString('utf8');
}

export function wrapKey(kek: Key, key: Key, aad: string): string {
  return seal(kek, key, `key:${aad}`);
}

export function unwrapKey(kek: Key, wrapped: string, aad: string): Key {
  const key = open(kek, wrapped, `key:${aad}`);
  if (key.length !== KEY_BYTES) throw new SealError();
  return key;
}

/** argon2id parameters, stored beside each wrapped key so that they can be raised later. */
export type KdfParams = {
  alg: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: 1;
  salt: string;
};

/**
 * Tuned on the 2-core reference machine so that opening the vault takes roughly 250 ms–1 s: slow
 * enough to make guessing a passphrase from a stolen dump expensive, quick enough for a person.
 * 5 passes measured ≈ 200 ms on an idle core, under the floor; 8 passes ≈ 320 ms. The parameters are
 * stored with each wrapped key, so keys wrapped with fewer passes still open.
 */
export const KDF_DEFAULTS: { memoryKiB: number; iterations: number } = { memoryKiB: 131_072, iterations: 8 };

export function newKdfParams(overrides: Partial<typeof KDF_DEFAULTS> = {}): KdfParams {
  return {
    alg: 'argon2id',
    memoryKiB: overrides.memoryKiB ?? KDF_DEFAULTS.memoryKiB,
    iterations: overrides.iterations ?? KDF_DEFAULTS.iterations,
    parallelism: 1,
    salt: randomBytes(16).toString('base64url'),
  };
}

export async function deriveKeyFromPassphrase(passphrase: string, params: KdfParams): Promise<Key> {
  const raw = await hashRaw(passphrase.normalize('NFC'), {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: KEY_BYTES,
    salt: Buffer.from(params.salt, 'base64url'),
  });
  return Buffer.from(raw);
}

const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A recovery key: 32 random characters from a 32-letter alphabet (160 bits), in groups of four for
 * writing down. It carries enough entropy that a fast derivation (HKDF) suffices.
 */
export function generateRecoveryKey(): string {
  const bytes = randomBytes(32);
  let out = '';
  for (const b of bytes) out += RECOVERY_ALPHABET[b & 31];
  return out.match(/.{4}/g)!.join('-');
}

export function normaliseRecoveryKey(input: string): string {
  const clean = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return clean.match(/.{1,4}/g)?.join('-') ?? '';
}

/** For high-entropy secrets (recovery keys, enrolment codes): HKDF-SHA256 with a purpose label. */
export function deriveKeyFromSecret(secret: string, purpose: string, salt = ''): Key {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from(salt), purpose, KEY_BYTES));
}

/**
 * A key pair with which the server can seal data *for* the bureau while the vault is locked (consent
 * given on the public invitation page): anyone may seal with the public key; only the private key,
 * kept wrapped by the data key, opens. X25519 + HKDF + AES-256-GCM (an ECIES "sealed box").
 */
export function generateBureauKeyPair(): { publicKey: string; privateKey: Buffer } {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64url'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }),
  };
}

export function sealForPublicKey(publicKeyB64: string, plaintext: string, aad: string): string {
  const recipient = createPublicKey({
    key: Buffer.from(publicKeyB64, 'base64url'),
    format: 'der',
    type: 'spki',
  });
  const eph = generateKeyPairSync('x25519');
  const shared = diffieHellman({ privateKey: eph.privateKey, publicKey: recipient });
  const ephDer = eph.publicKey.export({ format: 'der', type: 'spki' }).toString('base64url');
  const key = Buffer.from(hkdfSync('sha256', shared, Buffer.from(ephDer), 'brug sealed box', KEY_BYTES));
  return `box.${ephDer}.${seal(key, plaintext, aad)}`;
}

export function openWithPrivateKey(privateKeyDer: Buffer, boxed: string, aad: string): string {
  const [tag, ephDer, ...rest] = boxed.split('.');
  if (tag !== 'box' || !ephDer) throw new SealError();
  try {
    const privateKey = createPrivateKey({ key: privateKeyDer, format: 'der', type: 'pkcs8' });
    const eph = createPublicKey({ key: Buffer.from(ephDer, 'base64url'), format: 'der', type: 'spki' });
    const shared = diffieHellman({ privateKey, publicKey: eph });
    const key = Buffer.from(hkdfSync('sha256', shared, Buffer.from(ephDer), 'brug sealed box', KEY_BYTES));
    return openText(key, rest.join('.'), aad);
  } catch {
    throw new SealError();
  }
}

/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { argon2id } from 'hash-wasm';
import { fromBase64Url, toBase64Url, utf8, utf8Decode } from './bytes.ts';

/**
 * Everything confidential is sealed with AES-256-GCM under 256-bit keys. A sealed value is the text
 * `v1.<iv>.<tag>.<ciphertext>` (base64url parts): a database dump holds nothing but ciphertext. The
 * associated data (`aad`) binds a ciphertext to its row and purpose: a sealed note moved to another
 * interview does not open.
 */

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 'v1';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

/** Thrown for a wrong key, a changed ciphertext or other associated data; never says which. */
export class SealError extends Error {
  constructor() {
    super('The sealed value does not open with this key');
    this.name = 'SealError';
  }
}

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  globalThis.crypto.getRandomValues(out);
  return out;
}

const AES = { name: 'AES-GCM', length: 256 } as const;
const KEY_USES: KeyUsage[] = ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];

export function generateKey(extractable = false): Promise<CryptoKey> {
  return subtle().generateKey(AES, extractable, KEY_USES) as Promise<CryptoKey>;
}

export function importKey(raw: Uint8Array<ArrayBuffer>, extractable = false): Promise<CryptoKey> {
  if (raw.length !== KEY_BYTES) throw new SealError();
  return subtle().importKey('raw', raw, AES, extractable, KEY_USES);
}

export async function exportKey(key: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().exportKey('raw', key));
}

export async function seal(key: CryptoKey, plaintext: Uint8Array | string, aad: string): Promise<string> {
  const iv = randomBytes(IV_BYTES);
  const data = typeof plaintext === 'string' ? utf8(plaintext) : plaintext;
  const out = new Uint8Array(
    await subtle().encrypt(
      { name: 'AES-GCM', iv, additionalData: utf8(aad), tagLength: 128 },
      key,
      data as Uint8Array<ArrayBuffer>,
    ),
  );
  const ct = out.subarray(0, out.length - TAG_BYTES);
  const tag = out.subarray(out.length - TAG_BYTES);
  return `${VERSION}.${toBase64Url(iv)}.${toBase64Url(tag)}.${toBase64Url(ct)}`;
}

export async function open(key: CryptoKey, sealed: string, aad: string): Promise<Uint8Array<ArrayBuffer>> {
  const parts = sealed.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new SealError();
  try {
    const iv = fromBase64Url(parts[1]);
    const tag = fromBase64Url(parts[2]);
    const ct = fromBase64Url(parts[3]);
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SealError();
    const joined = new Uint8Array(ct.length + TAG_BYTES);
    joined.set(ct, 0);
    joined.set(tag, ct.length);
    return new Uint8Array(
      await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: utf8(aad), tagLength: 128 }, key, joined),
    );
  } catch {
    throw new SealError();
  }
}

export async function openText(key: CryptoKey, sealed: string, aad: string): Promise<string> {
  return utf8Decode(await open(key, sealed, aad));
}

/** Wraps an extractable key (its 32 raw bytes, sealed under `kek`). */
export async function wrapKey(kek: CryptoKey, key: CryptoKey, aad: string): Promise<string> {
  const raw = await exportKey(key);
  try {
    return await seal(kek, raw, `key:${aad}`);
  } finally {
    raw.fill(0);
  }
}

export async function unwrapKey(
  kek: CryptoKey,
  wrapped: string,
  aad: string,
  extractable = false,
): Promise<CryptoKey> {
  const raw = await open(kek, wrapped, `key:${aad}`);
  try {
    if (raw.length !== KEY_BYTES) throw new SealError();
    return await importKey(raw, extractable);
  } finally {
    raw.fill(0);
  }
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
 * 128 MiB and 8 passes: roughly 0.3–1 s on the 2-core reference machine, natively and in Chromium's
 * WebAssembly (bench/RESULTS.md): slow enough to make guessing a passphrase from a stolen dump
 * expensive, quick enough for a person. Keys wrapped with other parameters still open.
 */
export const KDF_DEFAULTS: { memoryKiB: number; iterations: number } = { memoryKiB: 131_072, iterations: 8 };

export function newKdfParams(overrides: Partial<typeof KDF_DEFAULTS> = {}): KdfParams {
  return {
    alg: 'argon2id',
    memoryKiB: overrides.memoryKiB ?? KDF_DEFAULTS.memoryKiB,
    iterations: overrides.iterations ?? KDF_DEFAULTS.iterations,
    parallelism: 1,
    salt: toBase64Url(randomBytes(16)),
  };
}

/** The raw argon2id output; callers turn it into a key and wipe it (a Web Worker returns these bytes). */
export async function deriveBytesFromPassphrase(
  passphrase: string,
  params: KdfParams,
): Promise<Uint8Array<ArrayBuffer>> {
  if (params.alg !== 'argon2id' || params.parallelism !== 1) throw new SealError();
  const out = await argon2id({
    password: passphrase.normalize('NFC'),
    salt: fromBase64Url(params.salt),
    parallelism: params.parallelism,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    hashLength: KEY_BYTES,
    outputType: 'binary',
  });
  return new Uint8Array(out);
}

export async function deriveKeyFromPassphrase(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  const raw = await deriveBytesFromPassphrase(passphrase, params);
  try {
    return await importKey(raw);
  } finally {
    raw.fill(0);
  }
}

const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A recovery key (or enrolment code): 32 random characters from a 32-letter alphabet (160 bits), in
 * groups of four for writing down. It carries enough entropy that a fast derivation (HKDF) suffices.
 */
export function generateRecoveryKey(): string {
  let out = '';
  for (const b of randomBytes(32)) out += RECOVERY_ALPHABET[b & 31];
  return out.match(/.{4}/g)!.join('-');
}

export function normaliseRecoveryKey(input: string): string {
  const clean = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return clean.match(/.{1,4}/g)?.join('-') ?? '';
}

async function hkdf(ikm: Uint8Array, salt: Uint8Array, info: string): Promise<Uint8Array<ArrayBuffer>> {
  const base = await subtle().importKey('raw', ikm as Uint8Array<ArrayBuffer>, 'HKDF', false, ['deriveBits']);
  const bits = await subtle().deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, info: utf8(info) },
    base,
    KEY_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/** For high-entropy secrets (recovery keys, enrolment codes): HKDF-SHA256 with a purpose label. */
export async function deriveKeyFromSecret(secret: string, purpose: string, salt = ''): Promise<CryptoKey> {
  const raw = await hkdf(utf8(secret), utf8(salt), purpose);
  try {
    return await importKey(raw);
  } finally {
    raw.fill(0);
  }
}

/**
 * The bureau's key pair, with which anyone (a contact's browser) seals data *for* the bureau; only
 * the private key, kept sealed by the data key, opens it. X25519 + HKDF + AES-256-GCM (an ECIES
 * "sealed box"). Public key: SPKI DER, base64url; private key: PKCS#8 DER bytes.
 */
export async function generateBureauKeyPair(): Promise<{
  publicKey: string;
  privateKey: Uint8Array<ArrayBuffer>;
}> {
  const pair = (await subtle().generateKey({ name: 'X25519' }, true, ['deriveBits'])) as CryptoKeyPair;
  return {
    publicKey: toBase64Url(new Uint8Array(await subtle().exportKey('spki', pair.publicKey))),
    privateKey: new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey)),
  };
}

async function boxKey(shared: ArrayBuffer, ephDer: string): Promise<CryptoKey> {
  const raw = await hkdf(new Uint8Array(shared), utf8(ephDer), 'brug sealed box');
  try {
    return await importKey(raw);
  } finally {
    raw.fill(0);
  }
}

export async function sealForPublicKey(
  publicKeyB64: string,
  plaintext: string,
  aad: string,
): Promise<string> {
  const recipient = await subtle().importKey(
    'spki',
    fromBase64Url(publicKeyB64),
    { name: 'X25519' },
    false,
    [],
  );
  const eph = (await subtle().generateKey({ name: 'X25519' }, true, ['deriveBits'])) as CryptoKeyPair;
  const shared = await subtle().deriveBits({ name: 'X25519', public: recipient }, eph.privateKey, 256);
  const ephDer = toBase64Url(new Uint8Array(await subtle().exportKey('spki', eph.publicKey)));
  return `box.${ephDer}.${await seal(await boxKey(shared, ephDer), plaintext, aad)}`;
}

export async function openWithPrivateKey(
  privateKeyDer: Uint8Array<ArrayBuffer>,
  boxed: string,
  aad: string,
): Promise<string> {
  const [tag, ephDer, ...rest] = boxed.split('.');
  if (tag !== 'box' || !ephDer) throw new SealError();
  try {
    const privateKey = await subtle().importKey('pkcs8', privateKeyDer, { name: 'X25519' }, false, [
      'deriveBits',
    ]);
    const eph = await subtle().importKey('spki', fromBase64Url(ephDer), { name: 'X25519' }, false, []);
    const shared = await subtle().deriveBits({ name: 'X25519', public: eph }, privateKey, 256);
    return await openText(await boxKey(shared, ephDer), rest.join('.'), aad);
  } catch {
    throw new SealError();
  }
}

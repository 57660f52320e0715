/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { fromBase64Url, toBase64Url } from './bytes.ts';
import {
  deriveBytesFromPassphrase,
  deriveKeyFromSecret,
  exportKey,
  generateBureauKeyPair,
  generateKey,
  generateRecoveryKey,
  importKey,
  type KdfParams,
  newKdfParams,
  normaliseRecoveryKey,
  open,
  openText,
  openWithPrivateKey,
  randomBytes,
  SealError,
  seal,
  sealForPublicKey,
  unwrapKey,
  wrapKey,
} from './primitives.ts';

/** Associated data of the vault's keys: one place, so every caller binds the same way. */
export const keyAad = {
  researcher: (bureauId: string, userId: string) => `${bureauId}:user:${userId}`,
  researcherPrivateKey: (bureauId: string, userId: string) => `${bureauId}:user:${userId}:private-key`,
  recovery: (bureauId: string) => `${bureauId}:recovery`,
  enrolment: (bureauId: string, userId: string) => `${bureauId}:enrolment:${userId}`,
  privateKey: (bureauId: string) => `${bureauId}:vault:private-key`,
  previous: (bureauId: string, generation: number) => `${bureauId}:generation:${generation}`,
  grant: (bureauId: string, generation: number, userId: string) =>
    `${bureauId}:grant:${generation}:${userId}`,
};
const RECOVERY_PURPOSE = 'brug vault recovery';
const ENROLMENT_PURPOSE = 'brug vault enrolment';

/** How the passphrase becomes key bytes; the browser passes one that runs argon2id in a Web Worker. */
export type DeriveBytes = (passphrase: string, params: KdfParams) => Promise<Uint8Array<ArrayBuffer>>;

/**
 * A researcher's own copy of the data key (of `generation`), wrapped by their passphrase, and their
 * X25519 key pair, through which a colleague who renews the data key hands them the new one.
 */
export type ResearcherKey = {
  kdf: KdfParams;
  wrappedKey: string;
  generation: number;
  researcherPublicKey: string;
  wrappedPrivateKey: string;
};

/** What the server stores when a vault is created: wrapped keys and public keys only. */
export type VaultMaterial = ResearcherKey & {
  recoveryWrappedKey: string;
  /** The bureau's public key, to which contacts' browsers seal. */
  publicKey: string;
  sealedPrivateKey: string;
};

/** What the browser needs to open the vault: the researcher's own key and the vault's key history. */
export type VaultKeyRing = {
  bureauId: string;
  userId: string;
  kdf: KdfParams;
  wrappedKey: string;
  generation: number;
  researcherPublicKey?: string | null;
  wrappedPrivateKey?: string | null;
  /** Newer data keys sealed to this researcher's public key by a colleague who renewed the key. */
  grants?: { generation: number; sealedKey: string }[];
  /** For each generation ≥ 1: the key of the generation before, wrapped by this generation's key. */
  generations?: { generation: number; wrappedPrevious: string }[];
  /** The bureau's sealed private keys, newest first (each renewal makes a new bureau key pair). */
  sealedPrivateKeys: string[];
};

const PREFIX = /^k(\d{1,6})\.(v1\..*)$/s;

/** A value sealed by data key `generation`: generation 0 has no prefix (the format of the first release). */
function withGeneration(generation: number, sealed: string) {
  return generation === 0 ? sealed : `k${generation}.${sealed}`;
}

function splitGeneration(sealed: string): { generation: number; body: string } {
  const m = PREFIX.exec(sealed);
  return m ? { generation: Number(m[1]), body: m[2] } : { generation: 0, body: sealed };
}

/**
 * The unlocked vault: the bureau's data keys (the current one and the ones before it, after a renewal)
 * as `CryptoKey`s, held in the researcher's browser (or a test, or the demo) and never sent anywhere.
 * Fields are sealed by context (`memo:<id>:text`), prefixed with the bureau's id, with the current key;
 * a sealed value names the generation of its key, so older data still opens after a renewal.
 */
export class OpenVault {
  private readonly keys: Map<number, CryptoKey>;
  readonly generation: number;

  constructor(
    readonly bureauId: string,
    keys: CryptoKey | Map<number, CryptoKey>,
    generation?: number,
  ) {
    this.keys = keys instanceof Map ? keys : new Map([[0, keys]]);
    this.generation = generation ?? Math.max(...this.keys.keys());
  }

  private key(generation: number): CryptoKey {
    const key = this.keys.get(generation);
    if (!key) throw new SealError();
    return key;
  }

  private get current(): CryptoKey {
    return this.key(this.generation);
  }

  get extractable(): boolean {
    return this.current.extractable;
  }

  async seal(plaintext: string, context: string): Promise<string> {
    return withGeneration(
      this.generation,
      await seal(this.current, plaintext, `${this.bureauId}:${context}`),
    );
  }

  async open(sealed: string, context: string): Promise<string> {
    const { generation, body } = splitGeneration(sealed);
    return openText(this.key(generation), body, `${this.bureauId}:${context}`);
  }

  /** `open` for an optional column. */
  async openMaybe(sealed: string | null | undefined, context: string): Promise<string | null> {
    return sealed ? this.open(sealed, context) : null;
  }

  /** A fresh per-record sub-key (an interview's), with its wrapped form to store. */
  async newSubKey(context: string): Promise<{ key: CryptoKey; wrapped: string }> {
    const raw = randomBytes(32);
    try {
      const wrapped = await seal(this.current, raw, `key:${this.bureauId}:${context}`);
      return { key: await importKey(raw), wrapped: withGeneration(this.generation, wrapped) };
    } finally {
      raw.fill(0);
    }
  }

  async unwrapSubKey(wrapped: string, context: string): Promise<CryptoKey> {
    const { generation, body } = splitGeneration(wrapped);
    return unwrapKey(this.key(generation), body, `${this.bureauId}:${context}`);
  }

  /**
   * Opens what a contact's browser sealed to the bureau's public key (`sealForBureau`). After a
   * renewal there are several bureau key pairs: pass them all, newest first.
   */
  async openBox(boxed: string, context: string, sealedPrivateKey: string | string[]): Promise<string> {
    for (const sealedKey of Array.isArray(sealedPrivateKey) ? sealedPrivateKey : [sealedPrivateKey]) {
      const { generation, body } = splitGeneration(sealedKey);
      const key = this.keys.get(generation);
      if (!key) continue;
      const privateKey = await open(key, body, keyAad.privateKey(this.bureauId));
      try {
        return await openWithPrivateKey(privateKey, boxed, `${this.bureauId}:${context}`);
      } catch {
        // sealed to another of the bureau's key pairs
      } finally {
        privateKey.fill(0);
      }
    }
    throw new SealError();
  }

  /** The current data key wrapped for a purpose; only a vault unlocked with `extractable: true` can. */
  wrapDataKey(kek: CryptoKey, aad: string): Promise<string> {
    return wrapKey(kek, this.current, aad);
  }

  /** This vault with one more, newer data key: the renewed vault. */
  withNewGeneration(key: CryptoKey): OpenVault {
    const keys = new Map(this.keys);
    keys.set(this.generation + 1, key);
    return new OpenVault(this.bureauId, keys, this.generation + 1);
  }

  /** The same keys, none of them extractable: what is kept for daily use. */
  async forDailyUse(): Promise<OpenVault> {
    if (!this.extractable) return this;
    const keys = new Map<number, CryptoKey>();
    for (const [generation, key] of this.keys) {
      if (!key.extractable) keys.set(generation, key);
      else {
        const raw = await exportKey(key);
        keys.set(generation, await importKey(raw));
        raw.fill(0);
      }
    }
    return new OpenVault(this.bureauId, keys, this.generation);
  }
}

/** Data sealed with an interview's own sub-key (so that it vanishes with the key). */
export const sealWithKey = (key: CryptoKey, plaintext: string, context: string) =>
  seal(key, plaintext, context);
export const openWithKey = (key: CryptoKey, sealed: string, context: string) =>
  openText(key, sealed, context);

/** Seals for the bureau with its public key: what a contact's browser does, no vault needed. */
export function sealForBureau(bureauId: string, publicKey: string, plaintext: string, context: string) {
  return sealForPublicKey(publicKey, plaintext, `${bureauId}:${context}`);
}

async function passphraseKek(passphrase: string, kdf: KdfParams, derive: DeriveBytes) {
  const raw = await derive(passphrase, kdf);
  try {
    return await importKey(raw);
  } finally {
    raw.fill(0);
  }
}

/**
 * Wraps the current data key of an extractable `vault` by a passphrase for one researcher, with a new
 * key pair for that researcher (its private key wrapped by the same passphrase).
 */
export async function wrapForResearcher(
  vault: OpenVault,
  userId: string,
  passphrase: string,
  derive: DeriveBytes = deriveBytesFromPassphrase,
  kdf: KdfParams = newKdfParams(),
): Promise<ResearcherKey> {
  return wrapWithKek(vault, userId, await passphraseKek(passphrase, kdf, derive), kdf);
}

async function wrapWithKek(
  vault: OpenVault,
  userId: string,
  kek: CryptoKey,
  kdf: KdfParams,
): Promise<ResearcherKey> {
  const pair = await generateBureauKeyPair();
  try {
    return {
      kdf,
      wrappedKey: await vault.wrapDataKey(kek, keyAad.researcher(vault.bureauId, userId)),
      generation: vault.generation,
      researcherPublicKey: pair.publicKey,
      wrappedPrivateKey: await seal(
        kek,
        pair.privateKey,
        keyAad.researcherPrivateKey(vault.bureauId, userId),
      ),
    };
  } finally {
    pair.privateKey.fill(0);
  }
}

/**
 * The first researcher creates the vault: a random data key, wrapped by their passphrase and by a
 * recovery key that is shown once and never stored, and the bureau's key pair.
 */
export async function createVault(input: {
  bureauId: string;
  userId: string;
  passphrase: string;
  derive?: DeriveBytes;
  kdf?: KdfParams;
}): Promise<{ material: VaultMaterial; recoveryKey: string; vault: OpenVault }> {
  const { bureauId } = input;
  const dataKey = await generateKey(true);
  const extractable = new OpenVault(bureauId, dataKey);
  const recoveryKey = generateRecoveryKey();
  const pair = await generateBureauKeyPair();
  try {
    const own = await wrapForResearcher(extractable, input.userId, input.passphrase, input.derive, input.kdf);
    const recoveryKek = await deriveKeyFromSecret(recoveryKey, RECOVERY_PURPOSE, bureauId);
    const material: VaultMaterial = {
      ...own,
      recoveryWrappedKey: await wrapKey(recoveryKek, dataKey, keyAad.recovery(bureauId)),
      publicKey: pair.publicKey,
      sealedPrivateKey: await seal(dataKey, pair.privateKey, keyAad.privateKey(bureauId)),
    };
    return { material, recoveryKey, vault: await extractable.forDailyUse() };
  } finally {
    pair.privateKey.fill(0);
  }
}

/** Walks from the current key down to generation 0 through the wrapped previous keys. */
async function keyChain(
  bureauId: string,
  top: { generation: number; key: CryptoKey },
  generations: VaultKeyRing['generations'],
  extractable: boolean,
): Promise<Map<number, CryptoKey>> {
  const keys = new Map([[top.generation, top.key]]);
  const previous = new Map((generations ?? []).map((g) => [g.generation, g.wrappedPrevious]));
  for (let g = top.generation; g > 0; g--) {
    const wrapped = previous.get(g);
    if (!wrapped) break;
    keys.set(g - 1, await unwrapKey(keys.get(g)!, wrapped, keyAad.previous(bureauId, g), extractable));
  }
  return keys;
}

/**
 * Opens the vault with the researcher's passphrase. Throws `SealError` for a wrong passphrase (or a
 * tampered or swapped wrapped key: the associated data names the bureau and the researcher).
 * When a colleague renewed the data key since, or the researcher has no key pair yet (a key from the
 * first release), `update` is the researcher's key to store in its place (`PUT /api/vault/key`).
 * `extractable` only for the moment the key is handed on (enrolment, renewal).
 */
export async function unlockVault(
  ring: VaultKeyRing,
  passphrase: string,
  options: { derive?: DeriveBytes; extractable?: boolean } = {},
): Promise<{ vault: OpenVault; update: ResearcherKey | null }> {
  const { bureauId, userId } = ring;
  const derive = options.derive ?? deriveBytesFromPassphrase;
  const kek = await passphraseKek(passphrase, ring.kdf, derive);
  const grants = (ring.grants ?? []).filter((g) => g.generation > ring.generation);
  const needsUpdate = grants.length > 0 || !ring.researcherPublicKey || !ring.wrappedPrivateKey;
  let top = {
    generation: ring.generation,
    key: await unwrapKey(
      kek,
      ring.wrappedKey,
      keyAad.researcher(bureauId, userId),
      !!options.extractable || needsUpdate,
    ),
  };
  if (grants.length > 0 && ring.wrappedPrivateKey) {
    const privateKey = await open(kek, ring.wrappedPrivateKey, keyAad.researcherPrivateKey(bureauId, userId));
    try {
      const newest = grants.sort((a, b) => b.generation - a.generation)[0];
      const raw = fromBase64Url(
        await openWithPrivateKey(
          privateKey,
          newest.sealedKey,
          keyAad.grant(bureauId, newest.generation, userId),
        ),
      );
      top = { generation: newest.generation, key: await importKey(raw, true) };
      raw.fill(0);
    } finally {
      privateKey.fill(0);
    }
  }
  const keys = await keyChain(bureauId, top, ring.generations, !!options.extractable);
  const vault = new OpenVault(bureauId, keys, top.generation);
  // The same passphrase and salt give the same key: no second derivation for the update.
  const update = needsUpdate ? await wrapWithKek(vault, userId, kek, ring.kdf) : null;
  return { vault: options.extractable ? vault : await vault.forDailyUse(), update };
}

/** A new passphrase chosen with the recovery key (shown when the vault was created or last renewed). */
export async function recoverVault(input: {
  bureauId: string;
  userId: string;
  recoveryWrappedKey: string;
  generation: number;
  generations?: VaultKeyRing['generations'];
  recoveryKey: string;
  newPassphrase: string;
  derive?: DeriveBytes;
  kdf?: KdfParams;
}): Promise<{ key: ResearcherKey; vault: OpenVault }> {
  const kek = await deriveKeyFromSecret(
    normaliseRecoveryKey(input.recoveryKey),
    RECOVERY_PURPOSE,
    input.bureauId,
  );
  const top = await unwrapKey(kek, input.recoveryWrappedKey, keyAad.recovery(input.bureauId), true);
  const keys = await keyChain(
    input.bureauId,
    { generation: input.generation, key: top },
    input.generations,
    false,
  );
  const vault = new OpenVault(input.bureauId, keys, input.generation);
  const key = await wrapForResearcher(vault, input.userId, input.newPassphrase, input.derive, input.kdf);
  return { key, vault: await vault.forDailyUse() };
}

/**
 * A researcher hands the key to a colleague of the bureau: the current data key wrapped by a one-time
 * code (shown to the giver, passed on outside Brug). Needs a vault unlocked with `extractable: true`.
 */
export async function createEnrolment(
  vault: OpenVault,
  userId: string,
): Promise<{ code: string; salt: string; wrappedKey: string; generation: number }> {
  const code = generateRecoveryKey();
  const salt = toBase64Url(randomBytes(16));
  const kek = await deriveKeyFromSecret(code, ENROLMENT_PURPOSE, salt);
  return {
    code,
    salt,
    wrappedKey: await vault.wrapDataKey(kek, keyAad.enrolment(vault.bureauId, userId)),
    generation: vault.generation,
  };
}

/** The colleague turns the code into a key wrapped by their own passphrase. */
export async function acceptEnrolment(input: {
  bureauId: string;
  userId: string;
  salt: string;
  wrappedKey: string;
  generation?: number;
  generations?: VaultKeyRing['generations'];
  code: string;
  passphrase: string;
  derive?: DeriveBytes;
  kdf?: KdfParams;
}): Promise<{ key: ResearcherKey; vault: OpenVault }> {
  const generation = input.generation ?? 0;
  const kek = await deriveKeyFromSecret(normaliseRecoveryKey(input.code), ENROLMENT_PURPOSE, input.salt);
  const top = await unwrapKey(kek, input.wrappedKey, keyAad.enrolment(input.bureauId, input.userId), true);
  const keys = await keyChain(input.bureauId, { generation, key: top }, input.generations, false);
  const vault = new OpenVault(input.bureauId, keys, generation);
  const key = await wrapForResearcher(vault, input.userId, input.passphrase, input.derive, input.kdf);
  return { key, vault: await vault.forDailyUse() };
}

/** What the server stores when the data key is renewed (a researcher left the bureau). */
export type RenewalMaterial = {
  generation: number;
  wrappedPrevious: string;
  recoveryWrappedKey: string;
  publicKey: string;
  sealedPrivateKey: string;
  key: ResearcherKey;
  grants: { userId: string; sealedKey: string }[];
};

/**
 * Renews the data key after a researcher left: a new key for everything sealed from now on, the old
 * one wrapped by it (older data still opens), handed to each remaining colleague through their public
 * key, a new bureau key pair and a new recovery key (the one who left may have seen the old one).
 * `vault` must be unlocked with `extractable: true` by the researcher doing it (`userId`).
 */
export async function renewVault(input: {
  vault: OpenVault;
  userId: string;
  passphrase: string;
  colleagues: { userId: string; publicKey: string }[];
  derive?: DeriveBytes;
  kdf?: KdfParams;
}): Promise<{ material: RenewalMaterial; recoveryKey: string; vault: OpenVault }> {
  const { vault } = input;
  const bureauId = vault.bureauId;
  const generation = vault.generation + 1;
  const next = await generateKey(true);
  const wrappedPrevious = await vault.wrapDataKey(next, keyAad.previous(bureauId, generation));
  const renewed = vault.withNewGeneration(next);
  const raw = await exportKey(next);
  const recoveryKey = generateRecoveryKey();
  const pair = await generateBureauKeyPair();
  try {
    const grants = [];
    for (const c of input.colleagues) {
      grants.push({
        userId: c.userId,
        sealedKey: await sealForPublicKey(
          c.publicKey,
          toBase64Url(raw),
          keyAad.grant(bureauId, generation, c.userId),
        ),
      });
    }
    const recoveryKek = await deriveKeyFromSecret(recoveryKey, RECOVERY_PURPOSE, bureauId);
    const material: RenewalMaterial = {
      generation,
      wrappedPrevious,
      recoveryWrappedKey: await wrapKey(recoveryKek, next, keyAad.recovery(bureauId)),
      publicKey: pair.publicKey,
      sealedPrivateKey: withGeneration(
        generation,
        await seal(next, pair.privateKey, keyAad.privateKey(bureauId)),
      ),
      key: await wrapForResearcher(renewed, input.userId, input.passphrase, input.derive, input.kdf),
      grants,
    };
    return { material, recoveryKey, vault: await renewed.forDailyUse() };
  } finally {
    raw.fill(0);
    pair.privateKey.fill(0);
  }
}

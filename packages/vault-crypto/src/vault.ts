/// <reference lib="dom" />
import { toBase64Url } from './bytes.ts';
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
  seal,
  sealForPublicKey,
  unwrapKey,
  wrapKey,
} from './primitives.ts';

/** Associated data of the vault's keys: one place, so every caller binds the same way. */
export const keyAad = {
  researcher: (bureauId: string, userId: string) => `${bureauId}:user:${userId}`,
  recovery: (bureauId: string) => `${bureauId}:recovery`,
  enrolment: (bureauId: string, userId: string) => `${bureauId}:enrolment:${userId}`,
  privateKey: (bureauId: string) => `${bureauId}:vault:private-key`,
};
const RECOVERY_PURPOSE = 'brug vault recovery';
const ENROLMENT_PURPOSE = 'brug vault enrolment';

/** How the passphrase becomes key bytes; the browser passes one that runs argon2id in a Web Worker. */
export type DeriveBytes = (passphrase: string, params: KdfParams) => Promise<Uint8Array<ArrayBuffer>>;

/** What the server stores when a vault is created: wrapped keys and the public key only. */
export type VaultMaterial = {
  kdf: KdfParams;
  wrappedKey: string;
  recoveryWrappedKey: string;
  publicKey: string;
  sealedPrivateKey: string;
};

/** A researcher's own wrapped copy of the data key. */
export type ResearcherKey = { kdf: KdfParams; wrappedKey: string };

/**
 * The unlocked vault: the bureau's data key as a `CryptoKey`, held in the researcher's browser (or a
 * test, or the demo) and never sent anywhere. Fields are sealed by context (`memo:<id>:text`), which is
 * prefixed with the bureau's id, as the server-side vault before it did.
 */
export class OpenVault {
  constructor(
    readonly bureauId: string,
    private readonly dataKey: CryptoKey,
  ) {}

  get extractable(): boolean {
    return this.dataKey.extractable;
  }

  seal(plaintext: string, context: string): Promise<string> {
    return seal(this.dataKey, plaintext, `${this.bureauId}:${context}`);
  }

  open(sealed: string, context: string): Promise<string> {
    return openText(this.dataKey, sealed, `${this.bureauId}:${context}`);
  }

  /** `open` for an optional column. */
  async openMaybe(sealed: string | null | undefined, context: string): Promise<string | null> {
    return sealed ? this.open(sealed, context) : null;
  }

  /** A fresh per-record sub-key (an interview's), with its wrapped form to store. */
  async newSubKey(context: string): Promise<{ key: CryptoKey; wrapped: string }> {
    const raw = randomBytes(32);
    try {
      const wrapped = await seal(this.dataKey, raw, `key:${this.bureauId}:${context}`);
      return { key: await importKey(raw), wrapped };
    } finally {
      raw.fill(0);
    }
  }

  unwrapSubKey(wrapped: string, context: string): Promise<CryptoKey> {
    return unwrapKey(this.dataKey, wrapped, `${this.bureauId}:${context}`);
  }

  /** Opens what a contact's browser sealed to the bureau's public key (`sealForBureau`). */
  async openBox(boxed: string, context: string, sealedPrivateKey: string): Promise<string> {
    const privateKey = await open(this.dataKey, sealedPrivateKey, keyAad.privateKey(this.bureauId));
    try {
      return await openWithPrivateKey(privateKey, boxed, `${this.bureauId}:${context}`);
    } finally {
      privateKey.fill(0);
    }
  }

  /** The data key wrapped for a purpose; only a vault unlocked with `extractable: true` can. */
  wrapDataKey(kek: CryptoKey, aad: string): Promise<string> {
    return wrapKey(kek, this.dataKey, aad);
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

async function researcherKek(passphrase: string, kdf: KdfParams, derive: DeriveBytes) {
  const raw = await derive(passphrase, kdf);
  try {
    return await importKey(raw);
  } finally {
    raw.fill(0);
  }
}

/** Wraps the (extractable) data key of `vault` by a passphrase, for one researcher. */
export async function wrapForResearcher(
  vault: OpenVault,
  userId: string,
  passphrase: string,
  derive: DeriveBytes = deriveBytesFromPassphrase,
  kdf: KdfParams = newKdfParams(),
): Promise<ResearcherKey> {
  const kek = await researcherKek(passphrase, kdf, derive);
  return { kdf, wrappedKey: await vault.wrapDataKey(kek, keyAad.researcher(vault.bureauId, userId)) };
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
    const raw = await exportKey(dataKey);
    const vault = new OpenVault(bureauId, await importKey(raw));
    raw.fill(0);
    return { material, recoveryKey, vault };
  } finally {
    pair.privateKey.fill(0);
  }
}

/**
 * Opens the vault with the researcher's passphrase. Throws `SealError` for a wrong passphrase (or a
 * tampered or swapped wrapped key: the associated data names the bureau and the researcher).
 * `extractable` only for the moment a colleague is enrolled or the passphrase changes.
 */
export async function unlockVault(
  key: { bureauId: string; userId: string } & ResearcherKey,
  passphrase: string,
  options: { derive?: DeriveBytes; extractable?: boolean } = {},
): Promise<OpenVault> {
  const kek = await researcherKek(passphrase, key.kdf, options.derive ?? deriveBytesFromPassphrase);
  const dataKey = await unwrapKey(
    kek,
    key.wrappedKey,
    keyAad.researcher(key.bureauId, key.userId),
    options.extractable ?? false,
  );
  return new OpenVault(key.bureauId, dataKey);
}

/** A new passphrase chosen with the recovery key (shown when the vault was created). */
export async function recoverVault(input: {
  bureauId: string;
  userId: string;
  recoveryWrappedKey: string;
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
  const dataKey = await unwrapKey(kek, input.recoveryWrappedKey, keyAad.recovery(input.bureauId), true);
  return rewrapFor(dataKey, input.bureauId, { ...input, passphrase: input.newPassphrase });
}

async function rewrapFor(
  dataKey: CryptoKey,
  bureauId: string,
  input: { userId: string; passphrase: string; derive?: DeriveBytes; kdf?: KdfParams },
) {
  const key = await wrapForResearcher(
    new OpenVault(bureauId, dataKey),
    input.userId,
    input.passphrase,
    input.derive,
    input.kdf,
  );
  // The vault handed back for daily use is non-extractable.
  const raw = await exportKey(dataKey);
  try {
    return { key, vault: new OpenVault(bureauId, await importKey(raw)) };
  } finally {
    raw.fill(0);
  }
}

/**
 * A researcher hands the key to a colleague of the bureau: the data key wrapped by a one-time code
 * (shown to the giver, passed on outside Brug). Needs a vault unlocked with `extractable: true`.
 */
export async function createEnrolment(
  vault: OpenVault,
  userId: string,
): Promise<{ code: string; salt: string; wrappedKey: string }> {
  const code = generateRecoveryKey();
  const salt = toBase64Url(randomBytes(16));
  const kek = await deriveKeyFromSecret(code, ENROLMENT_PURPOSE, salt);
  return { code, salt, wrappedKey: await vault.wrapDataKey(kek, keyAad.enrolment(vault.bureauId, userId)) };
}

/** The colleague turns the code into a key wrapped by their own passphrase. */
export async function acceptEnrolment(input: {
  bureauId: string;
  userId: string;
  salt: string;
  wrappedKey: string;
  code: string;
  passphrase: string;
  derive?: DeriveBytes;
  kdf?: KdfParams;
}): Promise<{ key: ResearcherKey; vault: OpenVault }> {
  const kek = await deriveKeyFromSecret(normaliseRecoveryKey(input.code), ENROLMENT_PURPOSE, input.salt);
  const dataKey = await unwrapKey(
    kek,
    input.wrappedKey,
    keyAad.enrolment(input.bureauId, input.userId),
    true,
  );
  return rewrapFor(dataKey, input.bureauId, input);
}

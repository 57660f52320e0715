import { z } from 'zod';
import { Name } from './common.ts';

/** The unlocked vault key stays in the researcher's browser this long without use (DESIGN.md §4). */
export const VAULT_IDLE_MINUTES = 15;
export const VAULT_PASSPHRASE_MIN_LENGTH = 12;
export const VAULT_PASSPHRASE_MAX_LENGTH = 200;
/** Wrong passphrases (or recovery keys) for one researcher before the vault refuses them for a while. */
export const VAULT_MAX_FAILURES = 5;
export const VAULT_THROTTLE_MINUTES = 15;
/** An enrolment code handed from one researcher to another is valid this long. */
export const VAULT_ENROLMENT_TTL_HOURS = 48;

export const VaultPassphrase = z
  .string()
  .min(VAULT_PASSPHRASE_MIN_LENGTH, `at least ${VAULT_PASSPHRASE_MIN_LENGTH} characters`)
  .max(VAULT_PASSPHRASE_MAX_LENGTH);

export const CreateBureauInput = z.object({ name: Name });
export const AddBureauMemberInput = z.object({ userId: z.uuid() });
export const BureauView = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  members: z.array(z.object({ userId: z.uuid(), displayName: z.string(), holdsKey: z.boolean() })),
  vaultCreated: z.boolean(),
});
export type BureauView = z.infer<typeof BureauView>;

/**
 * What crosses the wire for the vault: ciphertext and wrapped keys only (DESIGN.md §4). Sealing and
 * opening happen in the researcher's browser with `@brug/vault-crypto`; these schemas check only the
 * shape, so that nothing else (no plaintext, no passphrase) fits in a sealed field.
 */
export const SEALED_MAX_LENGTH = 4_000_000;
const B64 = '[A-Za-z0-9_-]';
/** A value sealed by data key generation n ≥ 1 starts with `k<n>.` (generation 0 has no prefix). */
const GENERATION = '(k[0-9]{1,6}\\.)?';
const SEALED_BODY = `v1\\.${B64}{16}\\.${B64}{22}\\.${B64}*`;
export const SealedValue = z
  .string()
  .max(SEALED_MAX_LENGTH)
  .regex(new RegExp(`^${GENERATION}${SEALED_BODY}$`), 'not a sealed value');
export const SealedBox = z
  .string()
  .max(SEALED_MAX_LENGTH)
  .regex(new RegExp(`^box\\.${B64}{40,120}\\.${SEALED_BODY}$`), 'not a sealed value');
/** A wrapped 256-bit key: a sealed value of 32 bytes. */
export const WrappedKey = z
  .string()
  .regex(new RegExp(`^${GENERATION}v1\\.${B64}{16}\\.${B64}{22}\\.${B64}{43}$`), 'not a wrapped key');
const PublicKey = z.string().regex(new RegExp(`^${B64}{40,120}$`), 'not a public key');
const Salt = z.string().regex(new RegExp(`^${B64}{22}$`), 'not a 16-byte salt');
const Generation = z.number().int().min(0).max(999_999);

/** argon2id no weaker than the release before the browser vault: 128 MiB, 8 passes. */
export const VAULT_KDF_MIN = { memoryKiB: 131_072, iterations: 8 } as const;
export const KdfParamsInput = z.object({
  alg: z.literal('argon2id'),
  memoryKiB: z.number().int().min(VAULT_KDF_MIN.memoryKiB, 'weaker than the minimum').max(4_194_304),
  iterations: z.number().int().min(VAULT_KDF_MIN.iterations, 'weaker than the minimum').max(64),
  parallelism: z.literal(1),
  salt: Salt,
});

/** A researcher's own copy of the data key and their key pair, as their browser wrapped them. */
export const ResearcherKeyInput = z.object({
  kdf: KdfParamsInput,
  wrappedKey: WrappedKey,
  generation: Generation,
  researcherPublicKey: PublicKey,
  wrappedPrivateKey: SealedValue,
});
export const CreateVaultInput = ResearcherKeyInput.extend({
  generation: z.literal(0),
  recoveryWrappedKey: WrappedKey,
  publicKey: PublicKey,
  sealedPrivateKey: SealedValue,
});
export const CreateEnrolmentInput = z.object({
  userId: z.uuid(),
  salt: Salt,
  wrappedKey: WrappedKey,
  generation: Generation,
});
export const EnrolInput = ResearcherKeyInput;
/** A new data key after a researcher left: see `renewVault` in @brug/vault-crypto. */
export const RenewVaultInput = z.object({
  generation: Generation.min(1),
  wrappedPrevious: WrappedKey,
  recoveryWrappedKey: WrappedKey,
  publicKey: PublicKey,
  sealedPrivateKey: SealedValue,
  key: ResearcherKeyInput,
  grants: z.array(z.object({ userId: z.uuid(), sealedKey: SealedBox })).max(100),
});

const GenerationsView = z.array(z.object({ generation: z.number().int(), wrappedPrevious: z.string() }));

/** Everything the browser needs to open the vault: own key, newer keys granted, the key history. */
export const VaultKeyView = z.object({
  bureauId: z.uuid(),
  userId: z.uuid(),
  kdf: KdfParamsInput,
  wrappedKey: z.string(),
  generation: z.number().int(),
  researcherPublicKey: z.string().nullable(),
  wrappedPrivateKey: z.string().nullable(),
  grants: z.array(z.object({ generation: z.number().int(), sealedKey: z.string() })),
  generations: GenerationsView,
  publicKey: z.string(),
  /** The bureau's sealed private keys, newest first. */
  sealedPrivateKeys: z.array(z.string()),
  /** The other researchers holding a key, for a renewal (those without a public key must enrol again). */
  colleagues: z.array(z.object({ userId: z.uuid(), researcherPublicKey: z.string().nullable() })),
});
export type VaultKeyView = z.infer<typeof VaultKeyView>;
export const VaultRecoveryView = z.object({
  bureauId: z.uuid(),
  recoveryWrappedKey: z.string(),
  generation: z.number().int(),
  generations: GenerationsView,
});
export type VaultRecoveryView = z.infer<typeof VaultRecoveryView>;
export const EnrolmentKeyView = z.object({
  bureauId: z.uuid(),
  salt: z.string(),
  wrappedKey: z.string(),
  generation: z.number().int(),
  generations: GenerationsView,
  expiresAt: z.string(),
});
export type EnrolmentKeyView = z.infer<typeof EnrolmentKeyView>;
/** The bureau's public key: anyone who seals something for the bureau (a contact's browser) needs it. */
export const BureauPublicKeyView = z.object({ bureauId: z.uuid(), publicKey: z.string() });
export const RenewedView = z.object({
  generation: z.number().int(),
  /** Researchers who held a key from before key pairs existed: they need a new enrolment code. */
  mustEnrolAgain: z.array(z.uuid()),
});

export const VaultStatusView = z.object({
  bureauId: z.uuid().nullable(),
  member: z.boolean(),
  vaultCreated: z.boolean(),
  holdsKey: z.boolean(),
  enrolmentPending: z.boolean(),
  /** A researcher holding a key left: the data key should be renewed. */
  renewalDue: z.boolean(),
  idleMinutes: z.number().int(),
});
export type VaultStatusView = z.infer<typeof VaultStatusView>;

export const EnrolmentView = z.object({ expiresAt: z.string() });

import { z } from 'zod';
import { Name } from './common.ts';

/** The unlocked vault key stays in server memory this long without use (DESIGN.md §4). */
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

export const CreateVaultInput = z.object({ passphrase: VaultPassphrase });
export const UnlockVaultInput = z.object({ passphrase: z.string().min(1).max(VAULT_PASSPHRASE_MAX_LENGTH) });
export const RecoverVaultInput = z.object({
  recoveryKey: z.string().trim().min(10).max(100),
  newPassphrase: VaultPassphrase,
});
export const CreateEnrolmentInput = z.object({ userId: z.uuid() });
export const EnrolInput = z.object({ code: z.string().trim().min(10).max(100), passphrase: VaultPassphrase });

export const VaultStatusView = z.object({
  bureauId: z.uuid().nullable(),
  member: z.boolean(),
  vaultCreated: z.boolean(),
  holdsKey: z.boolean(),
  enrolmentPending: z.boolean(),
  unlocked: z.boolean(),
  idleMinutes: z.number().int(),
});
export type VaultStatusView = z.infer<typeof VaultStatusView>;

export const VaultCreatedView = z.object({
  /** Shown once; the server keeps only what it wraps. */
  recoveryKey: z.string(),
  status: VaultStatusView,
});
export const EnrolmentView = z.object({ code: z.string(), expiresAt: z.string() });

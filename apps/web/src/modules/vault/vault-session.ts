import {
  type EnrolmentKeyView,
  VAULT_IDLE_MINUTES,
  type VaultKeyView,
  type VaultRecoveryView,
} from '@brug/domain/vault';
import {
  acceptEnrolment,
  createEnrolment,
  createVault,
  type DeriveBytes,
  type KdfParams,
  type OpenVault,
  recoverVault,
  renewVault,
  SealError,
  unlockVault,
} from '@brug/vault-crypto';
import { useSyncExternalStore } from 'react';
import { ApiError, api, onUnauthenticated } from '../../api/client.ts';

/**
 * The open vault lives here, in this page's memory only: the data key is a non-extractable
 * `CryptoKey` that never leaves the browser. A reload, sign-out or VAULT_IDLE_MINUTES without use
 * lock it (the reference is dropped; the browser can no longer use the key).
 */
export type VaultSession = {
  vault: OpenVault;
  bureauId: string;
  userId: string;
  publicKey: string;
  /** Opens what a contact's browser sealed to the bureau's public key. */
  openBox(boxed: string, context: string): Promise<string>;
};

let current: VaultSession | null = null;
let lastUsed = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
const IDLE_MS = VAULT_IDLE_MINUTES * 60_000;

function emit() {
  for (const l of listeners) l();
}

function armIdleTimer() {
  if (idleTimer) clearTimeout(idleTimer);
  if (current) idleTimer = setTimeout(() => lockVaultSession(), IDLE_MS);
}

/** The open vault, if any; each use restarts the idle timer. */
export function getVaultSession(): VaultSession | null {
  if (current && Date.now() - lastUsed > IDLE_MS) lockVaultSession();
  if (current) {
    lastUsed = Date.now();
    armIdleTimer();
  }
  return current;
}

export function lockVaultSession(): void {
  if (!current) return;
  current = null;
  if (idleTimer) clearTimeout(idleTimer);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The open vault for a component; re-renders when it opens or locks. */
export function useVaultSession(): VaultSession | null {
  return useSyncExternalStore(subscribe, () => current);
}

if (typeof window !== 'undefined') {
  window.addEventListener('brug:signed-out', lockVaultSession);
  onUnauthenticated(lockVaultSession);
}

/** argon2id in a Web Worker: the page keeps answering while the key is derived. */
export const deriveInWorker: DeriveBytes = (passphrase: string, params: KdfParams) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ bytes?: Uint8Array<ArrayBuffer>; error?: string }>) => {
      worker.terminate();
      if (event.data.bytes) resolve(event.data.bytes);
      else reject(new Error(event.data.error ?? 'key derivation failed'));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ passphrase, params });
  });

type KeyRing = { bureauId: string; userId: string; publicKey: string; sealedPrivateKeys: string[] };

function open(vault: OpenVault, ring: KeyRing) {
  current = {
    vault,
    bureauId: ring.bureauId,
    userId: ring.userId,
    publicKey: ring.publicKey,
    openBox: (boxed, context) => vault.openBox(boxed, context, ring.sealedPrivateKeys),
  };
  lastUsed = Date.now();
  armIdleTimer();
  emit();
  return current;
}

/** A wrong secret, said the same way whatever was wrong, on the field that holds it. */
export const wrongSecret = (field: string) =>
  new ApiError(400, 'BAD_REQUEST', 'The vault did not open', { [field]: 'does not open the vault' });

async function mapSealError<T>(field: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof SealError) throw wrongSecret(field);
    throw err;
  }
}

/**
 * Opens the vault with the passphrase: fetches the own wrapped key and the key history, unwraps them
 * here. A key renewed by a colleague since, or a key pair still missing, is stored at once.
 */
export async function unlockWithPassphrase(passphrase: string, options: { extractable?: boolean } = {}) {
  const ring = await api.get<VaultKeyView>('/api/vault/key');
  const { vault, update } = await mapSealError('passphrase', () =>
    unlockVault(ring, passphrase, { derive: deriveInWorker, extractable: options.extractable }),
  );
  if (update) await api.put('/api/vault/key', update);
  if (!options.extractable) open(vault, ring);
  return { vault, ring };
}

/** Creates the bureau's vault; returns the recovery key, to be shown once. */
export async function createVaultHere(bureauId: string, userId: string, passphrase: string) {
  const { material, recoveryKey, vault } = await createVault({
    bureauId,
    userId,
    passphrase,
    derive: deriveInWorker,
  });
  await api.post('/api/vault', material);
  open(vault, {
    bureauId,
    userId,
    publicKey: material.publicKey,
    sealedPrivateKeys: [material.sealedPrivateKey],
  });
  return recoveryKey;
}

/** Hands the key to a colleague: the passphrase again (for an extractable copy), a one-time code. */
export async function enrolColleague(passphrase: string, colleagueId: string) {
  const { vault } = await unlockWithPassphrase(passphrase, { extractable: true });
  const { code, ...handed } = await createEnrolment(vault, colleagueId);
  const { expiresAt } = await api.post<{ expiresAt: string }>('/api/vault/enrolments', {
    userId: colleagueId,
    ...handed,
  });
  return { code, expiresAt };
}

/** Takes over the key a colleague handed over, under a passphrase of one's own. */
export async function enrolWithCode(userId: string, code: string, passphrase: string) {
  const offered = await api.get<EnrolmentKeyView>('/api/vault/enrolment');
  const { key, vault } = await mapSealError('code', () =>
    acceptEnrolment({ ...offered, userId, code, passphrase, derive: deriveInWorker }),
  );
  await api.post('/api/vault/enrol', key);
  open(vault, await api.get<VaultKeyView>('/api/vault/key'));
}

/** A new passphrase with the recovery key shown when the vault was created (or last renewed). */
export async function recoverWithKey(userId: string, recoveryKey: string, newPassphrase: string) {
  const recovery = await api.get<VaultRecoveryView>('/api/vault/recovery');
  const { key, vault } = await mapSealError('recoveryKey', () =>
    recoverVault({ ...recovery, userId, recoveryKey, newPassphrase, derive: deriveInWorker }),
  );
  await api.put('/api/vault/key', key);
  open(vault, await api.get<VaultKeyView>('/api/vault/key'));
}

/**
 * Renews the data key after a researcher left (the passphrase again, for an extractable copy of the
 * key). Returns the new recovery key, to be shown once, and who must be enrolled again.
 */
export async function renewKey(passphrase: string) {
  const { vault, ring } = await unlockWithPassphrase(passphrase, { extractable: true });
  const colleagues = ring.colleagues
    .filter((c) => c.researcherPublicKey)
    .map((c) => ({ userId: c.userId, publicKey: c.researcherPublicKey as string }));
  const {
    material,
    recoveryKey,
    vault: renewed,
  } = await renewVault({
    vault,
    userId: ring.userId,
    passphrase,
    colleagues,
    derive: deriveInWorker,
  });
  const result = await api.post<{ generation: number; mustEnrolAgain: string[] }>(
    '/api/vault/renew',
    material,
  );
  open(renewed, {
    ...ring,
    publicKey: material.publicKey,
    sealedPrivateKeys: [material.sealedPrivateKey, ...ring.sealedPrivateKeys],
  });
  return { recoveryKey, mustEnrolAgain: result.mustEnrolAgain };
}

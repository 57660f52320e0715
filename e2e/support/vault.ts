import { interviewContext } from '@brug/domain/conversations';
import type { VaultStatusView } from '@brug/domain/vault';
import { createVault, type OpenVault, sealWithKey } from '@brug/vault-crypto';
import type { Page } from 'playwright-core';
import type { ApiSession } from './api.ts';
import { expectVisible, field } from './page.ts';

/**
 * Creates the bureau's vault as a researcher's browser would (real argon2id, so that the browser under
 * test can open it with the passphrase) and returns the open vault, to seal arranged data with.
 */
export async function createVaultViaApi(
  session: ApiSession,
  passphrase: string,
): Promise<{ recoveryKey: string; vault: OpenVault; publicKey: string }> {
  const status = await session.get<VaultStatusView>('/api/vault');
  if (!status.bureauId) throw new Error('the researcher is not a member of a bureau');
  const { material, recoveryKey, vault } = await createVault({
    bureauId: status.bureauId,
    userId: session.me.user.id,
    passphrase,
  });
  await session.post('/api/vault', material);
  return { recoveryKey, vault, publicKey: material.publicKey };
}

/** Opens the vault in this page through the vault page's form (the key then lives in the page). */
export async function unlockVaultInBrowser(page: Page, passphrase: string): Promise<void> {
  await page.goto('/vault');
  await field(page, 'Kluiszin').fill(passphrase);
  await page.getByRole('button', { name: 'Kluis openen' }).click();
  await expectVisible(page.getByRole('status').getByText(/De kluis is open/), 30_000);
}

/**
 * Moves to `path` inside the single-page app without loading the page again: a reload locks the
 * vault, as it should.
 */
export async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((url) => `${url.pathname}${url.search}` === path || url.pathname === path);
}

/**
 * A confidential conversation as the researcher's browser makes it: its own sub-key, every field
 * sealed with it; held with consent unless `held` is false.
 */
export async function createSealedInterview(
  session: ApiSession,
  vault: OpenVault,
  input: { source?: string; notesHtml?: string; held?: boolean } = {},
): Promise<{ id: string; pseudonym: string }> {
  const id = crypto.randomUUID();
  const { key, wrapped } = await vault.newSubKey(interviewContext.subKey(id));
  const consent = { given: true, method: 'written', recordedAt: new Date().toISOString() };
  const created = await session.post<{ id: string; pseudonym: string }>('/api/interviews', {
    id,
    wrappedSubKey: wrapped,
    sealedSource: await sealWithKey(
      key,
      input.source ?? 'vertrouwelijk',
      interviewContext.field(id, 'source'),
    ),
    sealedConsent: await sealWithKey(key, JSON.stringify(consent), interviewContext.field(id, 'consent')),
    sealedNotes: await sealWithKey(key, input.notesHtml ?? '', interviewContext.field(id, 'notes')),
    consentGiven: true,
  });
  if (input.held ?? true) await session.patch(`/api/interviews/${id}`, { status: 'held' });
  return { id, pseudonym: created.pseudonym };
}

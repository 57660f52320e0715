import { type ConsentRecord, interviewContext } from '@brug/domain';
import { type OpenVault, openWithKey, sealWithKey } from '@brug/vault-crypto';
import type { Client } from '../../../test/helpers.ts';

/**
 * Interviews in API tests, made as the researcher's browser makes them: the id and sub-key are the
 * client's, every field is sealed with the sub-key. `vault` is the researcher's open vault
 * (`zoneWithOpenVault` in ../vault/test-support.ts).
 */
export async function sealedInterviewBody(
  vault: OpenVault,
  input: { source?: string; consent?: ConsentRecord; notes?: string; pseudonym?: string } = {},
) {
  const id = crypto.randomUUID();
  const { key, wrapped } = await vault.newSubKey(interviewContext.subKey(id));
  const consent = input.consent ?? { given: true, method: 'written', recordedAt: new Date().toISOString() };
  return {
    id,
    key,
    body: {
      id,
      ...(input.pseudonym ? { pseudonym: input.pseudonym } : {}),
      wrappedSubKey: wrapped,
      sealedSource: await sealWithKey(key, input.source ?? '', interviewContext.field(id, 'source')),
      sealedConsent: await sealWithKey(key, JSON.stringify(consent), interviewContext.field(id, 'consent')),
      sealedNotes: await sealWithKey(key, input.notes ?? '', interviewContext.field(id, 'notes')),
      consentGiven: consent.given,
    },
  };
}

/**
 * Creates an interview through the API; with `held` (the default) it is marked held, so that — with
 * consent given — it counts as a source for k. Returns the id, pseudonym and sub-key.
 */
export async function addSealedInterview(
  researcher: Client,
  vault: OpenVault,
  input: { source?: string; consent?: ConsentRecord; notes?: string; held?: boolean } = {},
) {
  const made = await sealedInterviewBody(vault, input);
  const res = await researcher.post('/api/interviews', made.body);
  if (res.statusCode !== 201) throw new Error(`interview: ${res.statusCode} ${res.body}`);
  if (input.held ?? true) {
    const held = await researcher.patch(`/api/interviews/${made.id}`, { status: 'held' });
    if (held.statusCode !== 200) throw new Error(`held: ${held.statusCode} ${held.body}`);
  }
  return { id: made.id, pseudonym: res.json().pseudonym as string, key: made.key };
}

/** Saves notes (HTML) sealed with the interview's sub-key, from `baseVersion`. */
export async function saveSealedNotes(
  researcher: Client,
  interview: { id: string; key: CryptoKey },
  html: string,
  baseVersion: number,
) {
  return researcher.put(`/api/interviews/${interview.id}/notes`, {
    sealedNotes: await sealWithKey(interview.key, html, interviewContext.field(interview.id, 'notes')),
    baseVersion,
  });
}

/** Opens the notes of `GET /api/interviews/:id` as the browser does. */
export async function openNotes(
  vault: OpenVault,
  view: { id: string; wrappedSubKey: string; sealedNotes: string },
) {
  const key = await vault.unwrapSubKey(view.wrappedSubKey, interviewContext.subKey(view.id));
  return openWithKey(key, view.sealedNotes, interviewContext.field(view.id, 'notes'));
}

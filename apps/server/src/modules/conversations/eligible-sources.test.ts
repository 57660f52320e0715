import { interviewContext } from '@brug/domain';
import { type OpenVault, sealWithKey } from '@brug/vault-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../test/helpers.ts';
import { zoneWithOpenVault } from '../vault/test-support.ts';
import { findEligibleSources } from './eligible-sources.ts';
import { addSealedInterview, openNotes, saveSealedNotes } from './test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
}, 180_000);
afterAll(async () => t?.close());

async function create(researcher: Client, vault: OpenVault, given: boolean) {
  const id = crypto.randomUUID();
  const { key, wrapped } = await vault.newSubKey(interviewContext.subKey(id));
  const consent = { given, method: 'oral', recordedAt: new Date().toISOString() };
  const res = await researcher.post('/api/interviews', {
    id,
    wrappedSubKey: wrapped,
    sealedSource: await sealWithKey(key, 'vzw De Brug', interviewContext.field(id, 'source')),
    sealedConsent: await sealWithKey(key, JSON.stringify(consent), interviewContext.field(id, 'consent')),
    sealedNotes: await sealWithKey(key, '', interviewContext.field(id, 'notes')),
    consentGiven: given,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id, key, pseudonym: res.json().pseudonym as string };
}

describe('[CONVERSATIONS] which interviews count as sources for k', { timeout: 180_000 }, () => {
  it('three interviews just created count as no source at all (issue 13: k with empty interviews)', async () => {
    const { researcher, vault, bureauId } = await zoneWithOpenVault(t);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await addSealedInterview(researcher, vault, { held: false })).id);
    const result = await findEligibleSources(t.ctx.database.db, bureauId, ids);
    expect(result.map((r) => r.counts)).toEqual([false, false, false]);
    expect(result.map((r) => (r.counts ? null : r.reason))).toEqual(['not-held', 'not-held', 'not-held']);
    // Held with consent (the test helper's default): they count.
    const held = await addSealedInterview(researcher, vault);
    expect(await findEligibleSources(t.ctx.database.db, bureauId, [held.id])).toEqual([
      { id: held.id, counts: true, pseudonym: held.pseudonym },
    ]);
    expect((await saveSealedNotes(researcher, held, '<p>notities</p>', 0)).statusCode).toBe(200);
    const view = (await researcher.get(`/api/interviews/${held.id}`)).json();
    expect(await openNotes(vault, view)).toBe('<p>notities</p>');
  });

  it('counts only held interviews with consent given and not withdrawn, and says why not for each other', async () => {
    const { researcher, vault, bureauId } = await zoneWithOpenVault(t);
    const other = await zoneWithOpenVault(t);
    const held = await create(researcher, vault, true);
    const noConsent = await create(researcher, vault, false);
    const withdrawn = await create(researcher, vault, true);
    const open = await create(researcher, vault, true);
    const foreign = await create(other.researcher, other.vault, true);
    for (const i of [held, noConsent, withdrawn, foreign])
      expect(
        (
          await (i === foreign ? other.researcher : researcher).patch(`/api/interviews/${i.id}`, {
            status: 'held',
          })
        ).statusCode,
      ).toBe(200);
    expect(
      (await researcher.post(`/api/interviews/${withdrawn.id}/withdraw`, { confirm: true })).statusCode,
    ).toBe(200);
    // Consent given later, on an interview held without it: it counts from then on.
    const late = await create(researcher, vault, false);
    await researcher.patch(`/api/interviews/${late.id}`, { status: 'held' });
    const consent = { given: true, method: 'written', recordedAt: new Date().toISOString() };
    const updated = await researcher.patch(`/api/interviews/${late.id}`, {
      sealedConsent: await sealWithKey(
        late.key,
        JSON.stringify(consent),
        interviewContext.field(late.id, 'consent'),
      ),
      consentGiven: true,
    });
    expect(updated.json()).toMatchObject({ consentGiven: true, status: 'held' });

    const result = await findEligibleSources(t.ctx.database.db, bureauId, [
      held.id,
      noConsent.id,
      withdrawn.id,
      open.id,
      foreign.id,
      'B-01',
      late.id,
      held.id,
    ]);
    expect(result).toEqual([
      { id: held.id, counts: true, pseudonym: held.pseudonym },
      { id: noConsent.id, counts: false, pseudonym: noConsent.pseudonym, reason: 'no-consent' },
      { id: withdrawn.id, counts: false, pseudonym: withdrawn.pseudonym, reason: 'withdrawn' },
      { id: open.id, counts: false, pseudonym: open.pseudonym, reason: 'not-held' },
      { id: foreign.id, counts: false, pseudonym: null, reason: 'not-found' },
      { id: 'B-01', counts: false, pseudonym: null, reason: 'not-found' },
      { id: late.id, counts: true, pseudonym: late.pseudonym },
    ]);
    expect(await findEligibleSources(t.ctx.database.db, bureauId, [])).toEqual([]);
  });
});

import { type FindingDraftContent, type FindingKind, findingContext } from '@brug/domain';
import type { OpenVault } from '@brug/vault-crypto';
import type { Client, TestApp } from '../../../test/helpers.ts';
import { addSealedInterview } from '../conversations/test-support.ts';
import { zoneWithOpenVault } from '../vault/test-support.ts';

/** A zone with a bureau, an open vault and `interviews` interviews held with consent (B-01…). */
export async function openFindingsBureau(t: TestApp, interviews = 3) {
  const opened = await zoneWithOpenVault(t);
  const sources: { id: string; pseudonym: string }[] = [];
  for (let i = 0; i < interviews; i++) {
    sources.push(
      await addSealedInterview(opened.researcher, opened.vault, { source: `Organisatie ${i + 1}` }),
    );
  }
  return { ...opened, sources };
}

/** A draft as the browser makes it: the id is the browser's, the content sealed with the bureau key. */
export async function createSealedFinding(
  researcher: Client,
  vault: OpenVault,
  kind: FindingKind,
  content: Partial<FindingDraftContent> & { statement: string },
) {
  const id = crypto.randomUUID();
  const draft: FindingDraftContent = {
    translations: {},
    theme: '',
    sourceIds: [],
    codeIds: [],
    breakdown: null,
    ...content,
  };
  const res = await researcher.post('/api/findings', {
    id,
    kind,
    sealedDraft: await vault.seal(JSON.stringify(draft), findingContext.draft(id)),
  });
  return { id, draft, res };
}

/** What the browser sends to publish a draft: the texts, the candidate sources and cells. */
export function publishBody(draft: FindingDraftContent, extra: Record<string, unknown> = {}) {
  return {
    statement: draft.statement,
    translations: draft.translations,
    theme: draft.theme,
    sourceIds: draft.sourceIds,
    breakdown: draft.breakdown,
    ...extra,
  };
}

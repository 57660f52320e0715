import type { FindingRow } from '@brug/db';
import type { FindingBreakdown, FindingTranslations } from '@brug/domain';
import { decryptForBureau, encryptForBureau, type UnlockedVault } from '../vault/access.ts';

/** Everything a draft says, sealed as one JSON document with the bureau's data key. */
export type FindingDraft = {
  statement: string;
  translations: FindingTranslations;
  theme: string;
  sourceIds: string[];
  codeIds: string[];
  breakdown: FindingBreakdown | null;
};

const context = (id: string) => `finding:${id}:draft`;

export function sealDraft(vault: UnlockedVault, id: string, draft: FindingDraft): string {
  return encryptForBureau(vault, JSON.stringify(draft), context(id));
}

export function openDraft(vault: UnlockedVault, row: Pick<FindingRow, 'id' | 'sealedDraft'>): FindingDraft {
  return JSON.parse(decryptForBureau(vault, row.sealedDraft, context(row.id))) as FindingDraft;
}

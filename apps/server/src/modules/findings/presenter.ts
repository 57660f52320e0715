import type { FindingRow } from '@brug/db';
import type { FindingKind, PublishedFindingView, SealedFindingView } from '@brug/domain';

/** For the bureau: the draft as stored, sealed; the researcher's browser opens it. */
export function presentDraft(row: FindingRow): SealedFindingView {
  return {
    id: row.id,
    kind: row.kind as FindingKind,
    status: row.status as SealedFindingView['status'],
    sealedDraft: row.sealedDraft,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** For everyone: the published statement only. Sources, codes and passages never leave with it. */
export function presentPublished(row: FindingRow): PublishedFindingView {
  return {
    id: row.id,
    kind: row.kind as FindingKind,
    statement: row.statement ?? '',
    translations: row.translations ?? {},
    theme: row.theme ?? '',
    breakdown: row.breakdown ?? null,
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
  };
}

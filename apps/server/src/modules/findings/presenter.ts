import type { FindingRow } from '@brug/db';
import type { FindingDraftView, FindingKind, PublishedFindingView } from '@brug/domain';
import type { FindingDraft } from './draft.ts';

/** For the bureau: the draft's content and its sources by pseudonym, never by name. */
export function presentDraft(
  row: FindingRow,
  draft: FindingDraft,
  pseudonyms: ReadonlyMap<string, string>,
): FindingDraftView {
  return {
    id: row.id,
    kind: row.kind as FindingKind,
    status: row.status as FindingDraftView['status'],
    statement: draft.statement,
    translations: draft.translations,
    theme: draft.theme,
    sources: draft.sourceIds.map((id) => ({ id, pseudonym: pseudonyms.get(id) ?? '—' })),
    codeIds: draft.codeIds,
    breakdown: draft.breakdown,
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

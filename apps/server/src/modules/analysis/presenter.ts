import type { SealedCodeView, SealedCodingView } from '@brug/domain';
import type { CodeWithCounts } from './codebook.ts';
import type { StoredCoding } from './coding.ts';

/** For researchers only: the code's sealed fields as stored, its place in the tree and its counts. */
export function presentCode(c: CodeWithCounts): SealedCodeView {
  return {
    id: c.id,
    parentId: c.parentId,
    sealedName: c.sealedName,
    sealedDescription: c.sealedDescription,
    sealedMemo: c.sealedMemo,
    sealedTranslations: c.sealedTranslations,
    colour: c.colour,
    position: c.position,
    passages: c.passages,
    sources: c.sources,
  };
}

/** A coded passage by pseudonym, sealed: who the source is never leaves the vault. */
export function presentCoding(c: StoredCoding): SealedCodingView {
  return {
    id: c.id,
    interviewId: c.interviewId,
    roundtableId: c.roundtableId,
    pseudonym: c.pseudonym,
    sealedExcerpt: c.sealedExcerpt,
    sealedMemo: c.sealedMemo,
    codeIds: c.codeIds,
    createdAt: c.createdAt,
  };
}

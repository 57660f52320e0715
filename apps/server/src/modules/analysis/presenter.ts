import type { CodeView, CodingView } from '@brug/domain';
import type { CodeWithCounts } from './codebook.ts';
import type { OpenCoding } from './coding.ts';

/** For researchers with the vault open only: the code's own fields and its counts. */
export function presentCode(c: CodeWithCounts): CodeView {
  return {
    id: c.id,
    parentId: c.parentId,
    name: c.name,
    description: c.description,
    colour: c.colour,
    memo: c.memo,
    position: c.position,
    passages: c.passages,
    sources: c.sources,
  };
}

/** A coded passage by pseudonym: who the source is never leaves the vault. */
export function presentCoding(c: OpenCoding): CodingView {
  return {
    id: c.id,
    interviewId: c.interviewId,
    roundtableId: c.roundtableId,
    pseudonym: c.pseudonym,
    start: c.start,
    end: c.end,
    excerpt: c.excerpt,
    memo: c.memo,
    codeIds: c.codeIds,
    createdAt: c.createdAt,
  };
}

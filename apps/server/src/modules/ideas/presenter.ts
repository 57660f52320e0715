import type { IdeaCommentRow, IdeaListRow } from '@brug/db';
import {
  ANONYMOUS_ROLE_MIN_HOLDERS,
  type IdeaCommentView,
  type IdeaStatus,
  type IdeaView,
} from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

/**
 * The fields of an idea that leave the server. The author is always stored, but an idea submitted
 * without a name shows it to its author only — not to the coordinator, nor to anyone else. Its role
 * shows only when enough people hold it: the zone's one partner contact would be named by "partner".
 */
export function presentIdea(row: IdeaListRow, viewer: SessionUser): IdeaView {
  const mine = row.authorId === viewer.id;
  const named = row.showName || mine;
  const roleSafe = named || row.authorRoleHolders >= ANONYMOUS_ROLE_MIN_HOLDERS;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status as IdeaStatus,
    statusReason: row.statusReason,
    authorName: named ? row.authorName : null,
    authorRole: roleSafe ? row.authorRole : null,
    mine,
    showName: row.showName,
    endorsements: row.endorsements,
    endorsedByMe: row.endorsedByMe,
    initiativeId: row.initiativeId,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Comments carry their author's name, except the unnamed submitter's own comments on the idea. */
export function presentIdeaComment(
  row: IdeaCommentRow,
  idea: { authorId: string; showName: boolean },
  viewer: SessionUser,
): IdeaCommentView {
  const bySubmitter = row.authorId === idea.authorId;
  const mine = row.authorId === viewer.id;
  const hidden = bySubmitter && !idea.showName && !mine;
  return {
    id: row.id,
    text: row.text,
    authorName: hidden ? null : row.authorName,
    bySubmitter,
    mine,
    createdAt: row.createdAt.toISOString(),
  };
}

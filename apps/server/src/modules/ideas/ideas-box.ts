import { randomUUID } from 'node:crypto';
import { appendAudit, auditedWrite, lockIdea, preparedQuery, schema, type Tx } from '@brug/db';
import {
  AppError,
  type CreateIdeaInput,
  canTriageIdea,
  type IdeaStatus,
  type TriageIdeaInput,
} from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';

/**
 * Audit entries of an unnamed submitter leave out who acted: the coordinator reads the audit log, and
 * the promise is that the police does not see the name.
 */
function actorFor(user: SessionUser, anonymous: boolean) {
  return anonymous ? { actorId: null, actorEmail: null } : { actorId: user.id, actorEmail: user.email };
}

/** An idea and its audit entry in one statement (`auditedWrite`); its id is made here, for the entry. */
const insertIdea = auditedWrite(
  'idea_insert',
  ['id', 'zoneId', 'authorId', 'title', 'description', 'showName'],
  schema.ideas,
  (db, p) => db.insert(schema.ideas).values(p).returning(),
);
const insertComment = preparedQuery(
  'idea_comment_insert',
  ['zoneId', 'ideaId', 'authorId', 'text'],
  (tx, p) => tx.insert(schema.ideaComments).values(p).returning(),
  'shared',
);

export async function submitIdea(ctx: AppContext, user: SessionUser, input: CreateIdeaInput) {
  const id = randomUUID();
  const [idea] = await insertIdea(
    ctx.database.db,
    {
      id,
      zoneId: user.zoneId,
      authorId: user.id,
      title: input.title,
      description: input.description,
      showName: input.showName,
    },
    {
      zoneId: user.zoneId,
      ...actorFor(user, !input.showName),
      action: 'idea.submit',
      targetType: 'idea',
      targetId: id,
      details: { named: input.showName },
    },
  );
  return idea;
}

async function ideaOrNotFound(tx: Tx, user: SessionUser, id: string) {
  const idea = await lockIdea(tx, user.zoneId, id);
  if (!idea) throw new AppError('NOT_FOUND', 'No such idea');
  return idea;
}

export async function commentOnIdea(ctx: AppContext, user: SessionUser, ideaId: string, text: string) {
  return ctx.database.db.transaction(async (tx) => {
    const idea = await ideaOrNotFound(tx, user, ideaId);
    const [comment] = await insertComment(tx, { zoneId: user.zoneId, ideaId, authorId: user.id, text });
    await appendAudit(tx, {
      zoneId: user.zoneId,
      ...actorFor(user, idea.authorId === user.id && !idea.showName),
      action: 'idea.comment',
      targetType: 'idea',
      targetId: ideaId,
      details: { commentId: comment.id },
    });
    return comment;
  });
}

export async function endorseIdea(ctx: AppContext, user: SessionUser, ideaId: string, on: boolean) {
  await ctx.database.db.transaction(async (tx) => {
    const idea = await ideaOrNotFound(tx, user, ideaId);
    if (idea.authorId === user.id)
      throw new AppError('CONFLICT', 'You cannot endorse your own idea', { fields: { idea: 'your own' } });
    const changed = on
      ? await tx
          .insert(schema.ideaEndorsements)
          .values({ ideaId, userId: user.id, zoneId: user.zoneId })
          .onConflictDoNothing()
          .returning()
      : await tx
          .delete(schema.ideaEndorsements)
          .where(and(eq(schema.ideaEndorsements.ideaId, ideaId), eq(schema.ideaEndorsements.userId, user.id)))
          .returning();
    if (changed.length === 0) return;
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: on ? 'idea.endorse' : 'idea.unendorse',
      targetType: 'idea',
      targetId: ideaId,
    });
  });
}

export async function triageIdea(ctx: AppContext, user: SessionUser, ideaId: string, input: TriageIdeaInput) {
  await ctx.database.db.transaction(async (tx) => {
    const idea = await ideaOrNotFound(tx, user, ideaId);
    if (!canTriageIdea(idea.status as IdeaStatus, input.status))
      throw AppError.validation({ status: `cannot go from ${idea.status} to ${input.status}` });
    await tx
      .update(schema.ideas)
      .set({
        status: input.status,
        statusReason: input.status === 'not_now' ? (input.reason ?? null) : null,
        updatedAt: new Date(),
      })
      .where(eq(schema.ideas.id, ideaId));
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'idea.triage',
      targetType: 'idea',
      targetId: ideaId,
      details: { from: idea.status, to: input.status },
    });
  });
}

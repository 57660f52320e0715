import { appendAudit, lockInitiative, schema } from '@brug/db';
import { AppError, DOCUMENT_MAX_BYTES, type FitInput } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';

/** Co-design continues until the initiative is carried out; afterwards its space is read-only. */
const OPEN = ['idea', 'proposal', 'co_design', 'planned'];

async function openInitiative(tx: Parameters<typeof lockInitiative>[0], user: SessionUser, id: string) {
  const initiative = await lockInitiative(tx, user.zoneId, id);
  if (!initiative) throw new AppError('NOT_FOUND', 'No such initiative');
  if (!OPEN.includes(initiative.status))
    throw new AppError('CONFLICT', `Co-design is closed for an initiative that is ${initiative.status}`, {
      fields: { status: initiative.status },
    });
  return initiative;
}

export async function addCodesignComment(
  ctx: AppContext,
  user: SessionUser,
  initiativeId: string,
  text: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    await openInitiative(tx, user, initiativeId);
    const [row] = await tx
      .insert(schema.codesignComments)
      .values({ zoneId: user.zoneId, initiativeId, authorId: user.id, text })
      .returning();
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'initiative.comment',
      targetType: 'initiative',
      targetId: initiativeId,
      details: { commentId: row.id },
    });
    return row;
  });
}

export async function attachDocument(
  ctx: AppContext,
  user: SessionUser,
  initiativeId: string,
  doc: { filename: string; contentType: string; content: string },
) {
  const content = Buffer.from(doc.content, 'base64');
  if (content.length === 0) throw AppError.validation({ content: 'empty file' });
  if (content.length > DOCUMENT_MAX_BYTES)
    throw AppError.validation({ content: `larger than ${DOCUMENT_MAX_BYTES} bytes` });
  return ctx.database.db.transaction(async (tx) => {
    await openInitiative(tx, user, initiativeId);
    const [row] = await tx
      .insert(schema.initiativeDocuments)
      .values({
        zoneId: user.zoneId,
        initiativeId,
        uploadedBy: user.id,
        filename: doc.filename,
        contentType: doc.contentType,
        size: content.length,
        content,
      })
      .returning({ id: schema.initiativeDocuments.id });
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'initiative.document.attach',
      targetType: 'initiative',
      targetId: initiativeId,
      details: { documentId: row.id, size: content.length, contentType: doc.contentType },
    });
    return row;
  });
}

/**
 * A co-owning partner confirms the proposal fits its needs ("afgestemd op onze noden") or asks for
 * changes. Only for an organisation the user speaks for.
 */
export async function answerFit(
  ctx: AppContext,
  user: SessionUser,
  initiativeId: string,
  organisationId: string,
  input: FitInput,
) {
  await ctx.database.db.transaction(async (tx) => {
    await openInitiative(tx, user, initiativeId);
    const [row] = await tx
      .update(schema.initiativePartners)
      .set({ fit: input.fit, note: input.note ?? null, answeredBy: user.id, answeredAt: new Date() })
      .where(
        and(
          eq(schema.initiativePartners.initiativeId, initiativeId),
          eq(schema.initiativePartners.organisationId, organisationId),
        ),
      )
      .returning();
    if (!row) throw AppError.validation({ organisationId: 'not a co-owner of this initiative' });
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'initiative.fit',
      targetType: 'initiative',
      targetId: initiativeId,
      details: { organisationId, fit: input.fit },
    });
  });
}

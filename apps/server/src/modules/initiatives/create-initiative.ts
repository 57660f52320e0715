import {
  appendAudit,
  findZoneOrganisationIds,
  getZoneUser,
  lockIdea,
  lockInitiative,
  schema,
  type Tx,
} from '@brug/db';
import {
  AppError,
  type ConvertIdeaInput,
  type CreateInitiativeInput,
  canConvertIdea,
  type IdeaStatus,
  type InitiativeType,
  materialChanges,
  type UpdateInitiativeInput,
} from '@brug/domain';
import { and, eq, ne, notInArray } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { findPublishedFindings } from './findings-source.ts';
import { queueFitResetMails } from './fit-reset-mail.ts';

type Links = { partnerOrganisationIds?: string[]; findingIds?: string[]; leadUserId?: string | null };

/** Every referenced organisation, finding and lead colleague must exist in the zone: else a 400 naming the field. */
async function checkLinks(tx: Tx, zoneId: string, links: Links): Promise<void> {
  const fields: Record<string, string> = {};
  if (links.partnerOrganisationIds?.length) {
    const found = await findZoneOrganisationIds(tx, zoneId, links.partnerOrganisationIds);
    if (found.length !== new Set(links.partnerOrganisationIds).size)
      fields.partnerOrganisationIds = 'unknown partner organisation';
  }
  if (links.findingIds?.length) {
    const found = await findPublishedFindings(tx, zoneId, [...new Set(links.findingIds)]);
    if (found.length !== new Set(links.findingIds).size) fields.findingIds = 'unknown or unpublished finding';
  }
  if (links.leadUserId) {
    const lead = await getZoneUser(tx, zoneId, links.leadUserId);
    if (lead?.status !== 'active' || !['colleague', 'coordinator'].includes(lead.role))
      fields.leadUserId = 'not an active colleague of this zone';
  }
  if (Object.keys(fields).length > 0) throw AppError.validation(fields);
}

/** Keeps the confirmations of partners that stay; new partners start as pending. */
async function syncPartners(tx: Tx, zoneId: string, initiativeId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  await tx
    .delete(schema.initiativePartners)
    .where(
      and(
        eq(schema.initiativePartners.initiativeId, initiativeId),
        unique.length ? notInArray(schema.initiativePartners.organisationId, unique) : undefined,
      ),
    );
  if (unique.length)
    await tx
      .insert(schema.initiativePartners)
      .values(unique.map((organisationId) => ({ initiativeId, organisationId, zoneId })))
      .onConflictDoNothing();
}

async function syncFindings(tx: Tx, zoneId: string, initiativeId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  await tx.delete(schema.initiativeFindings).where(eq(schema.initiativeFindings.initiativeId, initiativeId));
  if (unique.length)
    await tx
      .insert(schema.initiativeFindings)
      .values(unique.map((findingId) => ({ initiativeId, findingId, zoneId })));
}

async function insertInitiative(
  tx: Tx,
  user: SessionUser,
  input: CreateInitiativeInput,
  extra: { status?: string; ideaId?: string } = {},
) {
  await checkLinks(tx, user.zoneId, input);
  const { partnerOrganisationIds, findingIds, ...fields } = input;
  const [row] = await tx
    .insert(schema.initiatives)
    .values({ ...fields, ...extra, zoneId: user.zoneId, createdBy: user.id })
    .returning();
  await syncPartners(tx, user.zoneId, row.id, partnerOrganisationIds);
  await syncFindings(tx, user.zoneId, row.id, findingIds);
  await appendAudit(tx, {
    zoneId: user.zoneId,
    actorId: user.id,
    actorEmail: user.email,
    action: 'initiative.create',
    targetType: 'initiative',
    targetId: row.id,
    details: {
      type: input.type,
      partners: partnerOrganisationIds.length,
      findings: findingIds.length,
      ideaId: extra.ideaId,
    },
  });
  return row;
}

export async function createInitiative(ctx: AppContext, user: SessionUser, input: CreateInitiativeInput) {
  return ctx.database.db.transaction((tx) => insertInitiative(tx, user, input));
}

/** The coordinator turns an idea into an initiative (a proposal); the idea shows where it went. */
export async function convertIdea(
  ctx: AppContext,
  user: SessionUser,
  ideaId: string,
  input: ConvertIdeaInput,
) {
  return ctx.database.db.transaction(async (tx) => {
    const idea = await lockIdea(tx, user.zoneId, ideaId);
    if (!idea) throw new AppError('NOT_FOUND', 'No such idea');
    if (!canConvertIdea(idea.status as IdeaStatus))
      throw AppError.validation({ status: `an idea that is ${idea.status} cannot become an initiative` });
    const row = await insertInitiative(
      tx,
      user,
      {
        ...input,
        title: input.title ?? idea.title,
        description: input.description || idea.description,
      } as CreateInitiativeInput,
      { status: 'proposal', ideaId },
    );
    await tx
      .update(schema.ideas)
      .set({
        status: 'turned_into_initiative',
        initiativeId: row.id,
        statusReason: null,
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
      details: { from: idea.status, to: 'turned_into_initiative', initiativeId: row.id },
    });
    return row;
  });
}

const FROZEN = ['done', 'evaluated', 'dropped'];

export async function updateInitiative(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: UpdateInitiativeInput,
) {
  const mailIds = await ctx.database.db.transaction(async (tx) => {
    const before = await lockInitiative(tx, user.zoneId, id);
    if (!before) throw new AppError('NOT_FOUND', 'No such initiative');
    if (FROZEN.includes(before.status))
      throw new AppError('CONFLICT', `An initiative that is ${before.status} cannot be changed`, {
        fields: { status: before.status },
      });
    await checkLinks(tx, user.zoneId, input);
    if (input.findingIds && input.findingIds.length === 0 && ['planned', 'running'].includes(before.status))
      throw AppError.validation({ findingIds: 'a planned initiative must answer at least one finding' });
    const linked = await tx
      .select({ id: schema.initiativeFindings.findingId })
      .from(schema.initiativeFindings)
      .where(eq(schema.initiativeFindings.initiativeId, id));
    const changed = materialChanges(
      { ...before, type: before.type as InitiativeType, findingIds: linked.map((f) => f.id) },
      input,
    );
    const { partnerOrganisationIds, findingIds, ...fields } = input;
    await tx
      .update(schema.initiatives)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(schema.initiatives.id, id));
    if (partnerOrganisationIds) await syncPartners(tx, user.zoneId, id, partnerOrganisationIds);
    if (findingIds) await syncFindings(tx, user.zoneId, id, findingIds);
    // The partners answered for the proposal as it was: a different proposal needs their answer again.
    const reset = changed.length
      ? await tx
          .update(schema.initiativePartners)
          .set({ fit: 'pending', note: null, answeredBy: null, answeredAt: null })
          .where(
            and(eq(schema.initiativePartners.initiativeId, id), ne(schema.initiativePartners.fit, 'pending')),
          )
          .returning({ organisationId: schema.initiativePartners.organisationId })
      : [];
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'initiative.update',
      targetType: 'initiative',
      targetId: id,
      details: { fields: Object.keys(input), material: changed, confirmationsReset: reset.length },
    });
    return queueFitResetMails(
      ctx,
      tx,
      { id, zoneId: user.zoneId, title: input.title ?? before.title },
      reset.map((r) => r.organisationId),
    );
  });
  await ctx.mailer.dispatch(mailIds);
}

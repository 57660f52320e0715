import { randomBytes } from 'node:crypto';
import { appendAudit, countResponses, getZoneSurvey, type SurveyRow, schema } from '@brug/db';
import {
  AppError,
  type CreateSurveyInput,
  checkDefinition,
  type SurveyDefinition,
  type UpdateSurveyInput,
} from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { forgetPublicSurvey } from './public-surveys.ts';
import { forgetZoneTrust } from './trust-figures.ts';

async function checkLinks(ctx: AppContext, actor: SessionUser, input: Partial<CreateSurveyInput>) {
  const db = ctx.database.db;
  const fields: Record<string, string> = {};
  if (input.definition) Object.assign(fields, prefix('definition', checkDefinition(input.definition)));
  if (input.district) {
    const [zone] = await db
      .select({ districts: schema.zones.districts })
      .from(schema.zones)
      .where(eq(schema.zones.id, actor.zoneId));
    if (!zone.districts.includes(input.district)) fields.district = 'not a district of this zone';
  }
  if (input.activityId) {
    const [a] = await db
      .select({ initiativeId: schema.activities.initiativeId })
      .from(schema.activities)
      .where(and(eq(schema.activities.id, input.activityId), eq(schema.activities.zoneId, actor.zoneId)));
    if (!a) fields.activityId = 'no such activity in this zone';
    else if (input.initiativeId && input.initiativeId !== a.initiativeId)
      fields.initiativeId = 'not the initiative of this activity';
    else input.initiativeId = a.initiativeId;
  } else if (input.initiativeId) {
    const [i] = await db
      .select({ id: schema.initiatives.id })
      .from(schema.initiatives)
      .where(and(eq(schema.initiatives.id, input.initiativeId), eq(schema.initiatives.zoneId, actor.zoneId)));
    if (!i) fields.initiativeId = 'no such initiative in this zone';
  }
  if (Object.keys(fields).length) throw AppError.validation(fields);
}

function prefix(p: string, errors: Record<string, string>) {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${p}.${k}`, v]));
}

export async function createSurvey(
  ctx: AppContext,
  actor: SessionUser,
  input: CreateSurveyInput,
): Promise<SurveyRow> {
  await checkLinks(ctx, actor, input);
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.surveys)
      .values({
        ...input,
        zoneId: actor.zoneId,
        publicId: randomBytes(12).toString('base64url'),
        createdBy: actor.id,
      })
      .returning();
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'survey.create',
      targetType: 'survey',
      targetId: row.id,
      details: { kind: row.kind, questions: input.definition.questions.length },
    });
    return row;
  });
}

/** Dates and texts may change any time; the questions only while nobody has answered. */
export async function updateSurvey(
  ctx: AppContext,
  actor: SessionUser,
  id: string,
  input: UpdateSurveyInput,
): Promise<SurveyRow> {
  const db = ctx.database.db;
  const current = await getZoneSurvey(db, actor.zoneId, id);
  if (!current) throw new AppError('NOT_FOUND', 'No such survey');
  const merged = {
    opensOn: input.opensOn ?? current.opensOn,
    closesOn: input.closesOn ?? current.closesOn,
  };
  if (merged.closesOn < merged.opensOn) throw AppError.validation({ closesOn: 'must not be before opensOn' });
  await checkLinks(ctx, actor, input);
  if (input.definition) {
    const answered = (await countResponses(db, [id])).get(id) ?? 0;
    if (answered > 0)
      throw new AppError('CONFLICT', 'The questions cannot change once people have answered', {
        fields: { definition: 'survey already answered' },
      });
  }
  if (input.kind && input.kind !== current.kind) throw AppError.validation({ kind: 'cannot change' });
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.surveys)
      .set({ ...input, updatedAt: new Date() })
      .where(and(eq(schema.surveys.id, id), eq(schema.surveys.zoneId, actor.zoneId)))
      .returning();
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'survey.update',
      targetType: 'survey',
      targetId: id,
      details: { fields: Object.keys(input) },
    });
    return row;
  });
  // After the commit, so that no request reads the old row back into the caches.
  forgetPublicSurvey(current.publicId);
  forgetZoneTrust(actor.zoneId);
  return updated;
}

export type { SurveyDefinition };

import { appendAudit, getVolunteer, getVolunteerByUser, schema, type VolunteerWithUser } from '@brug/db';
import {
  AppError,
  assertTransition,
  type UpdateVolunteerProfileInput,
  type VolunteerStatus,
} from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { render } from '../mail/templates.ts';
import { messageMail } from './mail.ts';
import { checkZoneLists } from './validate-profile.ts';

export async function requireZoneVolunteer(
  ctx: AppContext,
  actor: SessionUser,
  id: string,
): Promise<VolunteerWithUser> {
  const v = await getVolunteer(ctx.database.db, actor.zoneId, id);
  if (!v) throw new AppError('NOT_FOUND', 'No such colleague in the volunteer pool');
  return v;
}

export async function requireOwnVolunteer(
  ctx: AppContext,
  actor: { id: string },
): Promise<VolunteerWithUser> {
  const v = await getVolunteerByUser(ctx.database.db, actor.id);
  if (!v) throw new AppError('NOT_FOUND', 'You have not applied to the volunteer pool');
  return v;
}

const audit = (
  actor: SessionUser,
  action: string,
  volunteerId: string,
  details: Record<string, unknown> = {},
) => ({
  zoneId: actor.zoneId,
  actorId: actor.id,
  actorEmail: actor.email,
  action,
  targetType: 'volunteer',
  targetId: volunteerId,
  details,
});

export async function changeVolunteerStatus(
  ctx: AppContext,
  actor: SessionUser,
  v: VolunteerWithUser,
  to: VolunteerStatus,
  note?: string,
) {
  assertTransition(v.status as VolunteerStatus, to);
  await ctx.database.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(schema.volunteers)
      .set({ status: to, updatedAt: new Date() })
      .where(and(eq(schema.volunteers.id, v.id), eq(schema.volunteers.status, v.status)))
      .returning({ id: schema.volunteers.id });
    if (!updated)
      throw new AppError('CONFLICT', 'The status changed meanwhile; reload', {
        fields: { status: 'changed' },
      });
    await tx.insert(schema.volunteerStatusHistory).values({
      zoneId: v.zoneId,
      volunteerId: v.id,
      fromStatus: v.status,
      toStatus: to,
      note: note || null,
      byUserId: actor.id,
    });
    await appendAudit(tx, audit(actor, 'volunteer.status', v.id, { from: v.status, to }));
  });
}

export async function updateVolunteerProfile(
  ctx: AppContext,
  actor: SessionUser,
  v: VolunteerWithUser,
  input: UpdateVolunteerProfileInput,
) {
  await ctx.database.db.transaction(async (tx) => {
    await checkZoneLists(tx, v.zoneId, input);
    await tx
      .update(schema.volunteers)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(schema.volunteers.id, v.id));
    await appendAudit(tx, audit(actor, 'volunteer.profile.update', v.id, { fields: Object.keys(input) }));
  });
}

export async function addVolunteerNote(
  ctx: AppContext,
  actor: SessionUser,
  v: VolunteerWithUser,
  kind: 'note' | 'message',
  text: string,
) {
  const mailId = await ctx.database.db.transaction(async (tx) => {
    await tx
      .insert(schema.volunteerNotes)
      .values({ zoneId: v.zoneId, volunteerId: v.id, kind, text, authorId: actor.id });
    await appendAudit(tx, audit(actor, kind === 'note' ? 'volunteer.note' : 'volunteer.message', v.id));
    if (kind !== 'message') return null;
    const content = render(messageMail, v.language, {
      name: v.displayName,
      from: actor.displayName,
      text,
      link: `${ctx.config.publicUrl}/volunteers/me`,
    });
    return ctx.mailer.queue(tx, { ...content, zoneId: v.zoneId, to: v.email });
  });
  if (mailId) await ctx.mailer.dispatch([mailId]);
}

export async function addTraining(
  ctx: AppContext,
  actor: SessionUser,
  v: VolunteerWithUser,
  name: string,
  completedOn: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.volunteerTrainings)
      .values({ zoneId: v.zoneId, volunteerId: v.id, name, completedOn })
      .returning();
    await appendAudit(tx, audit(actor, 'volunteer.training', v.id, { trainingId: row.id }));
    return row;
  });
}

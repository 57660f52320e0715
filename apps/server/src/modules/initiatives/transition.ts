import { appendAudit, lockInitiative, schema } from '@brug/db';
import { AppError, checkTransition, type InitiativeStatus, type TransitionInput } from '@brug/domain';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';

/** Moves an initiative along its lifecycle; the rules live in the domain (`checkTransition`). */
export async function transitionInitiative(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: TransitionInput,
) {
  await ctx.database.db.transaction(async (tx) => {
    const initiative = await lockInitiative(tx, user.zoneId, id);
    if (!initiative) throw new AppError('NOT_FOUND', 'No such initiative');
    const [facts] = await tx
      .select({
        answers: sql<number>`(select count(*)::int from ${schema.initiativeFindings} f where f.initiative_id = ${id})`,
        partners: sql<number>`(select count(*)::int from ${schema.initiativePartners} p where p.initiative_id = ${id})`,
        confirmed: sql<number>`(select count(*)::int from ${schema.initiativePartners} p where p.initiative_id = ${id} and p.fit = 'confirmed')`,
      })
      .from(sql`(select 1) as one`);
    const from = initiative.status as InitiativeStatus;
    const check = checkTransition(from, input.to, {
      ...facts,
      reason: input.reason,
      overrideReason: input.overrideReason,
    });
    if (!check.ok) throw AppError.validation({ [check.field]: check.message });
    const withoutFindings = input.to === 'planned' && facts.answers === 0;
    const override =
      input.to === 'planned' && (facts.confirmed < facts.partners || withoutFindings)
        ? input.overrideReason
        : undefined;
    await tx
      .update(schema.initiatives)
      .set({
        status: input.to,
        statusReason: input.to === 'dropped' ? (input.reason ?? null) : initiative.statusReason,
        planOverrideReason: override ?? (input.to === 'planned' ? null : initiative.planOverrideReason),
        updatedAt: new Date(),
      })
      .where(eq(schema.initiatives.id, id));
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: user.id,
      actorEmail: user.email,
      action: 'initiative.transition',
      targetType: 'initiative',
      targetId: id,
      details: {
        from,
        to: input.to,
        withoutEveryConfirmation: override !== undefined && facts.confirmed < facts.partners,
        withoutFindings,
      },
    });
  });
}

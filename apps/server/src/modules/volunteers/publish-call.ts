import { appendAudit, getVolunteerCall, schema } from '@brug/db';
import { AppError } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { render } from '../mail/templates.ts';
import { callMail } from './mail.ts';

/** Publishes a call to every colleague of the zone and, when asked, e-mails it to each of them. */
export async function publishCall(ctx: AppContext, actor: SessionUser, callId: string, email: boolean) {
  const { call, mailIds } = await ctx.database.db.transaction(async (tx) => {
    const current = await getVolunteerCall(tx, actor.zoneId, callId);
    if (!current) throw new AppError('NOT_FOUND', 'No such call');
    if (current.status === 'closed')
      throw new AppError('CONFLICT', 'This call is closed', { fields: { status: 'closed' } });
    const mailIds: string[] = [];
    if (email) {
      const colleagues = await tx
        .select()
        .from(schema.users)
        .where(
          and(
            eq(schema.users.zoneId, actor.zoneId),
            eq(schema.users.role, 'colleague'),
            eq(schema.users.status, 'active'),
          ),
        );
      const link = `${ctx.config.publicUrl}/volunteers/apply?call=${current.id}`;
      for (const c of colleagues) {
        const content = render(callMail, c.language, {
          name: c.displayName,
          title: current.title,
          body: current.body,
          asked: current.asked,
          time: current.timeCommitment,
          link,
        });
        mailIds.push(await ctx.mailer.queue(tx, { ...content, zoneId: actor.zoneId, to: c.email }));
      }
    }
    const [call] = await tx
      .update(schema.volunteerCalls)
      .set({
        status: 'published',
        publishedAt: current.publishedAt ?? new Date(),
        emailedCount: current.emailedCount + mailIds.length,
      })
      .where(eq(schema.volunteerCalls.id, current.id))
      .returning();
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'volunteer.call.publish',
      targetType: 'volunteer_call',
      targetId: call.id,
      details: { emailed: mailIds.length },
    });
    return { call, mailIds };
  });
  await ctx.mailer.dispatch(mailIds);
  return call;
}

import { appendAudit, findUserByEmail, schema, type Tx } from '@brug/db';
import { AppError, INVITATION_TTL_DAYS, type InviteUserInput } from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { invitationMail, render } from '../mail/templates.ts';
import type { SessionUser } from './session-store.ts';
import { createUserToken } from './user-tokens.ts';

const TTL_MS = INVITATION_TTL_DAYS * 24 * 3_600_000;

/** Creates an invited user in the inviter's zone and e-mails a single-use link valid 7 days. */
export async function inviteUser(ctx: AppContext, inviter: SessionUser, input: InviteUserInput) {
  const { database, mailer } = ctx;
  const { user, mailId } = await database.db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) {
      throw new AppError('CONFLICT', 'A user with this e-mail address exists', {
        fields: { email: 'already in use' },
      });
    }
    const [user] = await tx
      .insert(schema.users)
      .values({
        zoneId: inviter.zoneId,
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        language: input.language,
        status: 'invited',
      })
      .returning();
    const mailId = await sendInvitation(ctx, tx, inviter, user);
    await appendAudit(tx, {
      zoneId: inviter.zoneId,
      actorId: inviter.id,
      actorEmail: inviter.email,
      action: 'user.invite',
      targetType: 'user',
      targetId: user.id,
      details: { role: input.role },
    });
    return { user, mailId };
  });
  await mailer.dispatch([mailId]);
  return user;
}

export async function sendInvitation(
  ctx: AppContext,
  tx: Tx,
  inviter: SessionUser,
  user: { id: string; email: string; displayName: string; language: string; zoneId: string },
): Promise<string> {
  const token = await createUserToken(tx, 'invitation', user.id, TTL_MS);
  const [zone] = await tx
    .select({ name: schema.zones.name })
    .from(schema.zones)
    .where(eq(schema.zones.id, user.zoneId));
  const link = `${ctx.config.publicUrl}/invitation?token=${token}`;
  const content = render(invitationMail, user.language, {
    name: user.displayName,
    inviter: inviter.displayName,
    zone: zone?.name ?? 'Brug',
    link,
    days: INVITATION_TTL_DAYS,
  });
  return ctx.mailer.queue(tx, {
    ...content,
    zoneId: user.zoneId,
    to: user.email,
    language: user.language,
    purpose: 'account-invitation',
    userId: user.id,
  });
}

import { appendAudit, schema, type Tx } from '@brug/db';
import { invitationDeadline, invitationReminderAt, type SendInvitationsInput } from '@brug/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { randomToken, sha256 } from '../../http/tokens.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { invitationMail } from './mails.ts';
import { advanceForInvitation } from './relationship.ts';
import { roundtableOf, selectRecipients, zoneContext } from './select-recipients.ts';

export const INVITATION_REMINDER_QUEUE = 'listening-invitation-reminder';
type InvitationRow = typeof schema.invitations.$inferSelect;

export function invitationLink(ctx: AppContext, token: string, language: string) {
  return `${ctx.config.publicUrl}/invitations/answer?lang=${language}&token=${token}`;
}

/** Renders the invitation e-mail for one contact; used for the first mail and the reminder. */
export async function renderInvitation(
  ctx: AppContext,
  tx: Tx,
  inv: Pick<InvitationRow, 'zoneId' | 'contactId' | 'kind' | 'roundtableId' | 'language' | 'expiresAt'>,
  token: string,
  reminder: boolean,
) {
  const { zone, bureau } = await zoneContext(tx, inv.zoneId);
  const [row] = await tx
    .select({ contact: schema.contacts, organisation: schema.organisations })
    .from(schema.contacts)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.contacts.organisationId))
    .where(eq(schema.contacts.id, inv.contactId));
  const rt = await roundtableOf(tx, inv.zoneId, inv.roundtableId);
  const mail = invitationMail(
    inv.language,
    {
      kind: inv.kind as 'interview' | 'roundtable',
      name: row.contact.name,
      organisation: row.organisation.name,
      zone: zone.name,
      bureau: bureau?.name ?? null,
      link: invitationLink(ctx, token, inv.language),
      deadline: inv.expiresAt,
      roundtable: rt ? { title: rt.title, startsAt: rt.startsAt, place: rt.place } : null,
    },
    reminder,
  );
  return { to: row.contact.email!, mail };
}

/**
 * Invites the contacts (with an e-mail address, not erased) of the chosen organisations or wave, or
 * only the chosen contacts (`selectRecipients`). A contact already invited to the same conversation is
 * skipped, and counted apart from those without an e-mail address. Reminders are queued as jobs.
 */
export async function sendInvitations(ctx: AppContext, actor: SessionUser, input: SendInvitationsInput) {
  const deadline = invitationDeadline(new Date());
  const result = await ctx.database.db.transaction(async (tx) => {
    const { organisations: orgs, recipients } = await selectRecipients(tx, actor.zoneId, input);
    const created: { inv: InvitationRow; token: string }[] = [];
    const mailIds: string[] = [];
    const skipped = recipients.filter((r) => r.status === 'no_email').length;
    const alreadyInvited = recipients.filter((r) => r.status === 'already_invited').length;
    if (orgs.length === 0) return { created, skipped, alreadyInvited, mailIds };
    for (const r of recipients) {
      if (r.status !== 'will_send') continue;
      const token = randomToken();
      const [inv] = await tx
        .insert(schema.invitations)
        .values({
          zoneId: actor.zoneId,
          organisationId: r.organisationId,
          contactId: r.contactId,
          waveId: r.waveId,
          kind: input.kind,
          roundtableId: input.kind === 'roundtable' ? input.roundtableId : null,
          language: r.language,
          tokenHash: sha256(token),
          expiresAt: deadline,
          createdById: actor.id,
        })
        .returning();
      const { to, mail } = await renderInvitation(ctx, tx, inv, token, false);
      mailIds.push(await ctx.mailer.queue(tx, { zoneId: actor.zoneId, to, ...mail }));
      created.push({ inv, token });
    }
    // The organisations invited move to `invited` in their wave's programme (the waves view counts them so).
    const invitedOrgs = new Map(created.map(({ inv }) => [inv.organisationId, inv.waveId]));
    for (const [organisationId, waveId] of invitedOrgs) {
      await advanceForInvitation(tx, {
        zoneId: actor.zoneId,
        organisationId,
        waveId,
        to: 'invited',
        actor: { id: actor.id, email: actor.email },
      });
    }
    await appendAudit(tx, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'invitation.send',
      targetType: input.waveId ? 'wave' : 'organisations',
      targetId: input.waveId ?? null,
      details: {
        kind: input.kind,
        invitations: created.length,
        organisations: orgs.length,
        chosenContacts: input.contactIds?.length ?? null,
        skippedWithoutEmail: skipped,
        skippedAlreadyInvited: alreadyInvited,
      },
    });
    return { created, skipped, alreadyInvited, mailIds };
  });
  await ctx.mailer.dispatch(result.mailIds);
  for (const { inv } of result.created) {
    const at = invitationReminderAt(inv.expiresAt);
    if (at > new Date()) {
      await ctx.jobs.send(
        INVITATION_REMINDER_QUEUE,
        { invitationId: inv.id },
        { startAfter: at, singletonKey: inv.id },
      );
    }
  }
  return {
    sent: result.created.length,
    skippedWithoutEmail: result.skipped,
    skippedAlreadyInvited: result.alreadyInvited,
    tokens: result.created.map((c) => c.token),
  };
}

/**
 * The deadline reminder. Only the hash of the first link is kept, so the reminder carries a fresh
 * link, which replaces the first one (the older e-mail's link then shows the "no longer valid" page).
 */
export async function sendInvitationReminder(ctx: AppContext, invitationId: string) {
  const ids = await ctx.database.db.transaction(async (tx) => {
    const [inv] = await tx.select().from(schema.invitations).where(eq(schema.invitations.id, invitationId));
    if (!inv || inv.answeredAt || inv.reminderSentAt || inv.expiresAt <= new Date()) return [];
    const token = randomToken();
    const [updated] = await tx
      .update(schema.invitations)
      .set({ tokenHash: sha256(token), reminderSentAt: new Date() })
      .where(and(eq(schema.invitations.id, inv.id), isNull(schema.invitations.answeredAt)))
      .returning();
    if (!updated) return [];
    const { to, mail } = await renderInvitation(ctx, tx, updated, token, true);
    return [await ctx.mailer.queue(tx, { zoneId: inv.zoneId, to, ...mail })];
  });
  await ctx.mailer.dispatch(ids);
}

import { appendAudit, schema, type Tx } from '@brug/db';
import {
  AppError,
  OUTREACH_LINK_TTL_DAYS,
  OUTREACH_REMINDER_DAYS_BEFORE,
  type SendInvitationsInput,
} from '@brug/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { randomToken, sha256 } from '../../http/tokens.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { invitationMail } from './mails.ts';
import { advanceForInvitation } from './relationship.ts';

export const INVITATION_REMINDER_QUEUE = 'listening-invitation-reminder';
type InvitationRow = typeof schema.invitations.$inferSelect;

export function invitationLink(ctx: AppContext, token: string, language: string) {
  return `${ctx.config.publicUrl}/invitations/answer?lang=${language}&token=${token}`;
}

async function zoneContext(tx: Tx, zoneId: string) {
  const [zone] = await tx.select().from(schema.zones).where(eq(schema.zones.id, zoneId));
  const [bureau] = await tx.select().from(schema.bureaus).where(eq(schema.bureaus.zoneId, zoneId));
  return { zone, bureau };
}

async function roundtableOf(tx: Tx, zoneId: string, id: string | null | undefined) {
  if (!id) return null;
  const [rt] = await tx
    .select()
    .from(schema.roundtables)
    .where(and(eq(schema.roundtables.id, id), eq(schema.roundtables.zoneId, zoneId)));
  return rt ?? null;
}

/** Renders the invitation e-mail for one contact; used for the first mail and the reminder. */
export async function renderInvitation(
  ctx: AppContext,
  tx: Tx,
  inv: InvitationRow,
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
 * Invites the contacts (with an e-mail address, not erased) of the chosen organisations or wave. A
 * contact already invited to the same conversation is skipped. Reminders are queued as jobs.
 */
export async function sendInvitations(ctx: AppContext, actor: SessionUser, input: SendInvitationsInput) {
  const ttl = OUTREACH_LINK_TTL_DAYS * 24 * 3_600_000;
  const result = await ctx.database.db.transaction(async (tx) => {
    const { bureau } = await zoneContext(tx, actor.zoneId);
    if (input.kind === 'interview') {
      const [vault] = bureau
        ? await tx.select().from(schema.vaults).where(eq(schema.vaults.bureauId, bureau.id))
        : [];
      if (!vault) throw AppError.validation({ kind: 'the research bureau has no vault yet' });
    }
    if (input.kind === 'roundtable' && !(await roundtableOf(tx, actor.zoneId, input.roundtableId))) {
      throw new AppError('NOT_FOUND', 'No such roundtable', { fields: { roundtableId: 'not found' } });
    }
    if (input.waveId) {
      const [wave] = await tx
        .select()
        .from(schema.waves)
        .where(and(eq(schema.waves.id, input.waveId), eq(schema.waves.zoneId, actor.zoneId)));
      if (!wave) throw new AppError('NOT_FOUND', 'No such wave', { fields: { waveId: 'not found' } });
    }
    const orgs = await tx
      .select({ id: schema.organisations.id, waveId: schema.organisations.waveId })
      .from(schema.organisations)
      .where(
        and(
          eq(schema.organisations.zoneId, actor.zoneId),
          input.organisationIds?.length ? inArray(schema.organisations.id, input.organisationIds) : undefined,
          input.waveId ? eq(schema.organisations.waveId, input.waveId) : undefined,
        ),
      );
    if (input.organisationIds?.length && orgs.length !== new Set(input.organisationIds).size) {
      throw new AppError('NOT_FOUND', 'Unknown organisation', {
        fields: { organisationIds: 'not all found in this zone' },
      });
    }
    if (orgs.length === 0)
      return { created: [] as { inv: InvitationRow; token: string }[], skipped: 0, mailIds: [] as string[] };
    const people = await tx
      .select()
      .from(schema.contacts)
      .where(
        and(
          eq(schema.contacts.zoneId, actor.zoneId),
          inArray(
            schema.contacts.organisationId,
            orgs.map((o) => o.id),
          ),
          isNull(schema.contacts.erasedAt),
        ),
      );
    const existing = await tx
      .select({ contactId: schema.invitations.contactId, roundtableId: schema.invitations.roundtableId })
      .from(schema.invitations)
      .where(and(eq(schema.invitations.zoneId, actor.zoneId), eq(schema.invitations.kind, input.kind)));
    const already = new Set(existing.map((e) => `${e.contactId}:${e.roundtableId ?? ''}`));
    const created: { inv: InvitationRow; token: string }[] = [];
    const mailIds: string[] = [];
    let skipped = 0;
    for (const c of people) {
      if (!c.email) {
        skipped++;
        continue;
      }
      if (already.has(`${c.id}:${input.roundtableId ?? ''}`)) continue;
      const token = randomToken();
      const [inv] = await tx
        .insert(schema.invitations)
        .values({
          zoneId: actor.zoneId,
          organisationId: c.organisationId,
          contactId: c.id,
          waveId: input.waveId ?? orgs.find((o) => o.id === c.organisationId)?.waveId ?? null,
          kind: input.kind,
          roundtableId: input.kind === 'roundtable' ? input.roundtableId : null,
          language: ['nl', 'fr', 'en'].includes(c.preferredLanguage) ? c.preferredLanguage : 'nl',
          tokenHash: sha256(token),
          expiresAt: new Date(Date.now() + ttl),
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
        skippedWithoutEmail: skipped,
      },
    });
    return { created, skipped, mailIds };
  });
  await ctx.mailer.dispatch(result.mailIds);
  for (const { inv } of result.created) {
    const at = new Date(inv.expiresAt.getTime() - OUTREACH_REMINDER_DAYS_BEFORE * 24 * 3_600_000);
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

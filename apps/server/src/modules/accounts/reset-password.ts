import { appendAudit, consumeToken, findUserByEmail, getUser, schema, type Tx, type UserRow } from '@brug/db';
import { AppError, formatBrussels, PASSWORD_RESET_TTL_HOURS } from '@brug/domain';
import { and, desc, eq, gt, inArray, isNull, ne } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { sha256 } from '../../http/tokens.ts';
import {
  passwordResetConfirmMail,
  passwordResetDoneMail,
  passwordResetMail,
  render,
} from '../mail/templates.ts';
import { hashPassword, isCommonPassword, passwordProblem } from './passwords.ts';
import type { SessionUser } from './session-store.ts';
import { createUserToken } from './user-tokens.ts';

/** How long another bureau member has to confirm a researcher's new password. */
export const RESET_CONFIRM_HOURS = 48;

const r = schema.passwordResets;

/** Who asked, as the audit log records it: the logged-in user, or anonymous with the address typed. */
function requester(actor: SessionUser | null | undefined, address?: string) {
  return actor
    ? { actorId: actor.id, actorEmail: actor.email, details: { requestedBy: 'user' } }
    : {
        actorId: null,
        actorEmail: null,
        details: { requestedBy: 'anonymous', ...(address ? { address } : {}) },
      };
}

/**
 * Always answers the same, whether the address is known or not. A researcher's reset will need
 * another bureau member's confirmation; the mail says so.
 */
export async function requestPasswordReset(
  ctx: AppContext,
  email: string,
  actor?: SessionUser | null,
): Promise<void> {
  const user = await findUserByEmail(ctx.database.db, email);
  if (user?.status !== 'active') return;
  const mailId = await ctx.database.db.transaction(async (tx) => {
    const token = await createUserToken(tx, 'password-reset', user.id, PASSWORD_RESET_TTL_HOURS * 3_600_000);
    await tx.insert(r).values({
      zoneId: user.zoneId,
      userId: user.id,
      tokenHash: sha256(token),
      requestedById: actor?.id ?? null,
      requestedAddress: email,
    });
    const content = render(passwordResetMail, user.language, {
      name: user.displayName,
      link: `${ctx.config.publicUrl}/reset-password?token=${token}`,
      hours: PASSWORD_RESET_TTL_HOURS,
      askedBy: actor ? `${actor.displayName} (${actor.email})` : null,
      needsConfirmation: await isOfBureau(tx, user),
    });
    const who = requester(actor, email);
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: who.actorId,
      actorEmail: who.actorEmail,
      action: 'auth.reset.requested',
      targetType: 'user',
      targetId: user.id,
      details: who.details,
    });
    return ctx.mailer.queue(tx, {
      ...content,
      zoneId: user.zoneId,
      to: user.email,
      language: user.language,
      purpose: 'password-reset',
      userId: user.id,
    });
  });
  await ctx.mailer.dispatch([mailId]);
}

/** A researcher, or a member of the zone's research bureau whatever their role now. */
async function isOfBureau(tx: Tx, user: UserRow): Promise<boolean> {
  if (user.role === 'researcher') return true;
  const [row] = await tx
    .select({ userId: schema.bureauMembers.userId })
    .from(schema.bureauMembers)
    .where(eq(schema.bureauMembers.userId, user.id))
    .limit(1);
  return row !== undefined;
}

/**
 * Who may confirm the user's new password: the other active researchers of the zone — once the
 * zone has a research bureau with members, only those who are members of it.
 */
async function confirmers(tx: Tx, user: { id: string; zoneId: string }) {
  const researchers = await tx
    .select()
    .from(schema.users)
    .where(
      and(
        eq(schema.users.zoneId, user.zoneId),
        eq(schema.users.role, 'researcher'),
        eq(schema.users.status, 'active'),
        ne(schema.users.id, user.id),
      ),
    );
  const members = await tx
    .select({ userId: schema.bureauMembers.userId })
    .from(schema.bureauMembers)
    .innerJoin(schema.bureaus, eq(schema.bureaus.id, schema.bureauMembers.bureauId))
    .where(eq(schema.bureaus.zoneId, user.zoneId));
  if (members.length === 0) return researchers;
  const ids = new Set(members.map((m) => m.userId));
  return researchers.filter((r) => ids.has(r.id));
}

const nameOf = async (tx: Tx, id: string | null) => {
  if (!id) return null;
  const u = await getUser(tx, id);
  return u ? `${u.displayName} (${u.email})` : null;
};

/** Sets the new password, ends every session, tells the person by mail; returns the mail id. */
async function applyReset(
  ctx: AppContext,
  tx: Tx,
  user: UserRow,
  passwordHash: string,
  reset: { id: string; requestedById: string | null } | undefined,
  confirmedBy?: SessionUser,
) {
  const now = new Date();
  await tx
    .update(schema.users)
    .set({ passwordHash, failedLogins: 0, lockedUntil: null, updatedAt: now })
    .where(eq(schema.users.id, user.id));
  // A new password: earlier failures no longer count, and no browser stays known (one may be the
  // reason for the reset).
  await tx.delete(schema.loginThrottles).where(eq(schema.loginThrottles.userId, user.id));
  await tx.delete(schema.trustedDevices).where(eq(schema.trustedDevices.userId, user.id));
  if (reset)
    await tx
      .update(r)
      .set({
        status: 'done',
        pendingPasswordHash: null,
        completedAt: now,
        confirmedById: confirmedBy?.id ?? null,
      })
      .where(eq(r.id, reset.id));
  const content = render(passwordResetDoneMail, user.language, {
    name: user.displayName,
    at: formatBrussels(now),
    askedBy: await nameOf(tx, reset?.requestedById ?? null),
    confirmedBy: confirmedBy ? `${confirmedBy.displayName} (${confirmedBy.email})` : null,
  });
  return ctx.mailer.queue(tx, {
    ...content,
    zoneId: user.zoneId,
    to: user.email,
    language: user.language,
    purpose: 'password-reset-notice',
    userId: user.id,
  });
}

/**
 * Uses a reset link. For anyone but a researcher the new password holds at once; a researcher's
 * waits for another bureau member's confirmation (the bureau's data is at stake, and a link can be
 * read by whoever reads the researcher's mail). The person is told either way.
 */
export async function resetPassword(
  ctx: AppContext,
  token: string,
  password: string,
  actor?: SessionUser | null,
): Promise<{ awaitingConfirmation: boolean }> {
  if (await isCommonPassword(password)) throw AppError.validation({ password: 'too common' });
  const passwordHash = await hashPassword(password);
  const tokenHash = sha256(token);
  const out = await ctx.database.db.transaction(async (tx) => {
    const used = await consumeToken(tx, tokenHash, 'password-reset');
    const user = used?.userId ? await getUser(tx, used.userId) : undefined;
    if (user?.status !== 'active') {
      throw new AppError('GONE', 'This reset link is no longer valid', {
        fields: { token: 'invalid, used or expired' },
      });
    }
    const problem = await passwordProblem(password, user);
    if (problem) throw AppError.validation({ password: problem });
    const [reset] = await tx.select().from(r).where(eq(r.tokenHash, tokenHash));
    const who = requester(actor);
    if (await isOfBureau(tx, user)) {
      const colleagues = await confirmers(tx, user);
      if (colleagues.length === 0)
        throw new AppError(
          'CONFLICT',
          'A researcher’s new password needs another bureau member to confirm it',
          {
            fields: { token: 'no other bureau member to confirm' },
          },
        );
      const confirmBefore = new Date(Date.now() + RESET_CONFIRM_HOURS * 3_600_000);
      let resetId = reset?.id;
      if (reset)
        await tx
          .update(r)
          .set({ status: 'awaiting-confirmation', pendingPasswordHash: passwordHash, confirmBefore })
          .where(eq(r.id, reset.id));
      else
        [{ id: resetId }] = await tx
          .insert(r)
          .values({
            zoneId: user.zoneId,
            userId: user.id,
            tokenHash,
            requestedAddress: user.email,
            status: 'awaiting-confirmation',
            pendingPasswordHash: passwordHash,
            confirmBefore,
          })
          .returning({ id: r.id });
      await appendAudit(tx, {
        zoneId: user.zoneId,
        ...who,
        action: 'auth.reset.awaiting-confirmation',
        targetType: 'user',
        targetId: user.id,
        details: { ...who.details, reset: resetId },
      });
      const mailIds: string[] = [];
      for (const c of colleagues) {
        const content = render(passwordResetConfirmMail, c.language, {
          name: c.displayName,
          researcher: `${user.displayName} (${user.email})`,
          url: `${ctx.config.publicUrl}/profile`,
        });
        mailIds.push(
          await ctx.mailer.queue(tx, {
            ...content,
            zoneId: user.zoneId,
            to: c.email,
            language: c.language,
            purpose: 'password-reset-confirm',
            userId: user.id,
          }),
        );
      }
      return { user, mailIds, awaitingConfirmation: true };
    }
    const mailId = await applyReset(ctx, tx, user, passwordHash, reset);
    await appendAudit(tx, {
      zoneId: user.zoneId,
      ...who,
      action: 'auth.reset.done',
      targetType: 'user',
      targetId: user.id,
      details: { ...who.details, ...(reset ? { reset: reset.id } : {}) },
    });
    return { user, mailIds: [mailId], awaitingConfirmation: false };
  });
  if (!out.awaitingConfirmation) await ctx.sessions.destroyUserSessions(out.user.id);
  await ctx.mailer.dispatch(out.mailIds);
  return { awaitingConfirmation: out.awaitingConfirmation };
}

/** Resets waiting for a bureau member: for a researcher, those of the other researchers; for anyone, their own. */
export async function pendingResets(ctx: AppContext, actor: SessionUser) {
  const db = ctx.database.db;
  const rows = await db
    .select({ reset: r, user: schema.users })
    .from(r)
    .innerJoin(schema.users, eq(schema.users.id, r.userId))
    .where(
      and(
        eq(r.zoneId, actor.zoneId),
        eq(r.status, 'awaiting-confirmation'),
        gt(r.confirmBefore, new Date()),
        actor.role === 'researcher' ? undefined : eq(r.userId, actor.id),
      ),
    )
    .orderBy(desc(r.createdAt));
  return Promise.all(
    rows.map(async ({ reset, user }) => ({
      id: reset.id,
      userId: user.id,
      displayName: user.displayName,
      email: user.email,
      mine: user.id === actor.id,
      requestedBy: await nameOf(db, reset.requestedById),
      requestedAt: reset.createdAt.toISOString(),
      confirmBefore: reset.confirmBefore!.toISOString(),
    })),
  );
}

async function loadPending(tx: Tx, actor: SessionUser, id: string) {
  const [reset] = await tx
    .select()
    .from(r)
    .where(and(eq(r.id, id), eq(r.zoneId, actor.zoneId)));
  if (!reset) throw new AppError('NOT_FOUND', 'No such password reset');
  if (
    reset.status !== 'awaiting-confirmation' ||
    !reset.pendingPasswordHash ||
    !reset.confirmBefore ||
    reset.confirmBefore <= new Date()
  )
    throw new AppError('GONE', 'This password reset no longer waits for confirmation', {
      fields: { status: reset.status === 'awaiting-confirmation' ? 'expired' : reset.status },
    });
  const user = await getUser(tx, reset.userId);
  if (user?.status !== 'active') throw new AppError('GONE', 'This account is no longer active');
  return { reset, user };
}

/** Another bureau member confirms a researcher's new password: only then does it hold. */
export async function confirmReset(ctx: AppContext, actor: SessionUser, id: string) {
  if (actor.role !== 'researcher')
    throw new AppError('FORBIDDEN', 'Only a member of the research bureau may confirm this');
  const out = await ctx.database.db.transaction(async (tx) => {
    const { reset, user } = await loadPending(tx, actor, id);
    if (user.id === actor.id)
      throw new AppError('FORBIDDEN', 'Another bureau member must confirm your new password', {
        fields: { id: 'your own reset' },
      });
    if (!(await confirmers(tx, user)).some((c) => c.id === actor.id))
      throw new AppError('FORBIDDEN', 'Only a member of the research bureau may confirm this', {
        fields: { id: 'not a member of the bureau' },
      });
    const mailId = await applyReset(ctx, tx, user, reset.pendingPasswordHash!, reset, actor);
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'auth.reset.confirmed',
      targetType: 'user',
      targetId: user.id,
      details: { reset: reset.id },
    });
    return { user, mailId };
  });
  await ctx.sessions.destroyUserSessions(out.user.id);
  await ctx.mailer.dispatch([out.mailId]);
}

/** A bureau member, or the researcher themselves, refuses a new password: the old one stays. */
export async function refuseReset(ctx: AppContext, actor: SessionUser, id: string) {
  await ctx.database.db.transaction(async (tx) => {
    const { reset, user } = await loadPending(tx, actor, id);
    if (actor.role !== 'researcher' && actor.id !== user.id)
      throw new AppError('FORBIDDEN', 'Only the bureau or the person themselves may refuse this');
    await tx
      .update(r)
      .set({ status: 'refused', pendingPasswordHash: null, confirmedById: actor.id })
      .where(eq(r.id, reset.id));
    await appendAudit(tx, {
      zoneId: user.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'auth.reset.refused',
      targetType: 'user',
      targetId: user.id,
      details: { reset: reset.id },
    });
  });
}

/** The notice shown after login: the latest reset of this user's password that they have not seen. */
export async function resetNotice(ctx: AppContext, actor: SessionUser) {
  const db = ctx.database.db;
  const [reset] = await db
    .select()
    .from(r)
    .where(and(eq(r.userId, actor.id), isNull(r.noticeSeenAt), inArray(r.status, ['done', 'refused'])))
    .orderBy(desc(r.createdAt))
    .limit(1);
  if (!reset) return null;
  return {
    id: reset.id,
    status: reset.status as 'done' | 'refused',
    at: (reset.completedAt ?? reset.createdAt).toISOString(),
    requestedBy: await nameOf(db, reset.requestedById),
    confirmedBy: await nameOf(db, reset.confirmedById),
  };
}

export async function dismissResetNotice(ctx: AppContext, actor: SessionUser, id: string) {
  const rows = await ctx.database.db
    .update(r)
    .set({ noticeSeenAt: new Date() })
    .where(and(eq(r.id, id), eq(r.userId, actor.id), isNull(r.noticeSeenAt)))
    .returning({ id: r.id });
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'No such notice');
}

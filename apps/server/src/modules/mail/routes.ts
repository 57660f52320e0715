import { appendAudit, getUser, schema } from '@brug/db';
import { AppError, IdParams, PageQuery, pageOf } from '@brug/domain';
import { and, desc, eq, isNotNull, ne, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { authorize } from '../accounts/policy.ts';
import { redactedLinkMarker } from './mailer.ts';
import { redactLinks } from './redact.ts';

const MailView = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  language: z.string().nullable(),
  /** The body with every personal link redacted; null when it is for the research bureau only. */
  text: z.string().nullable(),
  confidential: z.boolean(),
  status: z.string(),
  attempts: z.number().int(),
  error: z.string().nullable(),
  /** Without SMTP: the admin may hand this new user's first invitation over himself. */
  canHandOver: z.boolean(),
  /** Given up after a day of retries: the admin may send it again. */
  canResend: z.boolean(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

const BureauMailView = MailView.pick({
  id: true,
  to: true,
  subject: true,
  language: true,
  status: true,
  createdAt: true,
}).extend({ text: z.string() });

export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;
  const m = schema.mailMessages;

  app.get(
    '/api/outbox',
    {
      schema: {
        operationId: 'listOutbox',
        summary: 'List outgoing mail',
        tags: ['mail'],
        querystring: PageQuery.extend({
          /** Only mail not delivered (yet): waiting, being retried or failed. */
          undelivered: z.enum(['true', 'false']).default('false'),
        }),
        response: { 200: pageOf(MailView).extend({ smtp: z.boolean() }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'outbox.read');
      const where =
        req.query.undelivered === 'true'
          ? and(eq(m.zoneId, actor.zoneId), ne(m.status, 'sent'))
          : eq(m.zoneId, actor.zoneId);
      const [items, [{ total }]] = await Promise.all([
        db
          .select({
            id: m.id,
            to: m.to,
            subject: m.subject,
            language: m.language,
            text: m.text,
            confidential: m.confidential,
            status: m.status,
            attempts: m.attempts,
            lastError: m.lastError,
            purpose: m.purpose,
            sealed: sql<boolean>`${m.sealed} is not null`,
            userStatus: schema.users.status,
            createdAt: m.createdAt,
            sentAt: m.sentAt,
          })
          .from(m)
          .leftJoin(schema.users, eq(schema.users.id, m.userId))
          .where(where)
          .orderBy(desc(m.createdAt))
          .limit(req.query.pageSize)
          .offset((req.query.page - 1) * req.query.pageSize),
        db.select({ total: sql<number>`count(*)::int` }).from(m).where(where),
      ]);
      const smtp = ctx.mailer.hasSmtp;
      return {
        smtp,
        items: items.map((x) => ({
          id: x.id,
          to: x.to,
          subject: x.subject,
          language: x.language,
          text: x.confidential ? null : x.text,
          confidential: x.confidential,
          status: x.status,
          attempts: x.attempts,
          error: x.lastError,
          canHandOver: !smtp && x.purpose === 'account-invitation' && x.sealed && x.userStatus === 'invited',
          canResend: smtp && x.status === 'failed' && x.sealed,
          createdAt: x.createdAt.toISOString(),
          sentAt: x.sentAt?.toISOString() ?? null,
        })),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  /**
   * Without SMTP, the one personal link an admin may pass on: a new user's first invitation (he
   * could create that account himself). Never a link that acts as someone who already has an
   * account: once the user accepted, the invitation is no longer handed over.
   */
  app.post(
    '/api/outbox/:id/hand-over',
    {
      schema: {
        operationId: 'handOverMail',
        summary: 'Show a personal mail to hand it over by hand',
        tags: ['mail'],
        params: IdParams,
        response: { 200: z.object({ to: z.string(), subject: z.string(), text: z.string() }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'outbox.read');
      const [msg] = await db
        .select()
        .from(m)
        .where(and(eq(m.id, req.params.id), eq(m.zoneId, actor.zoneId)));
      if (!msg) throw new AppError('NOT_FOUND', 'No such message');
      if (ctx.mailer.hasSmtp)
        throw new AppError('CONFLICT', 'Mail goes out by SMTP: the recipient receives it', {
          fields: { smtp: 'configured' },
        });
      if (msg.purpose !== 'account-invitation' || !msg.userId)
        throw new AppError('FORBIDDEN', 'Only a new user’s first invitation may be handed over', {
          fields: { purpose: 'not an account invitation' },
        });
      const user = await getUser(db, msg.userId);
      const message = await ctx.mailer.compose(msg.id);
      if (user?.status !== 'invited' || !message)
        throw new AppError('GONE', 'This invitation was accepted or replaced', {
          fields: { status: user?.status ?? 'deleted' },
        });
      await appendAudit(db, {
        zoneId: actor.zoneId,
        actorId: actor.id,
        actorEmail: actor.email,
        action: 'mail.hand-over',
        targetType: 'user',
        targetId: user.id,
      });
      return { to: msg.to, subject: message.subject, text: message.text };
    },
  );

  /**
   * Mail given up on after its retries ('failed') is sent again, now, with a new round of retries —
   * when the SMTP server was down longer than a day, or its settings were wrong and are fixed.
   */
  app.post(
    '/api/outbox/:id/resend',
    {
      schema: {
        operationId: 'resendMail',
        summary: 'Send undelivered mail again',
        tags: ['mail'],
        params: IdParams,
        response: { 200: z.object({ id: z.uuid(), status: z.string() }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'outbox.read');
      const [msg] = await db
        .select({ id: m.id, status: m.status })
        .from(m)
        .where(and(eq(m.id, req.params.id), eq(m.zoneId, actor.zoneId)));
      if (!msg) throw new AppError('NOT_FOUND', 'No such message');
      const result = await ctx.mailer.resend(msg.id);
      if (result === 'no-smtp')
        throw new AppError('CONFLICT', 'No SMTP server is configured: mail stays in the outbox', {
          fields: { smtp: 'not configured' },
        });
      if (result === 'unsealable')
        throw new AppError('GONE', 'Sealed under a mail key this server does not have', {
          fields: { sealed: 'unknown key' },
        });
      if (result === 'not-failed')
        throw new AppError('CONFLICT', 'Only mail that failed can be sent again', {
          fields: { status: msg.status },
        });
      await appendAudit(db, {
        zoneId: actor.zoneId,
        actorId: actor.id,
        actorEmail: actor.email,
        action: 'mail.resend',
        targetType: 'mail',
        targetId: msg.id,
      });
      return { id: msg.id, status: 'queued' };
    },
  );

  /**
   * Without SMTP, mail about a confidential conversation (time, place) waits for the research bureau
   * to pass it on; its personal links stay redacted. Once delivered, its body is gone.
   */
  app.get(
    '/api/outbox/confidential',
    {
      schema: {
        operationId: 'listConfidentialOutbox',
        summary: 'List outgoing confidential mail',
        tags: ['mail'],
        response: { 200: z.object({ items: z.array(BureauMailView) }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      if (actor.role !== 'researcher')
        throw new AppError('FORBIDDEN', 'Mail about confidential conversations is for the research bureau');
      const rows = await db
        .select({
          id: m.id,
          to: m.to,
          subject: m.subject,
          language: m.language,
          status: m.status,
          createdAt: m.createdAt,
        })
        .from(m)
        .where(and(eq(m.zoneId, actor.zoneId), eq(m.confidential, true), isNotNull(m.sealed)))
        .orderBy(desc(m.createdAt))
        .limit(200);
      const items = [];
      for (const r of rows) {
        const message = await ctx.mailer.compose(r.id);
        if (!message) continue;
        const marker = redactedLinkMarker(r.language);
        items.push({ ...r, text: redactLinks(message.text, marker), createdAt: r.createdAt.toISOString() });
      }
      // A read of confidential data: in the bureau's own audit, without any detail.
      await appendAudit(db, {
        zoneId: actor.zoneId,
        actorId: actor.id,
        actorEmail: actor.email,
        action: 'outbox.confidential.read',
        scope: 'bureau',
      });
      return { items };
    },
  );
};

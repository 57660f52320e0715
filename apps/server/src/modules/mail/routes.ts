import { schema } from '@brug/db';
import { PageQuery, pageOf } from '@brug/domain';
import { desc, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { authorize } from '../accounts/policy.ts';

const MailView = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.string(),
  attempts: z.number().int(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  app.get(
    '/api/outbox',
    {
      schema: {
        tags: ['mail'],
        querystring: PageQuery,
        response: { 200: pageOf(MailView).extend({ smtp: z.boolean() }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'outbox.read');
      const m = schema.mailMessages;
      const where = eq(m.zoneId, actor.zoneId);
      const [items, [{ total }]] = await Promise.all([
        db
          .select()
          .from(m)
          .where(where)
          .orderBy(desc(m.createdAt))
          .limit(req.query.pageSize)
          .offset((req.query.page - 1) * req.query.pageSize),
        db.select({ total: sql<number>`count(*)::int` }).from(m).where(where),
      ]);
      return {
        smtp: app.ctx.mailer.hasSmtp,
        items: items.map((x) => ({
          id: x.id,
          to: x.to,
          subject: x.subject,
          text: x.text,
          status: x.status,
          attempts: x.attempts,
          createdAt: x.createdAt.toISOString(),
          sentAt: x.sentAt?.toISOString() ?? null,
        })),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );
};

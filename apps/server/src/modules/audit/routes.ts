import { findAuditEntries } from '@brug/db';
import { AuditEntryView, AuditQuery, pageOf } from '@brug/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireUser } from '../../http/auth.ts';
import { authorize } from '../accounts/policy.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    { schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: pageOf(AuditEntryView) } } },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'audit.read');
      const { items, total } = await findAuditEntries(app.ctx.database.db, {
        ...req.query,
        zoneId: actor.zoneId,
        scope: 'zone',
      });
      return {
        items: items.map((e) => ({
          id: e.id,
          at: new Date(e.at).toISOString(),
          actorId: e.actorId,
          actorEmail: e.actorEmail,
          action: e.action,
          targetType: e.targetType,
          targetId: e.targetId,
          details: e.details,
        })),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );
};

import { auditHead, findAuditEntries } from '@brug/db';
import { AuditAnchorView, AuditEntryView, AuditQuery, pageOf } from '@brug/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireUser } from '../../http/auth.ts';
import { authorize } from '../accounts/policy.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      schema: {
        operationId: 'listAuditEntries',
        summary: 'List audit log entries',
        tags: ['audit'],
        querystring: AuditQuery,
        response: { 200: pageOf(AuditEntryView) },
      },
    },
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

  app.get(
    '/api/audit/anchor',
    {
      schema: {
        operationId: 'getAuditAnchor',
        summary: "The audit chain's last signed checkpoint",
        tags: ['audit'],
        description:
          'The last signed checkpoint of the audit chain, kept outside the database, and whether the database still reaches it. For admins, coordinators and researchers.',
        response: { 200: AuditAnchorView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      if (actor.role !== 'researcher') authorize(actor, 'audit.read');
      const anchor = app.ctx.audit;
      const db = app.ctx.database.db;
      if (!anchor) {
        const head = await auditHead(db);
        return {
          anchored: false,
          head: null,
          checkpointAt: null,
          entries: head?.id ?? 0,
          keyFingerprint: null,
          publicKey: null,
          intact: true,
          problem: null,
        };
      }
      await anchor.checkpoint(db, app.brugLog);
      const last = anchor.latest();
      const head = await auditHead(db);
      return {
        anchored: true,
        head: last ? `${last.id}:${last.hash}` : null,
        checkpointAt: last?.at ?? null,
        entries: head?.id ?? 0,
        keyFingerprint: anchor.fingerprint(),
        publicKey: anchor.publicKeyPem(),
        intact: !anchor.problem,
        problem: anchor.problem?.kind ?? null,
      };
    },
  );
};

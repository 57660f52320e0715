import { appendAudit, schema } from '@brug/db';
import { ANTWERP_DISTRICTS, AppError, ZoneSettingsInput, ZoneView } from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { authorize } from '../accounts/policy.ts';

type ZoneRow = typeof schema.zones.$inferSelect;

export function presentZone(z: ZoneRow): ZoneView {
  return {
    id: z.id,
    name: z.name,
    defaultLanguage: z.defaultLanguage as ZoneView['defaultLanguage'],
    districts: z.districts,
    publicationK: z.publicationK,
  };
}

export const zoneRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/zone',
    {
      schema: {
        operationId: 'getZone',
        summary: "The zone's settings",
        tags: ['zones'],
        response: { 200: ZoneView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'zone.read');
      const [zone] = await db.select().from(schema.zones).where(eq(schema.zones.id, actor.zoneId));
      return presentZone(zone);
    },
  );

  app.get(
    '/api/zone/district-templates',
    {
      schema: {
        operationId: 'listDistrictTemplates',
        summary: "District lists to start the zone's districts from",
        tags: ['zones'],
        response: { 200: z.object({ antwerp: z.array(z.string()) }) },
      },
    },
    async (req) => {
      requireUser(req);
      return { antwerp: [...ANTWERP_DISTRICTS] };
    },
  );

  app.patch(
    '/api/zone',
    {
      schema: {
        operationId: 'updateZone',
        summary: "Update the zone's settings",
        tags: ['zones'],
        body: ZoneSettingsInput,
        response: { 200: ZoneView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'zone.update');
      const zone = await db.transaction(async (tx) => {
        const [before] = await tx.select().from(schema.zones).where(eq(schema.zones.id, actor.zoneId));
        if (!before) throw new AppError('NOT_FOUND', 'No such zone');
        const [after] = await tx
          .update(schema.zones)
          .set(req.body)
          .where(eq(schema.zones.id, actor.zoneId))
          .returning();
        await appendAudit(tx, {
          zoneId: actor.zoneId,
          actorId: actor.id,
          actorEmail: actor.email,
          action: 'zone.update',
          targetType: 'zone',
          targetId: actor.zoneId,
          details: { fields: Object.keys(req.body) },
        });
        return after;
      });
      await app.ctx.sessions.refreshZone(zone.id);
      return presentZone(zone);
    },
  );
};

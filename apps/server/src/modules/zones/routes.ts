import { appendAudit, schema } from '@brug/db';
import {
  ANTWERP_DISTRICT_POSTCODES,
  ANTWERP_DISTRICTS,
  AppError,
  type DistrictPostcodes,
  ZoneSettingsInput,
  ZoneView,
} from '@brug/domain';
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
    districtPostcodes: z.districtPostcodes,
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
        response: {
          200: z.object({
            antwerp: z.array(z.string()),
            antwerpPostcodes: z.record(z.string(), z.array(z.string())),
          }),
        },
      },
    },
    async (req) => {
      requireUser(req);
      return { antwerp: [...ANTWERP_DISTRICTS], antwerpPostcodes: ANTWERP_DISTRICT_POSTCODES };
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
        const districtPostcodes = postcodesFor(
          req.body.districts ?? before.districts,
          req.body.districtPostcodes ?? before.districtPostcodes,
          req.body.districtPostcodes !== undefined,
        );
        const [after] = await tx
          .update(schema.zones)
          .set({ ...req.body, districtPostcodes })
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

/**
 * The postcodes kept for the zone's districts: postcodes sent for a district the zone does not have
 * are refused on that district's field; those of a district just removed are dropped with it.
 */
function postcodesFor(districts: string[], map: DistrictPostcodes, sent: boolean): DistrictPostcodes {
  const known = new Set(districts);
  const kept: DistrictPostcodes = {};
  const unknown: Record<string, string> = {};
  for (const [district, codes] of Object.entries(map)) {
    if (!known.has(district)) {
      if (sent && codes.length) unknown[`districtPostcodes.${district}`] = 'not a district of the zone';
      continue;
    }
    if (codes.length) kept[district] = [...new Set(codes)].sort();
  }
  if (Object.keys(unknown).length) throw AppError.validation(unknown);
  return kept;
}

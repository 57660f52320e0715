import { coverageMatrix, getFocusAreas, schema } from '@brug/db';
import {
  AppError,
  DEFAULT_FOCUS_AREAS,
  FocusAreaInput,
  FocusAreaView,
  IdParams,
  Ok,
  OwnerView,
  PartnerCoverageQuery,
  PartnerCoverageView,
  RELATIONSHIP_STATUSES,
  SavedViewInput,
  SavedViewView,
} from '@brug/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { audit } from './audit.ts';
import { getZoneProgramme } from './change-status.ts';
import { authorize } from './policy.ts';

export const miscRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/partners/coverage',
    {
      schema: {
        operationId: 'getPartnerCoverage',
        summary: 'Partnership coverage by district and target group',
        tags: ['partners'],
        querystring: PartnerCoverageQuery,
        response: { 200: PartnerCoverageView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'coverage.read');
      if (req.query.programmeId && !(await getZoneProgramme(db, user.zoneId, req.query.programmeId)))
        throw AppError.validation({ programmeId: 'no such programme' });
      const [rows, [zone], custom] = await Promise.all([
        coverageMatrix(db, user.zoneId, req.query.programmeId),
        db
          .select({ districts: schema.zones.districts })
          .from(schema.zones)
          .where(eq(schema.zones.id, user.zoneId)),
        getFocusAreas(db, user.zoneId),
      ]);
      // Every focus area and district of the zone appears, also with zero counts: the gaps are the point.
      const focusAreas = [
        ...new Set<string>([
          ...DEFAULT_FOCUS_AREAS,
          ...custom.map((c) => c.key),
          ...rows.map((r) => r.focusArea),
        ]),
      ];
      const districts = [...new Set<string>([...(zone?.districts ?? []), ...rows.map((r) => r.district)])];
      const cells = new Map<
        string,
        { focusArea: string; district: string; total: number; byStatus: Record<string, number> }
      >();
      for (const f of focusAreas)
        for (const d of districts)
          cells.set(`${f}\u0000${d}`, { focusArea: f, district: d, total: 0, byStatus: {} });
      for (const r of rows) {
        const cell = cells.get(`${r.focusArea}\u0000${r.district}`)!;
        cell.total += r.n;
        cell.byStatus[r.status] = (cell.byStatus[r.status] ?? 0) + r.n;
      }
      return {
        focusAreas,
        districts,
        statuses: req.query.programmeId ? [...RELATIONSHIP_STATUSES] : ['none'],
        cells: [...cells.values()],
      };
    },
  );

  app.get(
    '/api/partners/focus-areas',
    {
      schema: {
        operationId: 'listFocusAreas',
        summary: 'List focus areas',
        tags: ['partners'],
        response: { 200: z.array(FocusAreaView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'organisations.read');
      const custom = await getFocusAreas(db, user.zoneId);
      return [
        ...DEFAULT_FOCUS_AREAS.map((key) => ({ key, label: key })),
        ...custom.map((c) => ({ key: c.key, label: c.label })),
      ];
    },
  );

  app.post(
    '/api/partners/focus-areas',
    {
      schema: {
        operationId: 'createFocusArea',
        summary: 'Add a focus area',
        tags: ['partners'],
        body: FocusAreaInput,
        response: { 201: FocusAreaView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'focusAreas.manage');
      const existing = await getFocusAreas(db, user.zoneId);
      if (
        (DEFAULT_FOCUS_AREAS as readonly string[]).includes(req.body.key) ||
        existing.some((e) => e.key === req.body.key)
      )
        throw new AppError('CONFLICT', 'This focus area exists', { fields: { key: 'already exists' } });
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(schema.focusAreas)
          .values({ ...req.body, zoneId: user.zoneId })
          .returning();
        await audit(
          tx,
          user,
          'partners.focus_area.create',
          { type: 'focus_area', id: row.id },
          { key: row.key },
        );
      });
      return reply.code(201).send(req.body);
    },
  );

  /** Who can follow an organisation up (its owner): the zone's active coordinators and admins. */
  app.get(
    '/api/partners/owners',
    {
      schema: {
        operationId: 'listPartnerOwners',
        summary: 'List who can own an organisation',
        tags: ['partners'],
        response: { 200: z.array(OwnerView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'organisations.manage');
      const u = schema.users;
      return db
        .select({ id: u.id, name: u.displayName })
        .from(u)
        .where(
          and(eq(u.zoneId, user.zoneId), inArray(u.role, ['coordinator', 'admin']), eq(u.status, 'active')),
        )
        .orderBy(asc(u.displayName));
    },
  );

  const v = schema.savedViews;
  app.get(
    '/api/partners/views',
    {
      schema: {
        operationId: 'listSavedViews',
        summary: "List one's saved views",
        tags: ['partners'],
        response: { 200: z.array(SavedViewView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'views.manage');
      const rows = await db
        .select()
        .from(v)
        .where(and(eq(v.zoneId, user.zoneId), eq(v.userId, user.id)))
        .orderBy(asc(v.name));
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        query: r.query,
        createdAt: r.createdAt.toISOString(),
      }));
    },
  );

  app.post(
    '/api/partners/views',
    {
      schema: {
        operationId: 'createSavedView',
        summary: 'Save a view',
        tags: ['partners'],
        body: SavedViewInput,
        response: { 201: SavedViewView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'views.manage');
      const [dup] = await db
        .select({ id: v.id })
        .from(v)
        .where(and(eq(v.userId, user.id), eq(v.name, req.body.name)));
      if (dup)
        throw new AppError('CONFLICT', 'A view with this name exists', {
          fields: { name: 'already exists' },
        });
      const row = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(v)
          .values({ zoneId: user.zoneId, userId: user.id, name: req.body.name, query: req.body.query })
          .returning();
        await audit(tx, user, 'partners.view.create', { type: 'saved_view', id: row.id });
        return row;
      });
      return reply
        .code(201)
        .send({ id: row.id, name: row.name, query: row.query, createdAt: row.createdAt.toISOString() });
    },
  );

  app.delete(
    '/api/partners/views/:id',
    {
      schema: {
        operationId: 'deleteSavedView',
        summary: 'Delete a saved view',
        tags: ['partners'],
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'views.manage');
      await db.transaction(async (tx) => {
        const [row] = await tx
          .delete(v)
          .where(and(eq(v.id, req.params.id), eq(v.userId, user.id)))
          .returning({ id: v.id });
        if (!row) throw new AppError('NOT_FOUND', 'No such view');
        await audit(tx, user, 'partners.view.delete', { type: 'saved_view', id: row.id });
      });
      return { ok: true as const };
    },
  );
};

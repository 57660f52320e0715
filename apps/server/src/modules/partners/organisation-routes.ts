import {
  findOrganisationIdsOfUser,
  findOrganisations,
  getOrganisation,
  getOrganisationWithStatuses,
  schema,
} from '@brug/db';
import {
  AppError,
  CreateOrganisationInput,
  IdParams,
  OrganisationListQuery,
  OrganisationPage,
  OrganisationView,
  PARTNER_EDITABLE_FIELDS,
  RelationshipStatusSchema,
  StatusChangeInput,
  StatusHistoryView,
  UpdateOrganisationInput,
} from '@brug/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { changeStatus } from './change-status.ts';
import { authorize, can, seesAllContacts } from './policy.ts';
import { presentOrganisation } from './presenter.ts';
import { createOrganisation, updateOrganisation } from './save-organisation.ts';

const OrganisationDetail = z.object({
  organisation: OrganisationView,
  statuses: z.array(
    z.object({ programmeId: z.uuid(), status: RelationshipStatusSchema, changedAt: z.string() }),
  ),
});

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  /** A partner reads only the organisations their account speaks for. */
  async function visibleIds(user: SessionUser): Promise<string[] | undefined> {
    return user.role === 'partner' ? findOrganisationIdsOfUser(db, user.zoneId, user.id) : undefined;
  }

  /** What `load` reads of an organisation the user may see, or 404 (another zone's, or not theirs). */
  async function loadVisible<T>(
    user: SessionUser,
    id: string,
    load: (zoneId: string, id: string) => Promise<T | undefined> = (zoneId, id) =>
      getOrganisation(db, zoneId, id) as Promise<T | undefined>,
  ): Promise<T> {
    const ids = await visibleIds(user);
    const row = ids && !ids.includes(id) ? undefined : await load(user.zoneId, id);
    if (!row) throw new AppError('NOT_FOUND', 'No such organisation');
    return row;
  }

  app.get(
    '/api/partners/organisations',
    {
      schema: {
        operationId: 'listOrganisations',
        summary: 'List partner organisations',
        tags: ['partners'],
        querystring: OrganisationListQuery,
        response: { 200: OrganisationPage },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'organisations.read');
      const ids = await visibleIds(user);
      const { items, total, capped } = await findOrganisations(db, user.zoneId, {
        ...req.query,
        ids,
        contactNames: seesAllContacts(user),
      });
      return {
        items: items.map((r) =>
          presentOrganisation(r.organisation, user, req.query.programmeId ? r.status : undefined),
        ),
        total,
        totalCapped: capped,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  app.post(
    '/api/partners/organisations',
    {
      schema: {
        operationId: 'createOrganisation',
        summary: 'Add a partner organisation',
        tags: ['partners'],
        body: CreateOrganisationInput,
        response: { 201: OrganisationView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'organisations.manage');
      const row = await db.transaction((tx) => createOrganisation(tx, user, req.body));
      return reply.code(201).send(presentOrganisation(row, user));
    },
  );

  app.get(
    '/api/partners/organisations/:id',
    {
      schema: {
        operationId: 'getOrganisation',
        summary: 'Get a partner organisation',
        tags: ['partners'],
        params: IdParams,
        response: { 200: OrganisationDetail },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'organisations.read');
      const { organisation, statuses } = await loadVisible(user, req.params.id, (zoneId, id) =>
        getOrganisationWithStatuses(db, zoneId, id),
      );
      return {
        organisation: presentOrganisation(organisation, user),
        statuses: statuses.map((s) => ({
          programmeId: s.programmeId,
          status: s.status as z.infer<typeof RelationshipStatusSchema>,
          changedAt: s.changedAt.toISOString(),
        })),
      };
    },
  );

  app.patch(
    '/api/partners/organisations/:id',
    {
      schema: {
        operationId: 'updateOrganisation',
        summary: 'Update a partner organisation',
        tags: ['partners'],
        params: IdParams,
        body: UpdateOrganisationInput,
        response: { 200: OrganisationView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'organisations.manage')) {
        authorize(user, 'organisations.editOwn');
        await loadVisible(user, req.params.id);
        const forbidden = Object.keys(req.body).filter(
          (k) => !(PARTNER_EDITABLE_FIELDS as readonly string[]).includes(k),
        );
        if (forbidden.length)
          throw new AppError('FORBIDDEN', 'A partner may not change these fields', {
            fields: Object.fromEntries(forbidden.map((f) => [f, 'not editable by a partner'])),
          });
      }
      const row = await db.transaction((tx) => updateOrganisation(tx, user, req.params.id, req.body));
      return presentOrganisation(row, user);
    },
  );

  app.post(
    '/api/partners/organisations/:id/status',
    {
      schema: {
        operationId: 'setOrganisationStatus',
        summary: 'Move an organisation to another partnership status',
        tags: ['partners'],
        params: IdParams,
        body: StatusChangeInput,
        response: { 200: StatusHistoryView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'organisations.manage');
      const h = await db.transaction((tx) => changeStatus(tx, user, req.params.id, req.body));
      return {
        id: h.id,
        programmeId: h.programmeId,
        fromStatus: h.fromStatus as z.infer<typeof RelationshipStatusSchema> | null,
        toStatus: h.toStatus as z.infer<typeof RelationshipStatusSchema>,
        note: h.note,
        changedAt: h.changedAt.toISOString(),
        changedById: h.changedById,
        changedByName: user.displayName,
      };
    },
  );

  app.get(
    '/api/partners/organisations/:id/status-history',
    {
      schema: {
        operationId: 'listOrganisationStatusHistory',
        summary: "An organisation's status history",
        tags: ['partners'],
        params: IdParams,
        response: { 200: z.array(StatusHistoryView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'history.read');
      await loadVisible(user, req.params.id);
      const h = schema.relationshipStatusHistory;
      const rows = await db
        .select({ h, name: schema.users.displayName })
        .from(h)
        .leftJoin(schema.users, eq(schema.users.id, h.changedById))
        .where(and(eq(h.organisationId, req.params.id), eq(h.zoneId, user.zoneId)))
        .orderBy(desc(h.changedAt));
      return rows.map(({ h: r, name }) => ({
        id: r.id,
        programmeId: r.programmeId,
        fromStatus: r.fromStatus as z.infer<typeof RelationshipStatusSchema> | null,
        toStatus: r.toStatus as z.infer<typeof RelationshipStatusSchema>,
        note: r.note,
        changedAt: r.changedAt.toISOString(),
        changedById: r.changedById,
        changedByName: name,
      }));
    },
  );
};

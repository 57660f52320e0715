import { randomUUID } from 'node:crypto';
import { auditedWrite, findTimelineRows, getOrganisation, getZoneUser, schema } from '@brug/db';
import {
  AppError,
  CreateInteractionInput,
  CreateReferralInput,
  CreateTaskInput,
  IdParams,
  InteractionView,
  isOverdue,
  NetworkView,
  ReferralView,
  TaskListQuery,
  TaskView,
  TimelineItem,
  UpdateTaskInput,
} from '@brug/domain';
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { audit, auditEntry } from './audit.ts';
import { authorize } from './policy.ts';

/** An interaction and its audit entry in one statement (`auditedWrite`). */
const insertInteraction = auditedWrite(
  'interaction_insert',
  ['zoneId', 'organisationId', 'kind', 'occurredAt', 'summary', 'createdById'],
  schema.interactions,
  (db, p) => db.insert(schema.interactions).values(p).returning(),
);
/** A task and its audit entry in one statement; its id is made here, for the entry. */
const insertTask = auditedWrite(
  'partner_task_insert',
  ['id', 'zoneId', 'organisationId', 'title', 'dueOn', 'assigneeId', 'createdById'],
  schema.partnerTasks,
  (db, p) => db.insert(schema.partnerTasks).values(p).returning(),
);

const today = () => new Date().toISOString().slice(0, 10);
type Interaction = typeof schema.interactions.$inferSelect;
const presentInteraction = (i: Interaction): z.infer<typeof InteractionView> => ({
  id: i.id,
  organisationId: i.organisationId,
  kind: i.kind as z.infer<typeof InteractionView>['kind'],
  occurredAt: i.occurredAt.toISOString(),
  summary: i.summary,
  createdById: i.createdById,
});

export const historyRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  const t = schema.partnerTasks;
  const o = schema.organisations;

  async function requireOrganisation(zoneId: string, id: string) {
    const row = await getOrganisation(db, zoneId, id);
    if (!row) throw new AppError('NOT_FOUND', 'No such organisation');
    return row;
  }

  // Referrals -----------------------------------------------------------------
  const r = schema.referrals;

  app.post(
    '/api/partners/referrals',
    {
      schema: {
        operationId: 'createReferral',
        summary: 'Record a referral between organisations',
        tags: ['partners'],
        body: CreateReferralInput,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'history.manage');
      const id = await db.transaction(async (tx) => {
        const fields: Record<string, string> = {};
        if (!(await getOrganisation(tx, user.zoneId, req.body.fromOrganisationId)))
          fields.fromOrganisationId = 'no such organisation';
        if (req.body.toOrganisationId && !(await getOrganisation(tx, user.zoneId, req.body.toOrganisationId)))
          fields.toOrganisationId = 'no such organisation';
        if (req.body.toContactId) {
          const [c] = await tx
            .select({ id: schema.contacts.id })
            .from(schema.contacts)
            .where(
              and(eq(schema.contacts.id, req.body.toContactId), eq(schema.contacts.zoneId, user.zoneId)),
            );
          if (!c) fields.toContactId = 'no such contact';
        }
        if (Object.keys(fields).length) throw AppError.validation(fields);
        const [row] = await tx
          .insert(r)
          .values({ ...req.body, zoneId: user.zoneId, createdById: user.id })
          .returning({ id: r.id });
        await audit(tx, user, 'partners.referral.create', { type: 'referral', id: row.id });
        return row.id;
      });
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/partners/organisations/:id/referrals',
    {
      schema: {
        operationId: 'listOrganisationReferrals',
        summary: "List an organisation's referrals",
        tags: ['partners'],
        params: IdParams,
        response: { 200: z.array(ReferralView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'history.read');
      await requireOrganisation(user.zoneId, req.params.id);
      const rows = await db
        .select({
          x: r,
          fromName: sql<string>`(select name from organisations where id = ${r.fromOrganisationId})`,
          toName: sql<string | null>`(select name from organisations where id = ${r.toOrganisationId})`,
        })
        .from(r)
        .where(
          and(
            eq(r.zoneId, user.zoneId),
            or(eq(r.fromOrganisationId, req.params.id), eq(r.toOrganisationId, req.params.id)),
          ),
        )
        .orderBy(desc(r.createdAt));
      return rows.map(({ x, fromName, toName }) => ({
        id: x.id,
        fromOrganisationId: x.fromOrganisationId,
        fromOrganisationName: fromName,
        toOrganisationId: x.toOrganisationId,
        toOrganisationName: toName,
        toContactId: x.toContactId,
        note: x.note,
        createdAt: x.createdAt.toISOString(),
      }));
    },
  );

  app.get(
    '/api/partners/network',
    {
      schema: {
        operationId: 'getPartnerNetwork',
        summary: 'The network of organisations and referrals',
        tags: ['partners'],
        querystring: z.object({ programmeId: z.uuid().optional() }),
        response: { 200: NetworkView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'history.read');
      const links = await db
        .select({ from: r.fromOrganisationId, to: r.toOrganisationId })
        .from(r)
        .where(eq(r.zoneId, user.zoneId));
      const pairs = links.filter((l): l is { from: string; to: string } => l.to !== null);
      const ids = [...new Set(pairs.flatMap((l) => [l.from, l.to]))];
      const rs = schema.relationshipStatuses;
      const nodes = ids.length
        ? await db
            .select({ id: o.id, name: o.name, status: rs.status })
            .from(o)
            .leftJoin(
              rs,
              req.query.programmeId
                ? and(eq(rs.organisationId, o.id), eq(rs.programmeId, req.query.programmeId))
                : sql`false`,
            )
            .where(and(eq(o.zoneId, user.zoneId), inArray(o.id, ids)))
            .orderBy(asc(o.name))
        : [];
      return { nodes, links: pairs };
    },
  );

  // Interactions --------------------------------------------------------------
  app.post(
    '/api/partners/organisations/:id/interactions',
    {
      schema: {
        operationId: 'createInteraction',
        summary: 'Record an interaction with an organisation',
        tags: ['partners'],
        params: IdParams,
        body: CreateInteractionInput,
        response: { 201: InteractionView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'history.manage');
      await requireOrganisation(user.zoneId, req.params.id);
      const [row] = await insertInteraction(
        db,
        {
          zoneId: user.zoneId,
          organisationId: req.params.id,
          kind: req.body.kind,
          occurredAt: new Date(req.body.occurredAt),
          summary: req.body.summary,
          createdById: user.id,
        },
        auditEntry(
          user,
          'partners.interaction.create',
          { type: 'organisation', id: req.params.id },
          { kind: req.body.kind },
        ),
      );
      return reply.code(201).send(presentInteraction(row));
    },
  );

  app.get(
    '/api/partners/organisations/:id/timeline',
    {
      schema: {
        operationId: 'getOrganisationTimeline',
        summary: "An organisation's timeline",
        tags: ['partners'],
        params: IdParams,
        response: { 200: z.array(TimelineItem) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'history.read');
      const rows = await findTimelineRows(db, user.zoneId, req.params.id);
      if (!rows) throw new AppError('NOT_FOUND', 'No such organisation');
      const { interactions, statuses, tasks } = rows;
      const items: z.infer<typeof TimelineItem>[] = [
        ...interactions.map((i) => ({
          type: 'interaction' as const,
          at: i.occurredAt.toISOString(),
          id: i.id,
          text: i.summary,
          kind: i.kind,
        })),
        ...statuses.map((s) => ({
          type: 'status' as const,
          at: s.changedAt.toISOString(),
          id: s.id,
          text: s.note,
          kind: s.toStatus,
        })),
        ...tasks.map((k) => ({
          type: 'task' as const,
          at: `${k.dueOn}T00:00:00.000Z`,
          id: k.id,
          text: k.title,
          kind: k.doneAt ? 'done' : isOverdue(k.dueOn, false, today()) ? 'overdue' : 'open',
        })),
      ];
      return items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    },
  );

  // Tasks ---------------------------------------------------------------------
  type TaskRow = typeof t.$inferSelect;
  const presentTask = (k: TaskRow, organisationName: string | null): z.infer<typeof TaskView> => ({
    id: k.id,
    organisationId: k.organisationId,
    organisationName,
    title: k.title,
    dueOn: k.dueOn,
    assigneeId: k.assigneeId,
    done: k.doneAt !== null,
    overdue: isOverdue(k.dueOn, k.doneAt !== null, today()),
  });

  app.get(
    '/api/partners/tasks',
    {
      schema: {
        operationId: 'listPartnerTasks',
        summary: 'List follow-up tasks',
        tags: ['partners'],
        querystring: TaskListQuery,
        response: { 200: z.array(TaskView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'tasks.read');
      const rows = await db
        .select({ k: t, name: o.name })
        .from(t)
        .leftJoin(o, eq(o.id, t.organisationId))
        .where(
          and(
            eq(t.zoneId, user.zoneId),
            req.query.mine ? eq(t.assigneeId, user.id) : undefined,
            req.query.organisationId ? eq(t.organisationId, req.query.organisationId) : undefined,
            req.query.open ? isNull(t.doneAt) : undefined,
          ),
        )
        .orderBy(asc(t.dueOn), asc(t.id))
        .limit(500);
      return rows.map(({ k, name }) => presentTask(k, name));
    },
  );

  app.post(
    '/api/partners/tasks',
    {
      schema: {
        operationId: 'createPartnerTask',
        summary: 'Create a follow-up task',
        tags: ['partners'],
        body: CreateTaskInput,
        response: { 201: TaskView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'tasks.manage');
      const fields: Record<string, string> = {};
      // The two checks side by side: under load every statement waits its turn.
      const [assignee, org] = await Promise.all([
        getZoneUser(db, user.zoneId, req.body.assigneeId),
        req.body.organisationId ? getOrganisation(db, user.zoneId, req.body.organisationId) : null,
      ]);
      if (!assignee || !['coordinator', 'admin'].includes(assignee.role))
        fields.assigneeId = 'not a coordinator of this zone';
      if (req.body.organisationId && !org) fields.organisationId = 'no such organisation';
      if (Object.keys(fields).length) throw AppError.validation(fields);
      const id = randomUUID();
      const [row] = await insertTask(
        db,
        {
          id,
          zoneId: user.zoneId,
          organisationId: req.body.organisationId ?? null,
          title: req.body.title,
          dueOn: req.body.dueOn,
          assigneeId: req.body.assigneeId,
          createdById: user.id,
        },
        auditEntry(user, 'partners.task.create', { type: 'task', id }),
      );
      return reply.code(201).send(presentTask(row, org?.name ?? null));
    },
  );

  app.patch(
    '/api/partners/tasks/:id',
    {
      schema: {
        operationId: 'updatePartnerTask',
        summary: 'Update a follow-up task',
        tags: ['partners'],
        params: IdParams,
        body: UpdateTaskInput,
        response: { 200: TaskView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'tasks.manage');
      if (req.body.assigneeId) {
        const a = await getZoneUser(db, user.zoneId, req.body.assigneeId);
        if (!a || !['coordinator', 'admin'].includes(a.role))
          throw AppError.validation({ assigneeId: 'not a coordinator of this zone' });
      }
      const row = await db.transaction(async (tx) => {
        const { done, ...rest } = req.body;
        const [row] = await tx
          .update(t)
          .set({ ...rest, ...(done === undefined ? {} : { doneAt: done ? new Date() : null }) })
          .where(and(eq(t.id, req.params.id), eq(t.zoneId, user.zoneId)))
          .returning();
        if (!row) throw new AppError('NOT_FOUND', 'No such task');
        await audit(
          tx,
          user,
          'partners.task.update',
          { type: 'task', id: row.id },
          { fields: Object.keys(req.body) },
        );
        return row;
      });
      const org = row.organisationId ? await getOrganisation(db, user.zoneId, row.organisationId) : null;
      return presentTask(row, org?.name ?? null);
    },
  );
};

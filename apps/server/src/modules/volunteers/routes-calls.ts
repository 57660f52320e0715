import { appendAudit, findVolunteerCalls, findVolunteerTopics, getVolunteerCall, schema } from '@brug/db';
import {
  AppError,
  CallInput,
  CallView,
  IdParams,
  PublishCallInput,
  TopicInput,
  TopicView,
  UpdateTopicInput,
  VOLUNTEER_MAX_TOPICS_PER_ZONE,
} from '@brug/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { authorize, can } from './policy.ts';
import { presentCall, presentTopic } from './presenter.ts';
import { publishCall } from './publish-call.ts';

const tags = ['volunteers'];

/** The zone's topic list and the calls for colleagues. */
export const volunteerCallRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;

  app.get(
    '/api/volunteer-topics',
    {
      schema: {
        operationId: 'listVolunteerTopics',
        summary: 'List volunteer topics',
        tags,
        response: { 200: z.object({ items: z.array(TopicView) }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'topics.read');
      const topics = await findVolunteerTopics(db, actor.zoneId);
      const visible = can(actor, 'topics.manage') ? topics : topics.filter((t) => t.active);
      return { items: visible.map(presentTopic) };
    },
  );

  app.post(
    '/api/volunteer-topics',
    {
      schema: {
        operationId: 'createVolunteerTopic',
        summary: 'Add a volunteer topic',
        tags,
        body: TopicInput,
        response: { 201: TopicView },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'topics.manage');
      const row = await db.transaction(async (tx) => {
        const existing = await findVolunteerTopics(tx, actor.zoneId);
        if (existing.length >= VOLUNTEER_MAX_TOPICS_PER_ZONE)
          throw AppError.validation({ label: `at most ${VOLUNTEER_MAX_TOPICS_PER_ZONE} topics` });
        const lower = req.body.label.toLocaleLowerCase('nl');
        if (existing.some((t) => t.label.toLocaleLowerCase('nl') === lower))
          throw new AppError('CONFLICT', 'This topic exists', { fields: { label: 'already in the list' } });
        const [row] = await tx
          .insert(schema.volunteerTopics)
          .values({ zoneId: actor.zoneId, label: req.body.label })
          .returning();
        await appendAudit(tx, {
          zoneId: actor.zoneId,
          actorId: actor.id,
          actorEmail: actor.email,
          action: 'volunteer.topic.create',
          targetType: 'volunteer_topic',
          targetId: row.id,
        });
        return row;
      });
      return reply.code(201).send(presentTopic(row));
    },
  );

  app.patch(
    '/api/volunteer-topics/:id',
    {
      schema: {
        operationId: 'updateVolunteerTopic',
        summary: 'Rename or retire a volunteer topic',
        tags,
        params: IdParams,
        body: UpdateTopicInput,
        response: { 200: TopicView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'topics.manage');
      const row = await db.transaction(async (tx) => {
        const t = schema.volunteerTopics;
        if (req.body.label) {
          const [dup] = await tx
            .select({ id: t.id })
            .from(t)
            .where(
              and(
                eq(t.zoneId, actor.zoneId),
                sql`lower(${t.label}) = lower(${req.body.label})`,
                sql`${t.id} <> ${req.params.id}`,
              ),
            );
          if (dup)
            throw new AppError('CONFLICT', 'This topic exists', { fields: { label: 'already in the list' } });
        }
        const [row] = await tx
          .update(t)
          .set(req.body)
          .where(and(eq(t.id, req.params.id), eq(t.zoneId, actor.zoneId)))
          .returning();
        if (!row) throw new AppError('NOT_FOUND', 'No such topic');
        await appendAudit(tx, {
          zoneId: actor.zoneId,
          actorId: actor.id,
          actorEmail: actor.email,
          action: 'volunteer.topic.update',
          targetType: 'volunteer_topic',
          targetId: row.id,
          details: { fields: Object.keys(req.body) },
        });
        return row;
      });
      return presentTopic(row);
    },
  );

  app.get(
    '/api/volunteers/calls',
    {
      schema: {
        operationId: 'listVolunteerCalls',
        summary: 'List calls for volunteers',
        tags,
        response: { 200: z.object({ items: z.array(CallView) }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'calls.read');
      const calls = await findVolunteerCalls(
        db,
        actor.zoneId,
        !can(actor, 'calls.manage') && actor.role !== 'admin',
      );
      return { items: calls.map(presentCall) };
    },
  );

  app.post(
    '/api/volunteers/calls',
    {
      schema: {
        operationId: 'createVolunteerCall',
        summary: 'Draft a call for volunteers',
        tags,
        body: CallInput,
        response: { 201: CallView },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'calls.manage');
      const row = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(schema.volunteerCalls)
          .values({ ...req.body, zoneId: actor.zoneId, createdBy: actor.id })
          .returning();
        await appendAudit(tx, {
          zoneId: actor.zoneId,
          actorId: actor.id,
          actorEmail: actor.email,
          action: 'volunteer.call.create',
          targetType: 'volunteer_call',
          targetId: row.id,
        });
        return row;
      });
      return reply.code(201).send(presentCall(row));
    },
  );

  app.post(
    '/api/volunteers/calls/:id/publish',
    {
      schema: {
        operationId: 'publishVolunteerCall',
        summary: 'Publish a call for volunteers',
        tags,
        params: IdParams,
        body: PublishCallInput,
        response: { 200: CallView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'calls.manage');
      return presentCall(await publishCall(ctx, actor, req.params.id, req.body.email));
    },
  );

  app.post(
    '/api/volunteers/calls/:id/close',
    {
      schema: {
        operationId: 'closeVolunteerCall',
        summary: 'Close a call for volunteers',
        tags,
        params: IdParams,
        response: { 200: CallView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'calls.manage');
      const row = await db.transaction(async (tx) => {
        const call = await getVolunteerCall(tx, actor.zoneId, req.params.id);
        if (!call) throw new AppError('NOT_FOUND', 'No such call');
        const [row] = await tx
          .update(schema.volunteerCalls)
          .set({ status: 'closed' })
          .where(eq(schema.volunteerCalls.id, call.id))
          .returning();
        await appendAudit(tx, {
          zoneId: actor.zoneId,
          actorId: actor.id,
          actorEmail: actor.email,
          action: 'volunteer.call.close',
          targetType: 'volunteer_call',
          targetId: call.id,
        });
        return row;
      });
      return presentCall(row);
    },
  );
};

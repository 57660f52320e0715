import { findVolunteers } from '@brug/db';
import {
  ChangeVolunteerStatusInput,
  IdParams,
  Ok,
  pageOf,
  TrainingInput,
  VolunteerListQuery,
  VolunteerMessageInput,
  VolunteerNoteInput,
  VolunteerSummaryView,
  VolunteerView,
} from '@brug/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { loadVolunteerDetail } from './load-volunteer.ts';
import {
  addTraining,
  addVolunteerNote,
  changeVolunteerStatus,
  requireZoneVolunteer,
} from './manage-volunteer.ts';
import { authorize, can } from './policy.ts';
import { presentVolunteer, presentVolunteerSummary } from './presenter.ts';
import { eraseVolunteerData, exportVolunteerData } from './privacy.ts';

const tags = ['volunteers'];

/** The coordinator's side of the pool: selection, notes, messages, trainings, access and erasure. */
export const volunteerPoolRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;

  app.get(
    '/api/volunteers',
    {
      schema: {
        operationId: 'listVolunteers',
        summary: 'List volunteers',
        tags,
        querystring: VolunteerListQuery,
        response: { 200: pageOf(VolunteerSummaryView) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'pool.read');
      const { items, total } = await findVolunteers(db, actor.zoneId, req.query);
      return {
        items: items.map(presentVolunteerSummary),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  app.get(
    '/api/volunteers/:id',
    {
      schema: {
        operationId: 'getVolunteer',
        summary: 'Get a volunteer',
        tags,
        params: IdParams,
        response: { 200: VolunteerView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'pool.read');
      const v = await requireZoneVolunteer(ctx, actor, req.params.id);
      return presentVolunteer(await loadVolunteerDetail(db, v, can(actor, 'notes.read')));
    },
  );

  app.post(
    '/api/volunteers/:id/status',
    {
      schema: {
        operationId: 'setVolunteerStatus',
        summary: "Change a volunteer's status",
        tags,
        params: IdParams,
        body: ChangeVolunteerStatusInput,
        response: { 200: VolunteerView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'pool.manage');
      const v = await requireZoneVolunteer(ctx, actor, req.params.id);
      await changeVolunteerStatus(ctx, actor, v, req.body.status, req.body.note);
      const fresh = await requireZoneVolunteer(ctx, actor, v.id);
      return presentVolunteer(await loadVolunteerDetail(db, fresh, true));
    },
  );

  app.post(
    '/api/volunteers/:id/notes',
    {
      schema: {
        operationId: 'addVolunteerNote',
        summary: 'Add a note to a volunteer',
        tags,
        params: IdParams,
        body: VolunteerNoteInput,
        response: { 201: Ok },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'pool.manage');
      const v = await requireZoneVolunteer(ctx, actor, req.params.id);
      await addVolunteerNote(ctx, actor, v, 'note', req.body.text);
      return reply.code(201).send({ ok: true as const });
    },
  );

  app.post(
    '/api/volunteers/:id/messages',
    {
      schema: {
        operationId: 'messageVolunteer',
        summary: 'Send a volunteer a message',
        tags,
        params: IdParams,
        body: VolunteerMessageInput,
        response: { 201: Ok },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'pool.manage');
      const v = await requireZoneVolunteer(ctx, actor, req.params.id);
      await addVolunteerNote(ctx, actor, v, 'message', req.body.text);
      return reply.code(201).send({ ok: true as const });
    },
  );

  app.post(
    '/api/volunteers/:id/trainings',
    {
      schema: {
        operationId: 'addVolunteerTraining',
        summary: "Record a volunteer's training",
        tags,
        params: IdParams,
        body: TrainingInput,
        response: { 201: z.object({ id: z.uuid(), name: z.string(), completedOn: z.string() }) },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'pool.manage');
      const v = await requireZoneVolunteer(ctx, actor, req.params.id);
      const t = await addTraining(ctx, actor, v, req.body.name, req.body.completedOn);
      return reply.code(201).send({ id: t.id, name: t.name, completedOn: t.completedOn });
    },
  );

  app.get(
    '/api/volunteers/:id/export',
    {
      schema: {
        operationId: 'exportVolunteer',
        summary: "Export a volunteer's personal data",
        tags,
        params: IdParams,
        response: { 200: z.object({ exportedAt: z.string(), volunteer: VolunteerView }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'pool.export');
      const v = await requireZoneVolunteer(ctx, actor, req.params.id);
      return exportVolunteerData(ctx, actor, v);
    },
  );

  app.delete(
    '/api/volunteers/:id',
    {
      schema: {
        operationId: 'eraseVolunteer',
        summary: 'Remove a volunteer and erase their data',
        tags,
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'pool.erase');
      const v = await requireZoneVolunteer(ctx, actor, req.params.id);
      await eraseVolunteerData(ctx, actor, v);
      return { ok: true as const };
    },
  );
};

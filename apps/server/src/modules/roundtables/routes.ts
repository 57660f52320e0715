import { schema } from '@brug/db';
import {
  AddRoundtableParticipantInput,
  AppError,
  CreateRoundtableInput,
  IdParams,
  RoundtableView,
  SetRoundtableAttendanceInput,
  UpdateRoundtableInput,
} from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import {
  addParticipant,
  audit,
  getRoundtable,
  listRoundtables,
  participantsOf,
  presentRoundtable,
} from './manage-roundtables.ts';
import { authorize } from './policy.ts';
import { removeParticipant, updateRoundtable } from './update-roundtable.ts';

const tags = ['roundtables'];
const ParticipantParams = z.object({ id: z.uuid(), participantId: z.uuid() });

export const roundtableRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;

  async function view(zoneId: string, id: string) {
    const rt = await getRoundtable(db, zoneId, id);
    return presentRoundtable(rt, await participantsOf(db, id));
  }

  app.get(
    '/api/roundtables',
    {
      schema: {
        operationId: 'listRoundtables',
        summary: 'List roundtables',
        tags,
        response: { 200: z.object({ items: z.array(RoundtableView) }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'roundtables.read');
      const rows = await listRoundtables(db, actor.zoneId);
      const items = [];
      for (const rt of rows) items.push(presentRoundtable(rt, await participantsOf(db, rt.id)));
      return { items };
    },
  );

  app.post(
    '/api/roundtables',
    {
      schema: {
        operationId: 'createRoundtable',
        summary: 'Plan a roundtable',
        tags,
        body: CreateRoundtableInput,
        response: { 201: RoundtableView },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'roundtables.manage');
      const rt = await db.transaction(async (tx) => {
        const [rt] = await tx
          .insert(schema.roundtables)
          .values({
            zoneId: actor.zoneId,
            title: req.body.title,
            startsAt: new Date(req.body.startsAt),
            endsAt: new Date(req.body.endsAt),
            place: req.body.place,
            agenda: req.body.agenda,
            createdById: actor.id,
          })
          .returning();
        await audit(tx, actor, 'roundtable.create', rt.id);
        return rt;
      });
      reply.code(201);
      return presentRoundtable(rt, []);
    },
  );

  app.get(
    '/api/roundtables/:id',
    {
      schema: {
        operationId: 'getRoundtable',
        summary: 'Get a roundtable',
        tags,
        params: IdParams,
        response: { 200: RoundtableView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'roundtables.read');
      return view(actor.zoneId, req.params.id);
    },
  );

  app.patch(
    '/api/roundtables/:id',
    {
      schema: {
        operationId: 'updateRoundtable',
        summary: 'Update a roundtable',
        tags,
        params: IdParams,
        body: UpdateRoundtableInput,
        response: { 200: RoundtableView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'roundtables.manage');
      await updateRoundtable(ctx, actor, req.params.id, req.body);
      return view(actor.zoneId, req.params.id);
    },
  );

  app.delete(
    '/api/roundtables/:id/participants/:participantId',
    {
      schema: {
        operationId: 'removeRoundtableParticipant',
        summary: 'Remove a roundtable participant',
        tags,
        params: ParticipantParams,
        response: { 200: RoundtableView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'roundtables.manage');
      await removeParticipant(ctx, actor, req.params.id, req.params.participantId);
      return view(actor.zoneId, req.params.id);
    },
  );

  app.post(
    '/api/roundtables/:id/participants',
    {
      schema: {
        operationId: 'addRoundtableParticipant',
        summary: 'Add a roundtable participant',
        tags,
        params: IdParams,
        body: AddRoundtableParticipantInput,
        response: { 201: RoundtableView },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'roundtables.manage');
      await db.transaction(async (tx) =>
        addParticipant(tx, actor, await getRoundtable(tx, actor.zoneId, req.params.id), req.body),
      );
      reply.code(201);
      return view(actor.zoneId, req.params.id);
    },
  );

  app.put(
    '/api/roundtables/:id/participants/:participantId/attendance',
    {
      schema: {
        operationId: 'recordRoundtableAttendance',
        summary: "Record a participant's attendance",
        tags,
        params: ParticipantParams,
        body: SetRoundtableAttendanceInput,
        response: { 200: RoundtableView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'roundtables.manage');
      await db.transaction(async (tx) => {
        await getRoundtable(tx, actor.zoneId, req.params.id);
        const [row] = await tx
          .update(schema.roundtableParticipants)
          .set({ attendance: req.body.attendance })
          .where(
            and(
              eq(schema.roundtableParticipants.id, req.params.participantId),
              eq(schema.roundtableParticipants.roundtableId, req.params.id),
            ),
          )
          .returning();
        if (!row) throw new AppError('NOT_FOUND', 'No such participant');
        await audit(tx, actor, 'roundtable.attendance', req.params.id, {
          participantId: row.id,
          attendance: row.attendance,
        });
      });
      return view(actor.zoneId, req.params.id);
    },
  );
};

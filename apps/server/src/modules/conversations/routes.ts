import { appendAudit, schema } from '@brug/db';
import {
  AppError,
  BookingView,
  BookSlotInput,
  CreateInterviewInput,
  CreateSlotInput,
  IdParams,
  InterviewSummaryView,
  InterviewView,
  RescheduleInput,
  SaveNotesInput,
  SlotView,
  UpdateInterviewInput,
  WithdrawInterviewInput,
} from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { requireResearcher } from '../vault/access.ts';
import { requireMembership } from '../vault/manage-bureau.ts';
import {
  createInterview,
  listInterviews,
  readInterview,
  saveNotes,
  updateInterview,
  withdrawInterview,
} from './interviews.ts';
import { bookByResearcher, cancelByResearcher, rescheduleByResearcher } from './manage-bookings.ts';
import { authorize } from './policy.ts';
import { presentBooking, presentInterview, presentInterviewSummary, presentSlot } from './presenter.ts';
import { createSlot, listSlots, REMINDER_QUEUE, sendReminder } from './scheduling.ts';

const tags = ['conversations'];

export const conversationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;
  await ctx.jobs.work<{ bookingId: string; sequence: number }>(REMINDER_QUEUE, (data) =>
    sendReminder(ctx, data),
  );

  // Confidential interviews: researchers of the bureau, nobody else (requireResearcher first). The
  // browser seals and opens; the server stores ciphertext and checks versions.
  app.get(
    '/api/interviews',
    {
      schema: {
        operationId: 'listInterviews',
        summary: 'List conversations',
        tags,
        response: { 200: z.object({ items: z.array(InterviewSummaryView) }) },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      return { items: (await listInterviews(ctx, scope)).map(presentInterviewSummary) };
    },
  );

  app.post(
    '/api/interviews',
    {
      schema: {
        operationId: 'createInterview',
        summary: 'Record a conversation',
        tags,
        body: CreateInterviewInput,
        response: { 201: InterviewSummaryView },
      },
    },
    async (req, reply) => {
      const scope = await requireResearcher(req);
      const row = await createInterview(ctx, scope, req.body);
      reply.code(201);
      return presentInterviewSummary(row);
    },
  );

  app.get(
    '/api/interviews/:id',
    {
      schema: {
        operationId: 'getInterview',
        summary: 'Get a conversation',
        tags,
        params: IdParams,
        response: { 200: InterviewView },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      return presentInterview(await readInterview(ctx, scope, req.params.id));
    },
  );

  app.patch(
    '/api/interviews/:id',
    {
      schema: {
        operationId: 'updateInterview',
        summary: 'Update a conversation',
        tags,
        params: IdParams,
        body: UpdateInterviewInput,
        response: { 200: InterviewView },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      return presentInterview(await updateInterview(ctx, scope, req.params.id, req.body));
    },
  );

  app.put(
    '/api/interviews/:id/notes',
    {
      schema: {
        operationId: 'saveInterviewNotes',
        summary: "Save a conversation's sealed notes",
        tags,
        params: IdParams,
        body: SaveNotesInput,
        response: { 200: InterviewSummaryView },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      return presentInterviewSummary(
        await saveNotes(ctx, scope, req.params.id, req.body.sealedNotes, req.body.baseVersion),
      );
    },
  );

  app.post(
    '/api/interviews/:id/withdraw',
    {
      schema: {
        operationId: 'withdrawInterview',
        summary: "Withdraw a conversation at the interviewee's request",
        tags,
        params: IdParams,
        body: WithdrawInterviewInput,
        response: { 200: InterviewSummaryView },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      return presentInterviewSummary(await withdrawInterview(ctx, scope, req.params.id));
    },
  );

  // Scheduling: the bureau's researchers.
  app.get(
    '/api/slots',
    {
      schema: {
        operationId: 'listSlots',
        summary: 'List conversation slots',
        tags,
        response: { 200: z.object({ items: z.array(SlotView) }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'slots.read');
      const { bureauId } = await requireMembership(db, actor);
      const rows = await listSlots(db, actor.zoneId, bureauId);
      return { items: rows.map((r) => presentSlot(r.slot, r.bookingId)) };
    },
  );

  app.post(
    '/api/slots',
    {
      schema: {
        operationId: 'createSlot',
        summary: 'Offer a conversation slot',
        tags,
        body: CreateSlotInput,
        response: { 201: SlotView },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'slots.manage');
      const slot = await createSlot(ctx, actor, req.body);
      reply.code(201);
      return presentSlot(slot, null);
    },
  );

  app.delete(
    '/api/slots/:id',
    {
      schema: {
        operationId: 'deleteSlot',
        summary: 'Withdraw a conversation slot',
        tags,
        params: IdParams,
        response: { 200: SlotView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'slots.manage');
      const slot = await db.transaction(async (tx) => {
        const [live] = await tx
          .select({ id: schema.bookings.id })
          .from(schema.bookings)
          .where(and(eq(schema.bookings.slotId, req.params.id), eq(schema.bookings.status, 'booked')));
        if (live) throw new AppError('CONFLICT', 'Cancel or move the booking first');
        const [slot] = await tx
          .update(schema.slots)
          .set({ cancelledAt: new Date() })
          .where(and(eq(schema.slots.id, req.params.id), eq(schema.slots.zoneId, actor.zoneId)))
          .returning();
        if (!slot) throw new AppError('NOT_FOUND', 'No such time slot');
        await appendAudit(tx, {
          zoneId: actor.zoneId,
          actorId: actor.id,
          actorEmail: actor.email,
          action: 'slot.cancel',
          targetType: 'slot',
          targetId: slot.id,
          scope: 'bureau',
        });
        return slot;
      });
      return presentSlot(slot, null);
    },
  );

  app.post(
    '/api/slots/:id/bookings',
    {
      schema: {
        operationId: 'bookSlot',
        summary: 'Book a slot for an invitee',
        tags,
        params: IdParams,
        body: BookSlotInput,
        response: { 201: BookingView },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'bookings.manage');
      await requireMembership(db, actor);
      const booking = await bookByResearcher(ctx, actor, req.params.id, req.body.invitationId ?? null);
      reply.code(201);
      return presentBooking(booking);
    },
  );

  app.post(
    '/api/bookings/:id/cancel',
    {
      schema: {
        operationId: 'cancelBooking',
        summary: 'Cancel a booking',
        tags,
        params: IdParams,
        response: { 200: BookingView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'bookings.manage');
      await requireMembership(db, actor);
      return presentBooking(await cancelByResearcher(ctx, actor, req.params.id));
    },
  );

  app.post(
    '/api/bookings/:id/reschedule',
    {
      schema: {
        operationId: 'rescheduleBooking',
        summary: 'Move a booking to another slot',
        tags,
        params: IdParams,
        body: RescheduleInput,
        response: { 200: BookingView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'bookings.manage');
      await requireMembership(db, actor);
      return presentBooking(await rescheduleByResearcher(ctx, actor, req.params.id, req.body.slotId));
    },
  );
};

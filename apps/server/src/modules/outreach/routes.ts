import { schema } from '@brug/db';
import {
  AnswerForBureauView,
  AnswerInvitationInput,
  AnswerResultView,
  BookableInvitationView,
  BookingView,
  InvitationPreviewView,
  InvitationStatusQuery,
  InvitationStatusView,
  PreviewInvitationsInput,
  PublicBookingView,
  PublicInvitationView,
  PublicRescheduleInput,
  SendInvitationsInput,
  SendInvitationsResult,
  TokenBody,
  TokenQuery,
} from '@brug/domain';
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { presentBooking } from '../conversations/presenter.ts';
import { auditBureau, requireResearcher } from '../vault/access.ts';
import { requireMembership } from '../vault/manage-bureau.ts';
import { answerInvitation, viewInvitation } from './answer-invitation.ts';
import { invitationStatusByOrganisation } from './invitation-status.ts';
import { cancelByInvitee, rescheduleByInvitee, viewBookingByInvitee } from './manage-by-invitee.ts';
import { authorize } from './policy.ts';
import { presentStatus } from './presenter.ts';
import { previewInvitations } from './preview-invitations.ts';
import { INVITATION_REMINDER_QUEUE, sendInvitationReminder, sendInvitations } from './send-invitations.ts';

const tags = ['outreach'];
/** Public links are unguessable (256 bits); the limit keeps anyone from trying many anyway. */
const PUBLIC_RATE = { rateLimit: { max: 60, timeWindow: '1 minute' } };

export const outreachRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;
  await ctx.jobs.work<{ invitationId: string }>(INVITATION_REMINDER_QUEUE, (d) =>
    sendInvitationReminder(ctx, d.invitationId),
  );

  app.post(
    '/api/outreach/invitations',
    {
      schema: {
        operationId: 'sendOutreachInvitations',
        summary: 'Invite people to a conversation',
        tags,
        body: SendInvitationsInput,
        response: { 201: SendInvitationsResult },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'invitations.send');
      const { sent, skippedWithoutEmail, skippedAlreadyInvited } = await sendInvitations(
        ctx,
        actor,
        req.body,
      );
      reply.code(201);
      return { sent, skippedWithoutEmail, skippedAlreadyInvited };
    },
  );

  // POST because a selection can name hundreds of ids; it reads only, and sends and writes nothing.
  app.post(
    '/api/outreach/invitations/preview',
    {
      schema: {
        operationId: 'previewOutreachInvitations',
        summary: 'Preview whom a sending of invitations reaches and the mail they get',
        tags,
        body: PreviewInvitationsInput,
        response: { 200: InvitationPreviewView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'invitations.send');
      return previewInvitations(ctx, actor, req.body);
    },
  );

  app.get(
    '/api/outreach/waves',
    {
      schema: {
        operationId: 'listOutreachWaves',
        summary: 'List outreach waves with their invitations',
        tags,
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.uuid(), name: z.string(), number: z.number().int() })),
          }),
        },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'invitations.send');
      const rows = await db
        .select({ id: schema.waves.id, name: schema.waves.name, number: schema.waves.number })
        .from(schema.waves)
        .where(eq(schema.waves.zoneId, actor.zoneId))
        .orderBy(schema.waves.number);
      return { items: rows };
    },
  );

  app.get(
    '/api/outreach/status',
    {
      schema: {
        operationId: 'getOutreachStatus',
        summary: 'Outreach progress',
        tags,
        querystring: InvitationStatusQuery,
        response: { 200: z.object({ items: z.array(InvitationStatusView) }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'invitations.status');
      const rows = await invitationStatusByOrganisation(db, actor.zoneId, req.query);
      return { items: rows.map(presentStatus) };
    },
  );

  app.get(
    '/api/outreach/answers',
    {
      schema: {
        operationId: 'listOutreachAnswers',
        summary: "List invitees' answers",
        tags,
        response: { 200: z.object({ items: z.array(AnswerForBureauView) }) },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      authorize(vault.user, 'invitations.answers');
      return db.transaction(async (tx) => {
        const rows = await tx
          .select({
            inv: schema.invitations,
            organisationName: schema.organisations.name,
            contactName: schema.contacts.name,
          })
          .from(schema.invitations)
          .innerJoin(schema.organisations, eq(schema.organisations.id, schema.invitations.organisationId))
          .innerJoin(schema.contacts, eq(schema.contacts.id, schema.invitations.contactId))
          .where(
            and(
              eq(schema.invitations.zoneId, vault.zoneId),
              eq(schema.invitations.kind, 'interview'),
              isNotNull(schema.invitations.answeredAt),
            ),
          )
          .orderBy(desc(schema.invitations.answeredAt));
        // Consent and proposals stay sealed: the researcher's browser opens them (`invitation:<id>:answer`).
        const items = rows.map((r) => ({
          invitationId: r.inv.id,
          organisationName: r.organisationName,
          contactName: r.contactName,
          status: r.inv.status as z.infer<typeof AnswerForBureauView>['status'],
          sealedAnswer: r.inv.sealedAnswer,
          answeredAt: r.inv.answeredAt?.toISOString() ?? null,
        }));
        await auditBureau(tx, vault, 'invitation.answers.read', { type: 'bureau', id: vault.bureauId });
        return { items };
      });
    },
  );

  // Whom a researcher can book a time for: interview invitations without a live booking. Contact
  // names of invited organisations are the bureau's to see (DESIGN.md §3); no answer content.
  app.get(
    '/api/outreach/bookable',
    {
      schema: {
        operationId: 'listBookableInvitees',
        summary: 'List invitees who may book a slot',
        tags,
        response: { 200: z.object({ items: z.array(BookableInvitationView) }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'invitations.schedule');
      await requireMembership(db, actor);
      const inv = schema.invitations;
      const rows = await db
        .select({
          invitationId: inv.id,
          organisationName: schema.organisations.name,
          contactName: schema.contacts.name,
          email: schema.contacts.email,
          status: inv.status,
        })
        .from(inv)
        .innerJoin(schema.organisations, eq(schema.organisations.id, inv.organisationId))
        .innerJoin(schema.contacts, eq(schema.contacts.id, inv.contactId))
        .where(
          and(
            eq(inv.zoneId, actor.zoneId),
            eq(inv.kind, 'interview'),
            sql`not exists (select 1 from ${schema.bookings} where ${schema.bookings.invitationId} = ${inv.id} and ${schema.bookings.status} = 'booked')`,
          ),
        )
        .orderBy(asc(schema.organisations.name), asc(schema.contacts.name));
      return {
        items: rows.map((r) => ({
          invitationId: r.invitationId,
          organisationName: r.organisationName,
          contactName: r.contactName,
          hasEmail: Boolean(r.email),
          status: r.status as BookableInvitationView['status'],
        })),
      };
    },
  );

  // The public answer page: no account; the personal link is the only key.
  app.get(
    '/api/public/invitation',
    {
      config: PUBLIC_RATE,
      schema: {
        operationId: 'getPublicInvitation',
        summary: 'An invitation to a conversation, by its token',
        security: [],
        tags,
        querystring: TokenQuery,
        response: { 200: PublicInvitationView },
      },
    },
    async (req) => viewInvitation(ctx, req.query.token),
  );

  app.post(
    '/api/public/invitation/answer',
    {
      config: PUBLIC_RATE,
      schema: {
        operationId: 'answerInvitation',
        summary: 'Answer an invitation to a conversation',
        security: [],
        tags,
        body: AnswerInvitationInput,
        response: { 200: AnswerResultView },
      },
    },
    async (req) => {
      const { token, ...answer } = req.body;
      return answerInvitation(ctx, token, { token, ...answer });
    },
  );

  // The management page of a booked conversation: the link in the confirmation e-mail is the only key.
  app.get(
    '/api/public/booking',
    {
      config: PUBLIC_RATE,
      schema: {
        operationId: 'getPublicBooking',
        summary: 'A booking, by its token',
        security: [],
        tags,
        querystring: TokenQuery,
        response: { 200: PublicBookingView },
      },
    },
    async (req) => viewBookingByInvitee(ctx, req.query.token),
  );

  app.post(
    '/api/public/booking/cancel',
    {
      config: PUBLIC_RATE,
      schema: {
        operationId: 'cancelPublicBooking',
        summary: 'Cancel a booking by its token',
        security: [],
        tags,
        body: TokenBody,
        response: { 200: BookingView },
      },
    },
    async (req) => presentBooking(await cancelByInvitee(ctx, req.body.token)),
  );

  app.post(
    '/api/public/booking/reschedule',
    {
      config: PUBLIC_RATE,
      schema: {
        operationId: 'reschedulePublicBooking',
        summary: 'Move a booking by its token',
        security: [],
        tags,
        body: PublicRescheduleInput,
        response: { 200: BookingView },
      },
    },
    async (req) => presentBooking(await rescheduleByInvitee(ctx, req.body.token, req.body.slotId)),
  );
};

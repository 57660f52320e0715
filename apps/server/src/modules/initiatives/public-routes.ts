import { getActivityWithCounts } from '@brug/db';
import {
  AppError,
  type InitiativeStatus,
  type InitiativeType,
  PublicActivityView,
  RegisterInput,
  RegistrationReceipt,
  registrationOpen,
  TokenInput,
} from '@brug/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { download, MEDIA } from '../../http/openapi.ts';
import { calendarOrganizer } from '../conversations/ics.ts';
import { activityIcs } from './calendar.ts';
import { presentReceipt } from './presenter.ts';
import {
  cancelRegistration,
  EMAIL,
  findRegistrationByToken,
  REMINDER_QUEUE,
  type ReminderJob,
  register,
  sendReminder,
} from './registrations.ts';

const tags = ['public'];
/** Generous enough for a full room registering from one shared network, tight enough to stop floods. */
const REGISTRATIONS_PER_MINUTE = 600;

/** The public registration pages: no account, only a name or nickname, optional contact and a head count. */
export const publicActivityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;
  await ctx.jobs.work<ReminderJob>(REMINDER_QUEUE, (d) => sendReminder(ctx, d));

  async function publicActivity(id: string) {
    const row = await getActivityWithCounts(db, id);
    // Activities of initiatives still being designed are not public yet.
    if (
      !row ||
      (!registrationOpen(row.initiativeStatus as InitiativeStatus) && row.initiativeStatus !== 'done')
    )
      throw new AppError('NOT_FOUND', 'No such activity');
    return row;
  }

  app.get(
    '/api/public/activities/:id',
    {
      schema: {
        operationId: 'getPublicActivity',
        summary: "An activity's public page",
        security: [],
        tags,
        params: z.object({ id: z.uuid() }),
        response: { 200: PublicActivityView },
      },
    },
    async (req) => {
      const a = await publicActivity(req.params.id);
      return {
        id: a.activity.id,
        title: a.initiativeTitle,
        type: a.initiativeType as InitiativeType,
        description: a.initiativeDescription,
        startsAt: a.activity.startsAt.toISOString(),
        endsAt: a.activity.endsAt.toISOString(),
        place: a.activity.place,
        onlineUrl: a.activity.onlineUrl,
        languages: a.activity.languages,
        placesLeft: a.waitingPeople > 0 ? 0 : Math.max(0, a.activity.capacity - a.confirmedPeople),
        cancelled: a.activity.cancelledAt !== null,
        open:
          registrationOpen(a.initiativeStatus as InitiativeStatus) &&
          !a.activity.cancelledAt &&
          a.activity.startsAt.getTime() > Date.now(),
      };
    },
  );

  app.post(
    '/api/public/activities/:id/registrations',
    {
      config: { rateLimit: { max: REGISTRATIONS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        operationId: 'registerForActivity',
        summary: 'Register for an activity',
        security: [],
        tags,
        params: z.object({ id: z.uuid() }),
        body: RegisterInput,
        response: { 201: RegistrationReceipt },
      },
    },
    async (req, reply) => {
      const { registration, token, position } = await register(ctx, req.params.id, req.body);
      return reply.code(201).send(presentReceipt(registration, token, position));
    },
  );

  app.post(
    '/api/public/registrations/lookup',
    {
      schema: {
        operationId: 'lookUpRegistration',
        summary: 'Look up a registration by its token',
        security: [],
        tags,
        body: TokenInput,
        response: { 200: RegistrationReceipt },
      },
    },
    async (req) => {
      const { registration, position } = await findRegistrationByToken(ctx, req.body.token);
      return presentReceipt(registration, req.body.token, position);
    },
  );

  app.post(
    '/api/public/registrations/cancel',
    {
      schema: {
        operationId: 'cancelRegistration',
        summary: 'Cancel a registration by its token',
        security: [],
        tags,
        body: TokenInput,
        response: { 200: RegistrationReceipt },
      },
    },
    async (req) => {
      const registration = await cancelRegistration(ctx, req.body.token);
      return presentReceipt(registration, req.body.token, null);
    },
  );

  app.get(
    '/api/public/registrations/calendar.ics',
    {
      schema: {
        operationId: 'downloadRegistrationCalendar',
        summary: "A registration's calendar file",
        security: [],
        tags,
        querystring: TokenInput,
        response: { 200: download('The activity as an iCalendar event', MEDIA.ics) },
      },
    },
    async (req, reply) => {
      const { registration } = await findRegistrationByToken(ctx, req.query.token);
      const a = (await getActivityWithCounts(db, registration.activityId))!;
      const ics = activityIcs(
        { ...a.activity, title: a.initiativeTitle, description: a.initiativeDescription },
        ctx.config.publicUrl,
        {
          organizer: calendarOrganizer(ctx.config.mailFrom),
          attendee:
            registration.contact && EMAIL.test(registration.contact)
              ? { email: registration.contact, name: registration.name }
              : null,
        },
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="activiteit.ics"')
        .header('cache-control', 'no-store')
        .send(ics);
    },
  );
};

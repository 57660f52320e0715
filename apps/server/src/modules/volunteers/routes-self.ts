import { schema } from '@brug/db';
import {
  AppError,
  ApplyInput,
  IdParams,
  monthOf,
  Ok,
  OwnVolunteerView,
  RespondByTokenInput,
  RespondInput,
  UpdateVolunteerProfileInput,
  VolunteerView,
} from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { download, MEDIA } from '../../http/openapi.ts';
import { applyAsVolunteer } from './apply.ts';
import { calendarFeed, calendarUrl, revokeCalendarToken, rotateCalendarToken } from './calendar-feed.ts';
import { acceptedHoursIn, loadVolunteerDetail } from './load-volunteer.ts';
import { requireOwnVolunteer, updateVolunteerProfile } from './manage-volunteer.ts';
import { authorize } from './policy.ts';
import { presentOwnVolunteer } from './presenter.ts';
import { eraseVolunteerData, exportVolunteerData } from './privacy.ts';
import { respondByToken, respondToAssignment } from './respond-assignment.ts';

const tags = ['volunteers'];
const RespondView = z.object({ status: z.string(), changed: z.boolean() });

/** A colleague's side: applying, the own profile and availability, answers, calendar feed. */
export const volunteerSelfRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;

  const ownView = async (userId: string) => {
    const v = await requireOwnVolunteer(ctx, { id: userId });
    const detail = await loadVolunteerDetail(db, v, false);
    return presentOwnVolunteer(detail, acceptedHoursIn(detail.assignments, monthOf(new Date())));
  };

  app.post(
    '/api/volunteers/applications',
    {
      schema: {
        operationId: 'applyAsVolunteer',
        summary: 'Apply as a volunteer',
        tags,
        body: ApplyInput,
        response: { 201: OwnVolunteerView },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'apply');
      await applyAsVolunteer(ctx, actor, req.body);
      return reply.code(201).send(await ownView(actor.id));
    },
  );

  app.get(
    '/api/volunteers/me',
    {
      schema: {
        operationId: 'getMyVolunteerProfile',
        summary: "One's own volunteer profile",
        tags,
        response: { 200: OwnVolunteerView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'profile.own');
      return ownView(actor.id);
    },
  );

  app.patch(
    '/api/volunteers/me',
    {
      schema: {
        operationId: 'updateMyVolunteerProfile',
        summary: "Update one's own volunteer profile",
        tags,
        body: UpdateVolunteerProfileInput,
        response: { 200: OwnVolunteerView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'profile.own');
      const v = await requireOwnVolunteer(ctx, actor);
      await updateVolunteerProfile(ctx, actor, v, req.body);
      return ownView(actor.id);
    },
  );

  app.get(
    '/api/volunteers/me/export',
    {
      schema: {
        operationId: 'exportMyVolunteerData',
        summary: "Export one's own volunteer data",
        tags,
        response: { 200: z.object({ exportedAt: z.string(), volunteer: VolunteerView }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'profile.own');
      return exportVolunteerData(ctx, actor, await requireOwnVolunteer(ctx, actor));
    },
  );

  app.delete(
    '/api/volunteers/me',
    {
      schema: {
        operationId: 'leaveVolunteerPool',
        summary: "Leave the volunteer pool and erase one's profile",
        tags,
        response: { 200: Ok },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'profile.own');
      await eraseVolunteerData(ctx, actor, await requireOwnVolunteer(ctx, actor));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/volunteers/me/assignments/:id/respond',
    {
      schema: {
        operationId: 'respondToMyAssignment',
        summary: 'Accept or decline a request to help',
        tags,
        params: IdParams,
        body: RespondInput,
        response: { 200: RespondView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'profile.own');
      const v = await requireOwnVolunteer(ctx, actor);
      const [assignment] = await db
        .select()
        .from(schema.volunteerAssignments)
        .where(
          and(
            eq(schema.volunteerAssignments.id, req.params.id),
            eq(schema.volunteerAssignments.volunteerId, v.id),
          ),
        );
      if (!assignment) throw new AppError('NOT_FOUND', 'No such request');
      return respondToAssignment(ctx, assignment, req.body.answer);
    },
  );

  app.post(
    '/api/volunteers/me/calendar',
    {
      schema: {
        operationId: 'createMyCalendarLink',
        summary: 'Make a new calendar feed link',
        tags,
        response: { 200: z.object({ url: z.string() }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'profile.own');
      const v = await requireOwnVolunteer(ctx, actor);
      return { url: calendarUrl(ctx, await rotateCalendarToken(ctx, actor, v.id)) };
    },
  );

  app.delete(
    '/api/volunteers/me/calendar',
    {
      schema: {
        operationId: 'revokeMyCalendarLink',
        summary: "Revoke one's calendar feed link",
        tags,
        response: { 200: Ok },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'profile.own');
      const v = await requireOwnVolunteer(ctx, actor);
      await revokeCalendarToken(ctx, actor, v.id);
      return { ok: true as const };
    },
  );

  // Public: the secret in the URL is the credential (calendar apps send no cookies). Feeds subscribed
  // before the feed moved out of /api/volunteers/ keep answering at their old address, undocumented.
  for (const [path, hide] of [
    ['/api/volunteer-calendars/:file', false],
    ['/api/volunteers/calendar/:file', true],
  ] as const) {
    app.get(
      path,
      {
        config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: {
          operationId: 'getVolunteerCalendarFeed',
          summary: "A volunteer's calendar feed",
          hide,
          security: [],
          tags,
          params: z.object({ file: z.string().regex(/^[\w-]{20,100}\.ics$/, 'unknown calendar') }),
          response: { 200: download("The volunteer's assignments as iCalendar events", MEDIA.ics) },
        },
      },
      async (req, reply) => {
        const ics = await calendarFeed(ctx, req.params.file.slice(0, -4));
        return reply
          .type('text/calendar; charset=utf-8')
          .header('cache-control', 'private, max-age=300')
          .send(ics);
      },
    );
  }

  // Public: the one-click answer from the e-mail; the single-use secret identifies the request.
  app.post(
    '/api/volunteers/assignments/respond',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        operationId: 'respondToAssignmentByToken',
        summary: 'Accept or decline a request to help by its mailed token',
        security: [],
        tags,
        body: RespondByTokenInput,
        response: { 200: RespondView.extend({ title: z.string(), startsAt: z.string() }) },
      },
    },
    async (req) => {
      const outcome = await respondByToken(ctx, req.body.token, req.body.answer);
      const [activity] = await db
        .select()
        .from(schema.volunteerActivities)
        .where(eq(schema.volunteerActivities.activityId, outcome.activityId));
      return {
        status: outcome.status,
        changed: outcome.changed,
        title: activity.title,
        startsAt: activity.startsAt.toISOString(),
      };
    },
  );
};

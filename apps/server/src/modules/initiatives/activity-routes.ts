import {
  findActivities,
  findRegistrations,
  getActivityWithCounts,
  schema,
  withInitiativeLinks,
} from '@brug/db';
import {
  ActivityListQuery,
  ActivityReportInput,
  ActivityReportView,
  ActivityView,
  AppError,
  AttendanceInput,
  CreateActivityInput,
  IdParams,
  RegistrationView,
  UpdateActivityInput,
} from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { recordAttendance, saveReport } from './after-activity.ts';
import { cancelActivity, createActivity, updateActivity } from './manage-activities.ts';
import { authorize, authorizeOn, type InitiativeAction, partnerScope } from './policy.ts';
import { presentActivity, presentRegistration } from './presenter.ts';
import { findActivitySurveys } from './surveys-source.ts';

const tags = ['activities'];

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;

  async function access(user: SessionUser, id: string, action: InitiativeAction) {
    authorize(user, action);
    const row = await getActivityWithCounts(db, id, user.zoneId);
    if (!row) throw new AppError('NOT_FOUND', 'No such activity');
    if (user.role === 'partner') {
      const [initiative] = await db
        .select()
        .from(schema.initiatives)
        .where(eq(schema.initiatives.id, row.activity.initiativeId));
      const [detail] = await withInitiativeLinks(db, [initiative]);
      authorizeOn(
        user,
        action,
        detail.partners.map((p) => p.organisationId),
        await partnerScope(db, user),
      );
    }
    return row;
  }

  app.get(
    '/api/activities',
    {
      schema: {
        operationId: 'listActivities',
        summary: 'List activities',
        tags,
        querystring: ActivityListQuery,
        response: { 200: z.array(ActivityView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'activities.read');
      const rows = await findActivities(db, user.zoneId, {
        ...req.query,
        organisationIds: await partnerScope(db, user),
      });
      return rows.map(presentActivity);
    },
  );

  app.post(
    '/api/initiatives/:id/activities',
    {
      schema: {
        operationId: 'createActivity',
        summary: 'Plan an activity for an initiative',
        tags,
        params: IdParams,
        body: CreateActivityInput,
        response: { 201: ActivityView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'activities.manage');
      const row = await createActivity(ctx, user, req.params.id, req.body);
      return reply.code(201).send(presentActivity((await getActivityWithCounts(db, row.id, user.zoneId))!));
    },
  );

  app.get(
    '/api/activities/:id',
    {
      schema: {
        operationId: 'getActivity',
        summary: 'Get an activity',
        tags,
        params: IdParams,
        response: { 200: ActivityView },
      },
    },
    async (req) => presentActivity(await access(requireUser(req), req.params.id, 'activities.read')),
  );

  app.patch(
    '/api/activities/:id',
    {
      schema: {
        operationId: 'updateActivity',
        summary: 'Update an activity',
        tags,
        params: IdParams,
        body: UpdateActivityInput,
        response: { 200: ActivityView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'activities.manage');
      await updateActivity(ctx, user, req.params.id, req.body);
      return presentActivity((await getActivityWithCounts(db, req.params.id, user.zoneId))!);
    },
  );

  app.delete(
    '/api/activities/:id',
    {
      schema: {
        operationId: 'cancelActivity',
        summary: 'Cancel an activity',
        tags,
        params: IdParams,
        response: { 200: ActivityView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'activities.manage');
      await cancelActivity(ctx, user, req.params.id);
      return presentActivity((await getActivityWithCounts(db, req.params.id, user.zoneId))!);
    },
  );

  app.get(
    '/api/activities/:id/registrations',
    {
      schema: {
        operationId: 'listActivityRegistrations',
        summary: "List an activity's registrations",
        tags,
        params: IdParams,
        response: { 200: z.array(RegistrationView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      await access(user, req.params.id, 'registrations.read');
      return (await findRegistrations(db, req.params.id)).map(presentRegistration);
    },
  );

  app.put(
    '/api/activities/:id/attendance',
    {
      schema: {
        operationId: 'recordActivityAttendance',
        summary: 'Record who attended an activity',
        tags,
        params: IdParams,
        body: AttendanceInput,
        response: { 200: ActivityView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'activities.manage');
      await recordAttendance(ctx, user, req.params.id, req.body);
      return presentActivity((await getActivityWithCounts(db, req.params.id, user.zoneId))!);
    },
  );

  app.get(
    '/api/activities/:id/report',
    {
      schema: {
        operationId: 'getActivityReport',
        summary: "An activity's report",
        tags,
        params: IdParams,
        response: { 200: ActivityReportView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const activity = await access(user, req.params.id, 'activities.read');
      const [report] = await db
        .select()
        .from(schema.activityReports)
        .where(eq(schema.activityReports.activityId, req.params.id));
      if (!report) throw new AppError('NOT_FOUND', 'No report yet');
      return {
        activityId: report.activityId,
        whatHappened: report.whatHappened,
        lessons: report.lessons,
        attendance: activity.activity.attendance,
        surveyId: report.surveyId,
        surveyUrl: report.surveyUrl,
        updatedAt: report.updatedAt.toISOString(),
      };
    },
  );

  app.get(
    '/api/activities/:id/surveys',
    {
      schema: {
        operationId: 'listActivitySurveys',
        summary: "List an activity's surveys",
        tags,
        params: IdParams,
        response: { 200: z.array(z.object({ id: z.uuid(), title: z.string(), publicId: z.string() })) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const { activity } = await access(user, req.params.id, 'activities.manage');
      return findActivitySurveys(db, user.zoneId, activity, user.language);
    },
  );

  app.put(
    '/api/activities/:id/report',
    {
      schema: {
        operationId: 'saveActivityReport',
        summary: "Save an activity's report",
        tags,
        params: IdParams,
        body: ActivityReportInput,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'activities.manage');
      await saveReport(ctx, user, req.params.id, req.body);
      return { ok: true as const };
    },
  );
};

import { appendAudit, getActivityWithCounts, schema, withInitiativeLinks } from '@brug/db';
import { AppError, IdParams } from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { download, MEDIA } from '../../http/openapi.ts';
import { ACTIVITY_REPORT_LANGUAGES, activityReportPdf } from './activity-report-pdf.ts';
import { authorize, authorizeOn, partnerScope } from './policy.ts';

const ReportPdfQuery = z.object({ lang: z.enum(ACTIVITY_REPORT_LANGUAGES).optional() });

/** An activity's report as a PDF, for whoever may read the report (partners: of their initiatives). */
export const activityReportPdfRoute: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx.database;

  app.get(
    '/api/activities/:id/report.pdf',
    {
      schema: {
        operationId: 'downloadActivityReport',
        summary: "An activity's report as PDF",
        tags: ['initiatives'],
        params: IdParams,
        querystring: ReportPdfQuery,
        response: { 200: download("The activity's report", MEDIA.pdf) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'activities.read');
      const row = await getActivityWithCounts(db, req.params.id, user.zoneId);
      if (!row) throw new AppError('NOT_FOUND', 'No such activity');
      if (user.role === 'partner') {
        const [initiative] = await db
          .select()
          .from(schema.initiatives)
          .where(eq(schema.initiatives.id, row.activity.initiativeId));
        const [detail] = await withInitiativeLinks(db, [initiative]);
        authorizeOn(
          user,
          'activities.read',
          detail.partners.map((p) => p.organisationId),
          await partnerScope(db, user),
        );
      }
      const [report] = await db
        .select()
        .from(schema.activityReports)
        .where(eq(schema.activityReports.activityId, req.params.id));
      if (!report) throw new AppError('NOT_FOUND', 'No report yet');
      const lang =
        req.query.lang ??
        (ACTIVITY_REPORT_LANGUAGES as readonly string[]).find((l) => l === user.language) ??
        'nl';
      const pdf = await activityReportPdf(
        {
          initiativeTitle: row.initiativeTitle,
          startsAt: row.activity.startsAt,
          place: row.activity.place,
          onlineUrl: row.activity.onlineUrl,
          attendance: row.activity.attendance,
          confirmedPeople: row.confirmedPeople,
          whatHappened: report.whatHappened,
          lessons: report.lessons,
          surveyUrl: report.surveyUrl,
        },
        lang as (typeof ACTIVITY_REPORT_LANGUAGES)[number],
      );
      await appendAudit(db, {
        zoneId: user.zoneId,
        actorId: user.id,
        actorEmail: user.email,
        action: 'activity.report.export',
        targetType: 'activity',
        targetId: row.activity.id,
        details: { format: 'pdf', lang },
      });
      return reply
        .type(MEDIA.pdf)
        .header('content-disposition', `attachment; filename="brug-activity-report-${lang}.pdf"`)
        .send(pdf);
    },
  );
};

import { appendAudit } from '@brug/db';
import { DashboardQuery, DashboardView, ReportQuery } from '@brug/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { download, MEDIA } from '../../http/openapi.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { buildDashboard } from './dashboard.ts';
import { figureRows, toCsv, toXlsx } from './figures.ts';
import { authorize } from './policy.ts';
import { loadReportData, reportPdf } from './report.ts';

const ExportQuery = ReportQuery.extend({
  district: z.string().trim().min(1).max(80).optional(),
  targetGroup: z.string().trim().min(1).max(80).optional(),
});

export const insightRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  async function audit(actor: SessionUser, format: string, filters: Record<string, unknown>) {
    await appendAudit(ctx.database.db, {
      zoneId: actor.zoneId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'insights.export',
      targetType: 'programme',
      details: { format, ...filters },
    });
  }

  app.get(
    '/api/insights/dashboard',
    {
      schema: {
        operationId: 'getInsightsDashboard',
        summary: 'The insights dashboard',
        tags: ['insights'],
        querystring: DashboardQuery,
        response: { 200: DashboardView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'insights.read');
      return buildDashboard(ctx.database, actor.zoneId, req.query);
    },
  );

  app.get(
    '/api/insights/report.pdf',
    {
      schema: {
        operationId: 'downloadInsightsReport',
        summary: 'Programme report as PDF',
        tags: ['insights'],
        querystring: ReportQuery,
        response: { 200: download('The programme report', MEDIA.pdf) },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'insights.report');
      const { lang, from, to } = req.query;
      const dashboard = await buildDashboard(ctx.database, actor.zoneId, { from, to, trendBy: 'district' });
      const data = await loadReportData(ctx.database, actor.zoneId, lang, dashboard);
      const pdf = await reportPdf(ctx.database, actor.zoneId, lang, data);
      await audit(actor, 'pdf', { lang, from: from ?? null, to: to ?? null });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="brug-report-${lang}.pdf"`)
        .send(pdf);
    },
  );

  for (const [format, operationId, summary] of [
    ['csv', 'exportInsightsCsv', 'Programme figures as CSV'],
    ['xlsx', 'exportInsightsXlsx', 'Programme figures as XLSX'],
  ] as const) {
    app.get(
      `/api/insights/export.${format}`,
      {
        schema: {
          operationId,
          summary,
          tags: ['insights'],
          querystring: ExportQuery,
          response: { 200: download('The figures, one row per figure', MEDIA[format]) },
        },
      },
      async (req, reply) => {
        const actor = requireUser(req);
        authorize(actor, 'insights.report');
        const { lang, ...filters } = req.query;
        const dashboard = await buildDashboard(ctx.database, actor.zoneId, {
          ...filters,
          trendBy: 'district',
        });
        const rows = figureRows(dashboard, lang);
        await audit(actor, format, { lang, ...filters });
        if (format === 'csv')
          return reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="brug-figures-${lang}.csv"`)
            .send(toCsv(rows, lang));
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="brug-figures-${lang}.xlsx"`)
          .send(await toXlsx(rows, lang));
      },
    );
  }
};

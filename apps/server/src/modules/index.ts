import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { passwordResetRoutes } from './accounts/reset-routes.ts';
import { accountRoutes } from './accounts/routes.ts';
import { analysisRoutes } from './analysis/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { conversationRoutes } from './conversations/routes.ts';
import { findingRoutes } from './findings/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { homeRoutes } from './home/routes.ts';
import { ideaRoutes } from './ideas/routes.ts';
import { activityReportPdfRoute } from './initiatives/activity-report-pdf-route.ts';
import { initiativeRoutes } from './initiatives/routes.ts';
import { insightRoutes } from './insights/routes.ts';
import { mailRoutes } from './mail/routes.ts';
import { outreachRoutes } from './outreach/routes.ts';
import { partnerRoutes } from './partners/routes.ts';
import { programmeRoutes } from './programmes/routes.ts';
import { roundtableRoutes } from './roundtables/routes.ts';
import { surveyRoutes } from './surveys/routes.ts';
import { vaultRoutes } from './vault/routes.ts';
import { volunteerRoutes } from './volunteers/routes.ts';
import { zoneRoutes } from './zones/routes.ts';

/** Every module's routes, in programme order. Add a module with one line here. */
export const modules: FastifyPluginAsyncZod[] = [
  healthRoutes,
  accountRoutes,
  passwordResetRoutes,
  zoneRoutes,
  auditRoutes,
  mailRoutes,
  homeRoutes,
  programmeRoutes,
  partnerRoutes,
  ideaRoutes,
  initiativeRoutes,
  activityReportPdfRoute,
  volunteerRoutes,
  vaultRoutes,
  conversationRoutes,
  outreachRoutes,
  roundtableRoutes,
  analysisRoutes,
  findingRoutes,
  surveyRoutes,
  insightRoutes,
];

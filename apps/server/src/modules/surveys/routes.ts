import {
  countResponses,
  findTrustMoments,
  findZoneSurveysWithResponses,
  getZoneSurvey,
  schema,
} from '@brug/db';
import {
  AppError,
  BUILT_IN_LANGUAGE_NAMES,
  CreateSurveyInput,
  estimateDifference,
  estimateMean,
  GenerateCodesInput,
  IdParams,
  InitiativeResultsView,
  PublicPhaseQuery,
  ResultsQuery,
  renderQuestions,
  respondentMessage,
  respondentThanks,
  SCALES,
  STANDARD_ITEMS,
  SubmitAnswersInput,
  type SurveyDefinition,
  SurveyListQuery,
  SurveyResultsView,
  SurveyView,
  UpdateSurveyInput,
} from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { download, MEDIA, NO_CONTENT } from '../../http/openapi.ts';
import { computeSurveyResults, phasesOf } from './compute-results.ts';
import { generateCodes, posterPdf, qrPng, slideSvg } from './distribute.ts';
import { createSurvey, updateSurvey } from './manage-survey.ts';
import { authorize, authorizeResults, surveyStatus } from './policy.ts';
import { presentSurvey, publicLink } from './presenter.ts';
import { findPublicSurvey } from './public-surveys.ts';
import { archiveSurvey, closeSurvey, deleteSurvey } from './retire-survey.ts';
import { submitResponse, today } from './submit-response.ts';
import { groupUnits, trustUnits } from './trust-figures.ts';
import { gateUnits } from './trust-gates.ts';

const PhaseQuery = z.object({ phase: z.enum(['before', 'after', 'pulse']).optional() });
const PublicParams = z.object({ publicId: z.string().min(8).max(40) });

const PublicSurveyView = z.object({
  title: z.string(),
  language: z.string(),
  rtl: z.boolean(),
  languages: z.array(z.object({ code: z.string(), name: z.string(), rtl: z.boolean() })),
  phase: z.string(),
  access: z.string(),
  status: z.enum(['scheduled', 'open', 'closed']),
  districts: z.array(z.string()).nullable(),
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      text: z.string(),
      points: z.array(z.object({ value: z.number(), label: z.string().nullable() })).optional(),
      options: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
      maxLength: z.number().optional(),
    }),
  ),
});

export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;
  const publicUrl = ctx.config.publicUrl;

  async function loadSurvey(zoneId: string, id: string) {
    const s = await getZoneSurvey(db, zoneId, id);
    if (!s) throw new AppError('NOT_FOUND', 'No such survey');
    return s;
  }
  async function view(s: Awaited<ReturnType<typeof loadSurvey>>) {
    const n = (await countResponses(db, [s.id])).get(s.id) ?? 0;
    return presentSurvey(s, publicUrl, n, today());
  }
  function linkFor(s: Awaited<ReturnType<typeof loadSurvey>>, phase?: string) {
    const phases = phasesOf(s.kind);
    const p = phase ?? phases[0];
    if (!phases.includes(p)) throw AppError.validation({ phase: `one of ${phases.join(', ')}` });
    return publicLink(publicUrl, s, p);
  }

  app.get(
    '/api/surveys/items',
    {
      schema: {
        operationId: 'listSurveyItems',
        summary: 'List the survey item bank',
        tags: ['surveys'],
        response: { 200: z.object({ items: z.array(z.any()), scales: z.record(z.string(), z.any()) }) },
      },
    },
    async (req) => {
      authorize(requireUser(req), 'surveys.read');
      return { items: [...STANDARD_ITEMS], scales: SCALES };
    },
  );

  app.get(
    '/api/surveys',
    {
      schema: {
        operationId: 'listSurveys',
        summary: 'List surveys',
        tags: ['surveys'],
        querystring: SurveyListQuery,
        response: { 200: z.object({ items: z.array(SurveyView) }) },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'surveys.read');
      const archived = req.query.archived === 'true';
      const rows = (await findZoneSurveysWithResponses(db, actor.zoneId)).filter(
        (r) => (r.survey.archivedAt !== null) === archived,
      );
      return { items: rows.map((r) => presentSurvey(r.survey, publicUrl, r.responses, today())) };
    },
  );

  app.post(
    '/api/surveys',
    {
      schema: {
        operationId: 'createSurvey',
        summary: 'Create a survey',
        tags: ['surveys'],
        body: CreateSurveyInput,
        response: { 201: SurveyView },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'surveys.manage');
      const row = await createSurvey(ctx, actor, req.body);
      return reply.code(201).send(await view(row));
    },
  );

  app.get(
    '/api/surveys/:id',
    {
      schema: {
        operationId: 'getSurvey',
        summary: 'Get a survey',
        tags: ['surveys'],
        params: IdParams,
        response: { 200: SurveyView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'surveys.read');
      return view(await loadSurvey(actor.zoneId, req.params.id));
    },
  );

  app.patch(
    '/api/surveys/:id',
    {
      schema: {
        operationId: 'updateSurvey',
        summary: 'Update a survey',
        tags: ['surveys'],
        params: IdParams,
        body: UpdateSurveyInput,
        response: { 200: SurveyView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      authorize(actor, 'surveys.manage');
      return view(await updateSurvey(ctx, actor, req.params.id, req.body));
    },
  );

  for (const [action, operation, operationId, summary] of [
    ['close', closeSurvey, 'closeSurvey', 'Close a survey to new answers'],
    ['archive', archiveSurvey, 'archiveSurvey', 'Archive a survey'],
  ] as const) {
    app.post(
      `/api/surveys/:id/${action}`,
      {
        schema: { operationId, summary, tags: ['surveys'], params: IdParams, response: { 200: SurveyView } },
      },
      async (req) => {
        const actor = requireUser(req);
        authorize(actor, 'surveys.manage');
        return view(await operation(ctx, actor, req.params.id));
      },
    );
  }

  app.delete(
    '/api/surveys/:id',
    {
      schema: {
        operationId: 'deleteSurvey',
        summary: 'Delete a survey nobody has answered',
        tags: ['surveys'],
        params: IdParams,
        response: { 204: NO_CONTENT },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'surveys.manage');
      await deleteSurvey(ctx, actor, req.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/surveys/:id/codes',
    {
      schema: {
        operationId: 'createSurveyCodes',
        summary: 'Make single-use response codes',
        tags: ['surveys'],
        params: IdParams,
        body: GenerateCodesInput,
        response: { 201: z.object({ phase: z.string(), codes: z.array(z.string()), link: z.string() }) },
      },
    },
    async (req, reply) => {
      const actor = requireUser(req);
      authorize(actor, 'surveys.manage');
      const s = await loadSurvey(actor.zoneId, req.params.id);
      const link = linkFor(s, req.body.phase);
      const codes = await generateCodes(ctx, actor, s, req.body.phase, req.body.count);
      return reply.code(201).send({ phase: req.body.phase, codes, link });
    },
  );

  for (const [name, type, operationId, summary] of [
    ['qr.png', MEDIA.png, 'getSurveyQrCode', "QR code of a survey's link, as PNG"],
    ['poster.pdf', MEDIA.pdf, 'getSurveyPoster', "Poster with a survey's link, as PDF"],
    ['slide.svg', MEDIA.svg, 'getSurveySlide', "Slide with a survey's link, as SVG"],
  ] as const) {
    app.get(
      `/api/surveys/:id/${name}`,
      {
        schema: {
          operationId,
          summary,
          tags: ['surveys'],
          params: IdParams,
          querystring: PhaseQuery,
          response: { 200: download(summary, type) },
        },
      },
      async (req, reply) => {
        const actor = requireUser(req);
        authorize(actor, 'surveys.read');
        const s = await loadSurvey(actor.zoneId, req.params.id);
        const url = linkFor(s, req.query.phase);
        const body =
          name === 'qr.png'
            ? await qrPng(url)
            : name === 'poster.pdf'
              ? await posterPdf(s, url)
              : await slideSvg(s, url);
        return reply
          .type(type)
          .header('content-disposition', `inline; filename="survey-${req.query.phase ?? 'link'}-${name}"`)
          .send(body);
      },
    );
  }

  app.get(
    '/api/surveys/:id/results',
    {
      schema: {
        operationId: 'getSurveyResults',
        summary: "A survey's results",
        tags: ['surveys'],
        params: IdParams,
        querystring: ResultsQuery.extend({ lang: z.string().max(10).optional() }),
        response: { 200: SurveyResultsView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      const s = await getZoneSurvey(db, actor.zoneId, req.params.id);
      await authorizeResults(db, actor, s?.initiativeId ?? null);
      if (!s) throw new AppError('NOT_FOUND', 'No such survey');
      return computeSurveyResults(db, s, req.query.breakdown, req.query.lang ?? actor.language);
    },
  );

  app.get(
    '/api/surveys/initiatives/:id/results',
    {
      schema: {
        operationId: 'getInitiativeSurveyResults',
        summary: 'Survey results of an initiative',
        tags: ['surveys'],
        params: IdParams,
        response: { 200: InitiativeResultsView },
      },
    },
    async (req) => {
      const actor = requireUser(req);
      await authorizeResults(db, actor, req.params.id);
      const surveyIds = (
        await db
          .select({ id: schema.surveys.id })
          .from(schema.surveys)
          .where(and(eq(schema.surveys.zoneId, actor.zoneId), eq(schema.surveys.initiativeId, req.params.id)))
      ).map((r) => r.id);
      const { parents } = await gateUnits(
        db,
        actor.zoneId,
        trustUnits(await findTrustMoments(db, actor.zoneId, surveyIds)),
      );
      const byPhase = groupUnits(parents, (u) => u.phase);
      const before = byPhase.get('before');
      const after = byPhase.get('after');
      return {
        initiativeId: req.params.id,
        surveys: surveyIds.length,
        before: before ? estimateMean(before) : null,
        after: after ? estimateMean(after) : null,
        difference: before && after ? estimateDifference(before, after) : null,
      };
    },
  );

  // Public answering: no account. These routes log nothing per request (no address, no time
  // pattern per respondent), and the response stores the day only.
  app.get(
    '/api/public/surveys/:publicId',
    {
      logLevel: 'warn',
      schema: {
        operationId: 'getPublicSurvey',
        summary: "A survey's public form",
        security: [],
        tags: ['surveys'],
        params: PublicParams,
        querystring: PublicPhaseQuery,
        response: { 200: PublicSurveyView },
      },
    },
    async (req) => {
      const found = await findPublicSurvey(db, req.params.publicId);
      const lang = req.query.lang ?? 'nl';
      if (!found) throw new AppError('NOT_FOUND', respondentMessage(lang, 'not_found'));
      const s = found.survey;
      const def = s.definition as SurveyDefinition;
      const language = def.languages.find((l) => l.code === lang) ?? def.languages[0];
      const phases = phasesOf(s.kind);
      const phase = req.query.p && phases.includes(req.query.p) ? req.query.p : phases[0];
      return {
        title: s.title[language.code] ?? s.title.nl ?? Object.values(s.title)[0],
        language: language.code,
        rtl: language.rtl,
        languages: def.languages.map((l) => ({
          code: l.code,
          name: (BUILT_IN_LANGUAGE_NAMES as Record<string, string>)[l.code] ?? l.name,
          rtl: l.rtl,
        })),
        phase,
        access: s.access,
        status: surveyStatus(s, today()),
        districts: found.districts,
        questions: renderQuestions(def, language.code),
      };
    },
  );

  app.post(
    '/api/public/surveys/:publicId/responses',
    {
      logLevel: 'warn',
      config: { rateLimit: { max: 2000, timeWindow: '1 minute' } },
      schema: {
        operationId: 'submitSurveyResponse',
        summary: 'Answer a survey',
        security: [],
        tags: ['surveys'],
        params: PublicParams,
        body: SubmitAnswersInput,
        response: { 201: z.object({ ok: z.literal(true), message: z.string() }) },
      },
    },
    async (req, reply) => {
      await submitResponse(ctx, req.params.publicId, req.body);
      return reply.code(201).send({ ok: true as const, message: respondentThanks(req.body.language) });
    },
  );
};

import {
  appendAudit,
  findBureauFindings,
  findCitableSources,
  findPublishedFindings,
  findRegistryNames,
  getBureauFinding,
  getPublishedFinding,
  schema,
} from '@brug/db';
import {
  AppError,
  CreateSealedFindingInput,
  FindingSourceView,
  IdParams,
  LANGUAGES,
  type Language,
  PublishedFindingQuery,
  PublishedFindingView,
  PublishSealedFindingInput,
  RegistryNamesView,
  SealedFindingView,
  SourceCountInput,
  SourceCountView,
  UpdateSealedFindingInput,
} from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { download, MEDIA, movedPaths } from '../../http/openapi.ts';
import { auditBureau, requireResearcher } from '../vault/access.ts';
import { authorize } from './policy.ts';
import { presentDraft, presentPublished } from './presenter.ts';
import { countFindingSources, publishFinding } from './publish-finding.ts';
import { groupForReport, renderDocx, renderPdf } from './report.ts';
import { createFinding, updateFinding } from './save-finding.ts';

const tags = ['findings'];

export const findingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;

  movedPaths(app, { '/api/findings/published': '/api/published-findings' });

  // What we heard: published findings, for every role of the zone.
  app.get(
    '/api/published-findings',
    {
      schema: {
        operationId: 'listPublishedFindings',
        summary: 'List published findings',
        tags,
        querystring: PublishedFindingQuery,
        response: { 200: z.object({ items: z.array(PublishedFindingView) }) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'findings.published.read');
      const rows = await findPublishedFindings(db, user.zoneId, req.query);
      return { items: rows.map(presentPublished) };
    },
  );

  app.get(
    '/api/published-findings/:id',
    {
      schema: {
        operationId: 'getPublishedFinding',
        summary: 'Get a published finding',
        tags,
        params: IdParams,
        response: { 200: PublishedFindingView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'findings.published.read');
      const row = await getPublishedFinding(db, user.zoneId, req.params.id);
      if (!row) throw new AppError('NOT_FOUND', 'No such finding');
      return presentPublished(row);
    },
  );

  // The findings report, for every role: published statements only, as PDF or as an editable Word file.
  app.get(
    '/api/findings/report.:format',
    {
      schema: {
        operationId: 'downloadFindingsReport',
        summary: 'Findings report as PDF or DOCX',
        tags,
        params: z.object({ format: z.enum(['pdf', 'docx']) }),
        querystring: z.object({ lang: z.enum(LANGUAGES).optional() }),
        response: { 200: download('The published findings, grouped by theme', MEDIA.pdf, MEDIA.docx) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'findings.report');
      const lang = req.query.lang ?? (user.language as Language);
      const { format } = req.params;
      const [zone] = await db.select().from(schema.zones).where(eq(schema.zones.id, user.zoneId));
      const findings = (await findPublishedFindings(db, user.zoneId)).map(presentPublished);
      const sections = groupForReport(findings, lang);
      const date = new Date().toISOString().slice(0, 10);
      const file =
        format === 'pdf'
          ? await renderPdf(sections, lang, zone.name, date)
          : renderDocx(sections, lang, zone.name, date);
      await appendAudit(db, {
        zoneId: user.zoneId,
        actorId: user.id,
        actorEmail: user.email,
        action: 'finding.report.export',
        details: { format, lang, findings: findings.length },
      });
      reply
        .header(
          'content-type',
          format === 'pdf'
            ? 'application/pdf'
            : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        )
        .header('content-disposition', `attachment; filename="brug-findings-${date}.${format}"`);
      return file;
    },
  );

  // The bureau's workspace: drafts are sealed in the researcher's browser; the server keeps ciphertext.
  app.get(
    '/api/findings',
    {
      schema: {
        operationId: 'listFindings',
        summary: "List the bureau's sealed findings",
        tags,
        response: { 200: z.object({ items: z.array(SealedFindingView) }) },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      return db.transaction(async (tx) => {
        const rows = await findBureauFindings(tx, scope.bureauId);
        await auditBureau(tx, scope, 'finding.list', { type: 'finding', id: '*' });
        return { items: rows.map(presentDraft) };
      });
    },
  );

  app.get(
    '/api/findings/sources',
    {
      schema: {
        operationId: 'listFindingSources',
        summary: 'List sources a finding may cite',
        tags,
        response: { 200: z.object({ items: z.array(FindingSourceView) }) },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      return { items: await findCitableSources(db, scope.bureauId) };
    },
  );

  // The names the browser's de-identification check looks for: registry organisations and people,
  // and the zone's roundtable titles. Names only, for researchers.
  app.get(
    '/api/findings/registry-names',
    {
      schema: {
        operationId: 'listRegistryNames',
        summary: 'Names in the partner registry, for the de-identification check',
        tags,
        response: { 200: RegistryNamesView },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      const names = await findRegistryNames(db, scope.zoneId);
      return {
        organisations: [...names.organisations],
        people: [...names.people],
        roundtables: [...(names.roundtables ?? [])],
      };
    },
  );

  app.post(
    '/api/findings',
    {
      schema: {
        operationId: 'createFinding',
        summary: 'Draft a finding',
        tags,
        body: CreateSealedFindingInput,
        response: { 201: SealedFindingView },
      },
    },
    async (req, reply) => {
      const scope = await requireResearcher(req);
      const row = await createFinding(ctx, scope, req.body);
      reply.code(201);
      return presentDraft(row);
    },
  );

  app.get(
    '/api/findings/:id',
    {
      schema: {
        operationId: 'getFinding',
        summary: 'Get a sealed finding',
        tags,
        params: IdParams,
        response: { 200: SealedFindingView },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      const row = await getBureauFinding(db, scope.bureauId, req.params.id);
      if (!row) throw new AppError('NOT_FOUND', 'No such finding');
      return presentDraft(row);
    },
  );

  app.patch(
    '/api/findings/:id',
    {
      schema: {
        operationId: 'updateFinding',
        summary: 'Update a sealed finding',
        tags,
        params: IdParams,
        body: UpdateSealedFindingInput,
        response: { 200: SealedFindingView },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      return presentDraft(await updateFinding(ctx, scope, req.params.id, req.body));
    },
  );

  // How many of the draft's candidate sources count towards k, and why the others do not.
  app.post(
    '/api/findings/:id/sources-count',
    {
      schema: {
        operationId: 'countFindingSources',
        summary: 'Count the distinct sources behind a finding',
        tags,
        params: IdParams,
        body: SourceCountInput,
        response: { 200: SourceCountView },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      return countFindingSources(ctx, scope, req.params.id, req.body.sourceIds);
    },
  );

  app.post(
    '/api/findings/:id/publish',
    {
      schema: {
        operationId: 'publishFinding',
        summary: 'Publish a finding',
        tags,
        params: IdParams,
        body: PublishSealedFindingInput,
        response: { 200: PublishedFindingView },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      return presentPublished(await publishFinding(ctx, scope, req.params.id, req.body));
    },
  );
};

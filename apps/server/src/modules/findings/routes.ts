import {
  appendAudit,
  findBureauFindings,
  findCitableSources,
  findLiveSources,
  findPublishedFindings,
  getPublishedFinding,
  schema,
} from '@brug/db';
import {
  AppError,
  CreateFindingInput,
  FindingDraftView,
  FindingSourceView,
  IdParams,
  LANGUAGES,
  type Language,
  PublicationCheckView,
  PublishedFindingQuery,
  PublishedFindingView,
  PublishFindingInput,
  UpdateFindingInput,
} from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { auditBureau, requireUnlockedVault } from '../vault/access.ts';
import { openDraft } from './draft.ts';
import { authorize } from './policy.ts';
import { presentDraft, presentPublished } from './presenter.ts';
import { checkFinding, publishFinding } from './publish-finding.ts';
import { groupForReport, renderDocx, renderPdf } from './report.ts';
import { createFinding, readFinding, updateFinding } from './save-finding.ts';

const tags = ['findings'];

export const findingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;

  // What we heard: published findings, for every role of the zone.
  app.get(
    '/api/findings/published',
    {
      schema: {
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
    '/api/findings/published/:id',
    { schema: { tags, params: IdParams, response: { 200: PublishedFindingView } } },
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
        tags,
        params: z.object({ format: z.enum(['pdf', 'docx']) }),
        querystring: z.object({ lang: z.enum(LANGUAGES).optional() }),
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

  // The bureau's workspace: drafts and their support are confidential (vault open, researchers only).
  app.get(
    '/api/findings',
    { schema: { tags, response: { 200: z.object({ items: z.array(FindingDraftView) }) } } },
    async (req) => {
      authorize(requireUser(req), 'findings.draft');
      const vault = requireUnlockedVault(req);
      return db.transaction(async (tx) => {
        const rows = await findBureauFindings(tx, vault.bureauId);
        const drafts = rows.map((row) => ({ row, draft: openDraft(vault, row) }));
        const live = await findLiveSources(
          tx,
          vault.bureauId,
          drafts.flatMap((d) => d.draft.sourceIds),
        );
        const pseudonyms = new Map(live.map((s) => [s.id, s.pseudonym]));
        await auditBureau(tx, vault, 'finding.list', { type: 'finding', id: '*' }, { count: rows.length });
        return { items: drafts.map(({ row, draft }) => presentDraft(row, draft, pseudonyms)) };
      });
    },
  );

  app.get(
    '/api/findings/sources',
    { schema: { tags, response: { 200: z.object({ items: z.array(FindingSourceView) }) } } },
    async (req) => {
      authorize(requireUser(req), 'findings.draft');
      const vault = requireUnlockedVault(req);
      return db.transaction(async (tx) => {
        const items = await findCitableSources(tx, vault.bureauId);
        await auditBureau(
          tx,
          vault,
          'finding.sources',
          { type: 'finding', id: '*' },
          { count: items.length },
        );
        return { items };
      });
    },
  );

  app.post(
    '/api/findings',
    { schema: { tags, body: CreateFindingInput, response: { 201: FindingDraftView } } },
    async (req, reply) => {
      authorize(requireUser(req), 'findings.draft');
      const vault = requireUnlockedVault(req);
      const { row, draft, pseudonyms } = await createFinding(ctx, vault, req.body);
      reply.code(201);
      return presentDraft(row, draft, pseudonyms);
    },
  );

  app.get(
    '/api/findings/:id',
    { schema: { tags, params: IdParams, response: { 200: FindingDraftView } } },
    async (req) => {
      authorize(requireUser(req), 'findings.draft');
      const vault = requireUnlockedVault(req);
      const { row, draft, pseudonyms } = await readFinding(ctx, vault, req.params.id);
      return presentDraft(row, draft, pseudonyms);
    },
  );

  app.patch(
    '/api/findings/:id',
    { schema: { tags, params: IdParams, body: UpdateFindingInput, response: { 200: FindingDraftView } } },
    async (req) => {
      authorize(requireUser(req), 'findings.draft');
      const vault = requireUnlockedVault(req);
      const { row, draft, pseudonyms } = await updateFinding(ctx, vault, req.params.id, req.body);
      return presentDraft(row, draft, pseudonyms);
    },
  );

  app.post(
    '/api/findings/:id/check',
    { schema: { tags, params: IdParams, response: { 200: PublicationCheckView } } },
    async (req) => {
      authorize(requireUser(req), 'findings.draft');
      const vault = requireUnlockedVault(req);
      return checkFinding(ctx, vault, req.params.id);
    },
  );

  app.post(
    '/api/findings/:id/publish',
    {
      schema: { tags, params: IdParams, body: PublishFindingInput, response: { 200: PublishedFindingView } },
    },
    async (req) => {
      authorize(requireUser(req), 'findings.draft');
      const vault = requireUnlockedVault(req);
      return presentPublished(await publishFinding(ctx, vault, req.params.id, req.body));
    },
  );
};

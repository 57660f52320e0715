import { countCooccurrences } from '@brug/db';
import {
  AcceptThemeInput,
  AnalysisRoundtableView,
  ChooseRoundtableInput,
  CodeView,
  CodingQuery,
  CodingView,
  CooccurrenceView,
  CreateCodeInput,
  CreateCodingInput,
  DeleteCodeResult,
  IdParams,
  InterviewTextView,
  MergeCodeInput,
  Ok,
  RenameThemeInput,
  RoundtableTextView,
  StartThemeRunInput,
  ThemeParams,
  ThemeRunView,
  UpdateCodeInput,
  UpdateCodingInput,
} from '@brug/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditBureau, requireUnlockedVault } from '../vault/access.ts';
import {
  createCode,
  createStarterCodebook,
  deleteCode,
  listCodes,
  mergeCode,
  updateCode,
} from './codebook.ts';
import {
  createCoding,
  deleteCoding,
  listCodings,
  readInterviewText,
  readRoundtableText,
  updateCoding,
} from './coding.ts';
import { presentCode, presentCoding } from './presenter.ts';
import { exportRoutes } from './refi-qda-routes.ts';
import { chooseRoundtable, dropRoundtable, listRoundtableSources } from './roundtable-sources.ts';
import {
  acceptTheme,
  dismissTheme,
  latestThemeRunId,
  readThemeRun,
  renameTheme,
  runThemeJob,
  startThemeRun,
  THEME_QUEUE,
  type ThemeJob,
} from './theme-runs.ts';

const tags = ['analysis'];
const Items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/**
 * Qualitative coding of the bureau's confidential interviews. Every handler starts with
 * `requireUnlockedVault`: researchers with the vault open only, 403 for every other role.
 */
export const analysisRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;
  await ctx.jobs.work<ThemeJob>(THEME_QUEUE, (data) => runThemeJob(ctx, data));

  app.get('/api/codes', { schema: { tags, response: { 200: Items(CodeView) } } }, async (req) => {
    const vault = requireUnlockedVault(req);
    return db.transaction(async (tx) => {
      const codes = await listCodes(tx, vault);
      await auditBureau(tx, vault, 'code.list', { type: 'code', id: '*' }, { count: codes.length });
      return { items: codes.map(presentCode) };
    });
  });

  app.post(
    '/api/codes',
    { schema: { tags, body: CreateCodeInput, response: { 201: CodeView } } },
    async (req, reply) => {
      const vault = requireUnlockedVault(req);
      const row = await createCode(ctx, vault, req.body);
      reply.code(201);
      return presentCode({
        id: row.id,
        parentId: row.parentId,
        name: req.body.name,
        description: req.body.description,
        memo: req.body.memo ?? null,
        colour: row.colour,
        position: row.position,
        passages: 0,
        sources: 0,
      });
    },
  );

  app.post(
    '/api/codes/starter',
    { schema: { tags, response: { 201: Items(CodeView) } } },
    async (req, reply) => {
      const vault = requireUnlockedVault(req);
      const codes = await createStarterCodebook(ctx, vault);
      reply.code(201);
      return { items: codes.map(presentCode) };
    },
  );

  app.patch(
    '/api/codes/:id',
    { schema: { tags, params: IdParams, body: UpdateCodeInput, response: { 200: CodeView } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      return presentCode(await updateCode(ctx, vault, req.params.id, req.body));
    },
  );

  app.post(
    '/api/codes/:id/merge',
    { schema: { tags, params: IdParams, body: MergeCodeInput, response: { 200: CodeView } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      return presentCode(await mergeCode(ctx, vault, req.params.id, req.body.into));
    },
  );

  app.delete(
    '/api/codes/:id',
    { schema: { tags, params: IdParams, response: { 200: DeleteCodeResult } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      return deleteCode(ctx, vault, req.params.id);
    },
  );

  app.get(
    '/api/analysis/cooccurrence',
    { schema: { tags, response: { 200: CooccurrenceView } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      return db.transaction(async (tx) => {
        const pairs = await countCooccurrences(tx, vault.bureauId);
        await auditBureau(tx, vault, 'code.cooccurrence.read', { type: 'code', id: '*' });
        return { pairs };
      });
    },
  );

  app.get(
    '/api/analysis/interviews/:id/text',
    { schema: { tags, params: IdParams, response: { 200: InterviewTextView } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      return readInterviewText(ctx, vault, req.params.id);
    },
  );

  app.get(
    '/api/analysis/roundtables',
    { schema: { tags, response: { 200: Items(AnalysisRoundtableView) } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      return { items: await listRoundtableSources(ctx, vault) };
    },
  );

  app.post(
    '/api/analysis/roundtables',
    { schema: { tags, body: ChooseRoundtableInput, response: { 201: AnalysisRoundtableView } } },
    async (req, reply) => {
      const vault = requireUnlockedVault(req);
      const view = await chooseRoundtable(ctx, vault, req.body.roundtableId);
      reply.code(201);
      return view;
    },
  );

  app.delete(
    '/api/analysis/roundtables/:id',
    { schema: { tags, params: IdParams, response: { 200: Ok } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      await dropRoundtable(ctx, vault, req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/analysis/roundtables/:id/text',
    { schema: { tags, params: IdParams, response: { 200: RoundtableTextView } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      return readRoundtableText(ctx, vault, req.params.id);
    },
  );

  app.get(
    '/api/codings',
    { schema: { tags, querystring: CodingQuery, response: { 200: Items(CodingView) } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      return db.transaction(async (tx) => {
        const codings = await listCodings(tx, vault, req.query);
        await auditBureau(tx, vault, 'coding.list', { type: 'coding', id: '*' }, { count: codings.length });
        return { items: codings.map(presentCoding) };
      });
    },
  );

  app.post(
    '/api/codings',
    { schema: { tags, body: CreateCodingInput, response: { 201: CodingView } } },
    async (req, reply) => {
      const vault = requireUnlockedVault(req);
      const coding = await createCoding(ctx, vault, req.body);
      reply.code(201);
      return presentCoding(coding);
    },
  );

  app.patch(
    '/api/codings/:id',
    { schema: { tags, params: IdParams, body: UpdateCodingInput, response: { 200: CodingView } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      return presentCoding(await updateCoding(ctx, vault, req.params.id, req.body));
    },
  );

  app.delete(
    '/api/codings/:id',
    { schema: { tags, params: IdParams, response: { 200: Ok } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      await deleteCoding(ctx, vault, req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/analysis/theme-runs',
    { schema: { tags, body: StartThemeRunInput, response: { 202: ThemeRunView } } },
    async (req, reply) => {
      const vault = requireUnlockedVault(req);
      const run = await startThemeRun(ctx, vault, req.body);
      reply.code(202);
      return {
        id: run.id,
        status: 'running' as const,
        progress: 0,
        passages: run.passages,
        error: null,
        themes: null,
        createdAt: run.createdAt.toISOString(),
      };
    },
  );

  app.get(
    '/api/analysis/theme-runs/latest',
    { schema: { tags, response: { 200: z.object({ id: z.uuid().nullable() }) } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      return { id: await latestThemeRunId(ctx, vault) };
    },
  );

  app.get(
    '/api/analysis/theme-runs/:id',
    { schema: { tags, params: IdParams, response: { 200: ThemeRunView } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      return readThemeRun(ctx, vault, req.params.id);
    },
  );

  app.post(
    '/api/analysis/theme-runs/:id/themes/:index/accept',
    {
      schema: {
        tags,
        params: ThemeParams,
        body: AcceptThemeInput,
        response: { 200: z.object({ codeId: z.uuid(), coded: z.number().int(), skipped: z.number().int() }) },
      },
    },
    async (req) => {
      const vault = requireUnlockedVault(req);
      return acceptTheme(ctx, vault, req.params.id, req.params.index, req.body);
    },
  );

  app.patch(
    '/api/analysis/theme-runs/:id/themes/:index',
    { schema: { tags, params: ThemeParams, body: RenameThemeInput, response: { 200: Ok } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      await renameTheme(ctx, vault, req.params.id, req.params.index, req.body.label);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/analysis/theme-runs/:id/themes/:index/dismiss',
    { schema: { tags, params: ThemeParams, response: { 200: Ok } } },
    async (req) => {
      const vault = requireUnlockedVault(req);
      await dismissTheme(ctx, vault, req.params.id, req.params.index);
      return { ok: true as const };
    },
  );

  await app.register(exportRoutes);
};

import { countCooccurrences } from '@brug/db';
import {
  AnalysisRoundtableView,
  ChooseRoundtableInput,
  CodingQuery,
  CooccurrenceView,
  CreateCodeInput,
  CreateCodingInput,
  DeleteCodeResult,
  IdParams,
  MergeCodeInput,
  Ok,
  RoundtableTextView,
  SaveThemeRunInput,
  SealedCodeView,
  SealedCodingView,
  SealedThemeRunView,
  UpdateCodeInput,
  UpdateCodingInput,
  UpdateThemeRunInput,
} from '@brug/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditBureau, requireResearcher } from '../vault/access.ts';
import { createCode, deleteCode, listCodes, mergeCode, updateCode } from './codebook.ts';
import { createCoding, deleteCoding, listCodings, readRoundtableText, updateCoding } from './coding.ts';
import { presentCode, presentCoding } from './presenter.ts';
import { exportRoutes } from './refi-qda-routes.ts';
import { chooseRoundtable, dropRoundtable, listRoundtableSources } from './roundtable-sources.ts';
import { latestThemeRunId, readThemeRun, saveThemeRun, updateThemeRun } from './theme-runs.ts';

const tags = ['analysis'];
const Items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/**
 * Qualitative coding of the bureau's confidential interviews. Every handler starts with
 * `requireResearcher` (403 for every other role); what is confidential arrives and leaves sealed by
 * the researcher's browser.
 */
export const analysisRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;

  app.get(
    '/api/codes',
    {
      schema: {
        operationId: 'listCodes',
        summary: "List the codebook's codes",
        tags,
        response: { 200: Items(SealedCodeView) },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      return db.transaction(async (tx) => {
        const codes = await listCodes(tx, vault);
        await auditBureau(tx, vault, 'code.list', { type: 'code', id: '*' });
        return { items: codes.map(presentCode) };
      });
    },
  );

  app.post(
    '/api/codes',
    {
      schema: {
        operationId: 'createCode',
        summary: 'Add a code',
        tags,
        body: CreateCodeInput,
        response: { 201: SealedCodeView },
      },
    },
    async (req, reply) => {
      const vault = await requireResearcher(req);
      const row = await createCode(ctx, vault, req.body);
      reply.code(201);
      return presentCode({ ...row, passages: 0, sources: 0 });
    },
  );

  app.patch(
    '/api/codes/:id',
    {
      schema: {
        operationId: 'updateCode',
        summary: 'Update a code',
        tags,
        params: IdParams,
        body: UpdateCodeInput,
        response: { 200: SealedCodeView },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      return presentCode(await updateCode(ctx, vault, req.params.id, req.body));
    },
  );

  app.post(
    '/api/codes/:id/merge',
    {
      schema: {
        operationId: 'mergeCode',
        summary: 'Merge a code into another',
        tags,
        params: IdParams,
        body: MergeCodeInput,
        response: { 200: SealedCodeView },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      return presentCode(await mergeCode(ctx, vault, req.params.id, req.body.into));
    },
  );

  app.delete(
    '/api/codes/:id',
    {
      schema: {
        operationId: 'deleteCode',
        summary: 'Delete a code',
        tags,
        params: IdParams,
        response: { 200: DeleteCodeResult },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      return deleteCode(ctx, vault, req.params.id);
    },
  );

  app.get(
    '/api/analysis/cooccurrence',
    {
      schema: {
        operationId: 'getCodeCooccurrence',
        summary: 'Which codes occur together',
        tags,
        response: { 200: CooccurrenceView },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      return db.transaction(async (tx) => {
        const pairs = await countCooccurrences(tx, vault.bureauId);
        await auditBureau(tx, vault, 'code.cooccurrence.read', { type: 'code', id: '*' });
        return { pairs };
      });
    },
  );

  app.get(
    '/api/analysis/roundtables',
    {
      schema: {
        operationId: 'listAnalysisRoundtables',
        summary: 'List roundtables taken into the analysis',
        tags,
        response: { 200: Items(AnalysisRoundtableView) },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      return { items: await listRoundtableSources(ctx, vault) };
    },
  );

  app.post(
    '/api/analysis/roundtables',
    {
      schema: {
        operationId: 'addAnalysisRoundtable',
        summary: 'Take a roundtable into the analysis',
        tags,
        body: ChooseRoundtableInput,
        response: { 201: AnalysisRoundtableView },
      },
    },
    async (req, reply) => {
      const vault = await requireResearcher(req);
      const view = await chooseRoundtable(ctx, vault, req.body.roundtableId);
      reply.code(201);
      return view;
    },
  );

  app.delete(
    '/api/analysis/roundtables/:id',
    {
      schema: {
        operationId: 'removeAnalysisRoundtable',
        summary: 'Take a roundtable out of the analysis',
        tags,
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      await dropRoundtable(ctx, vault, req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/analysis/roundtables/:id/text',
    {
      schema: {
        operationId: 'getAnalysisRoundtableText',
        summary: "A roundtable source's sealed text",
        tags,
        params: IdParams,
        response: { 200: RoundtableTextView },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      return readRoundtableText(ctx, vault, req.params.id);
    },
  );

  app.get(
    '/api/codings',
    {
      schema: {
        operationId: 'listCodings',
        summary: 'List codings',
        tags,
        querystring: CodingQuery,
        response: { 200: Items(SealedCodingView) },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      return db.transaction(async (tx) => {
        const codings = await listCodings(tx, vault, req.query);
        await auditBureau(tx, vault, 'coding.list', { type: 'coding', id: '*' });
        return { items: codings.map(presentCoding) };
      });
    },
  );

  app.post(
    '/api/codings',
    {
      schema: {
        operationId: 'createCoding',
        summary: 'Code a passage',
        tags,
        body: CreateCodingInput,
        response: { 201: SealedCodingView },
      },
    },
    async (req, reply) => {
      const vault = await requireResearcher(req);
      const coding = await createCoding(ctx, vault, req.body);
      reply.code(201);
      return presentCoding(coding);
    },
  );

  app.patch(
    '/api/codings/:id',
    {
      schema: {
        operationId: 'updateCoding',
        summary: 'Update a coding',
        tags,
        params: IdParams,
        body: UpdateCodingInput,
        response: { 200: SealedCodingView },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      return presentCoding(await updateCoding(ctx, vault, req.params.id, req.body));
    },
  );

  app.delete(
    '/api/codings/:id',
    {
      schema: {
        operationId: 'deleteCoding',
        summary: 'Delete a coding',
        tags,
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      await deleteCoding(ctx, vault, req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/analysis/theme-runs',
    {
      schema: {
        operationId: 'createThemeRun',
        summary: 'Start a theme run',
        tags,
        body: SaveThemeRunInput,
        response: { 201: SealedThemeRunView },
      },
    },
    async (req, reply) => {
      const vault = await requireResearcher(req);
      const run = await saveThemeRun(ctx, vault, req.body);
      reply.code(201);
      return run;
    },
  );

  app.get(
    '/api/analysis/theme-runs/latest',
    {
      schema: {
        operationId: 'getLatestThemeRun',
        summary: 'The latest theme run',
        tags,
        response: { 200: z.object({ id: z.uuid().nullable() }) },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      return { id: await latestThemeRunId(ctx, vault) };
    },
  );

  app.get(
    '/api/analysis/theme-runs/:id',
    {
      schema: {
        operationId: 'getThemeRun',
        summary: 'Get a theme run',
        tags,
        params: IdParams,
        response: { 200: SealedThemeRunView },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      return readThemeRun(ctx, vault, req.params.id);
    },
  );

  app.put(
    '/api/analysis/theme-runs/:id',
    {
      schema: {
        operationId: 'saveThemeRunResult',
        summary: "Save a theme run's sealed result",
        tags,
        params: IdParams,
        body: UpdateThemeRunInput,
        response: { 200: SealedThemeRunView },
      },
    },
    async (req) => {
      const vault = await requireResearcher(req);
      return updateThemeRun(ctx, vault, req.params.id, req.body);
    },
  );

  await app.register(exportRoutes);
};

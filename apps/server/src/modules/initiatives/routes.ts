import {
  findCodesignComments,
  findInitiativeDocuments,
  findInitiatives,
  getInitiativeDetail,
  schema,
} from '@brug/db';
import {
  AppError,
  CodesignCommentInput,
  CodesignCommentView,
  CoverageQuery,
  CoverageView,
  CreateInitiativeInput,
  DOCUMENT_MAX_BYTES,
  DOCUMENT_TYPES,
  DocumentInput,
  DocumentView,
  FitInput,
  IdParams,
  InitiativeListQuery,
  InitiativeView,
  TransitionInput,
  UpdateInitiativeInput,
} from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import { download } from '../../http/openapi.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { activityRoutes } from './activity-routes.ts';
import { addCodesignComment, answerFit, attachDocument } from './codesign.ts';
import { coverage } from './coverage.ts';
import { createInitiative, updateInitiative } from './create-initiative.ts';
import { authorize, authorizeOn, type InitiativeAction, partnerScope } from './policy.ts';
import { presentInitiative, presentInitiativeById } from './presenter.ts';
import { publicActivityRoutes } from './public-routes.ts';
import { transitionInitiative } from './transition.ts';

const tags = ['initiatives'];

export const initiativeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;

  /** Loads an initiative of the user's zone and applies the rule, co-ownership included for partners. */
  async function access(user: SessionUser, id: string, action: InitiativeAction) {
    authorize(user, action);
    const detail = await getInitiativeDetail(db, user.zoneId, id);
    if (!detail) throw new AppError('NOT_FOUND', 'No such initiative');
    const orgs = await partnerScope(db, user);
    authorizeOn(
      user,
      action,
      detail.partners.map((p) => p.organisationId),
      orgs,
    );
    return { detail, orgs };
  }

  app.get(
    '/api/initiatives',
    {
      schema: {
        operationId: 'listInitiatives',
        summary: 'List initiatives',
        tags,
        querystring: InitiativeListQuery,
        response: { 200: z.array(InitiativeView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'initiatives.read');
      const organisationIds = await partnerScope(db, user);
      const rows = await findInitiatives(db, user.zoneId, { ...req.query, organisationIds });
      return rows.map(presentInitiative);
    },
  );

  app.post(
    '/api/initiatives',
    {
      schema: {
        operationId: 'createInitiative',
        summary: 'Create an initiative',
        tags,
        body: CreateInitiativeInput,
        response: { 201: InitiativeView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'initiatives.manage');
      const row = await createInitiative(ctx, user, req.body);
      return reply.code(201).send(await presentInitiativeById(db, user.zoneId, row.id));
    },
  );

  app.get(
    '/api/initiatives/coverage',
    {
      schema: {
        operationId: 'getInitiativeCoverage',
        summary: 'Initiative coverage by district and target group',
        tags,
        querystring: CoverageQuery,
        response: { 200: CoverageView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'coverage.read');
      // The page's language wins over the saved one: the picker follows a language just switched to.
      return coverage(db, user.zoneId, req.query.lang ?? user.language);
    },
  );

  app.get(
    '/api/initiatives/:id',
    {
      schema: {
        operationId: 'getInitiative',
        summary: 'Get an initiative',
        tags,
        params: IdParams,
        response: { 200: InitiativeView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const { detail } = await access(user, req.params.id, 'initiatives.read');
      return presentInitiative(detail);
    },
  );

  app.patch(
    '/api/initiatives/:id',
    {
      schema: {
        operationId: 'updateInitiative',
        summary: 'Update an initiative',
        tags,
        params: IdParams,
        body: UpdateInitiativeInput,
        response: { 200: InitiativeView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'initiatives.manage');
      await updateInitiative(ctx, user, req.params.id, req.body);
      return presentInitiativeById(db, user.zoneId, req.params.id);
    },
  );

  app.post(
    '/api/initiatives/:id/transition',
    {
      schema: {
        operationId: 'transitionInitiative',
        summary: 'Move an initiative to its next stage',
        tags,
        params: IdParams,
        body: TransitionInput,
        response: { 200: InitiativeView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'initiatives.manage');
      await transitionInitiative(ctx, user, req.params.id, req.body);
      return presentInitiativeById(db, user.zoneId, req.params.id);
    },
  );

  app.get(
    '/api/initiatives/:id/comments',
    {
      schema: {
        operationId: 'listInitiativeComments',
        summary: "List an initiative's comments",
        tags,
        params: IdParams,
        response: { 200: z.array(CodesignCommentView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      await access(user, req.params.id, 'codesign.read');
      const rows = await findCodesignComments(db, req.params.id);
      return rows.map((r) => ({
        id: r.id,
        text: r.text,
        authorName: r.authorName,
        authorRole: r.authorRole,
        createdAt: r.createdAt.toISOString(),
      }));
    },
  );

  app.post(
    '/api/initiatives/:id/comments',
    {
      schema: {
        operationId: 'createInitiativeComment',
        summary: 'Comment on an initiative',
        tags,
        params: IdParams,
        body: CodesignCommentInput,
        response: { 201: CodesignCommentView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      await access(user, req.params.id, 'codesign.write');
      const row = await addCodesignComment(ctx, user, req.params.id, req.body.text);
      return reply.code(201).send({
        id: row.id,
        text: row.text,
        authorName: user.displayName,
        authorRole: user.role,
        createdAt: row.createdAt.toISOString(),
      });
    },
  );

  app.get(
    '/api/initiatives/:id/documents',
    {
      schema: {
        operationId: 'listInitiativeDocuments',
        summary: "List an initiative's documents",
        tags,
        params: IdParams,
        response: { 200: z.array(DocumentView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      await access(user, req.params.id, 'codesign.read');
      const rows = await findInitiativeDocuments(db, req.params.id);
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    },
  );

  app.post(
    '/api/initiatives/:id/documents',
    {
      bodyLimit: Math.ceil(DOCUMENT_MAX_BYTES * 1.4) + 4096,
      schema: {
        operationId: 'uploadInitiativeDocument',
        summary: 'Upload a document to an initiative',
        tags,
        params: IdParams,
        body: DocumentInput,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      await access(user, req.params.id, 'codesign.write');
      return reply.code(201).send(await attachDocument(ctx, user, req.params.id, req.body));
    },
  );

  app.get(
    '/api/initiatives/:id/documents/:documentId',
    {
      schema: {
        operationId: 'downloadInitiativeDocument',
        summary: "Download an initiative's document",
        tags,
        params: z.object({ id: z.uuid(), documentId: z.uuid() }),
        response: { 200: download('The document as uploaded', ...DOCUMENT_TYPES) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      await access(user, req.params.id, 'codesign.read');
      const [doc] = await db
        .select()
        .from(schema.initiativeDocuments)
        .where(
          and(
            eq(schema.initiativeDocuments.id, req.params.documentId),
            eq(schema.initiativeDocuments.initiativeId, req.params.id),
          ),
        );
      if (!doc) throw new AppError('NOT_FOUND', 'No such document');
      return reply
        .type(doc.contentType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(doc.filename)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(doc.content);
    },
  );

  app.post(
    '/api/initiatives/:id/fit',
    {
      schema: {
        operationId: 'assessInitiativeFit',
        summary: 'Record the fit assessment of an initiative',
        tags,
        params: IdParams,
        body: FitInput.and(z.object({ organisationId: z.uuid().optional() })),
        response: { 200: InitiativeView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const { detail, orgs } = await access(user, req.params.id, 'initiatives.fit');
      const mine = detail.partners.map((p) => p.organisationId).filter((o) => orgs?.includes(o));
      const organisationId = req.body.organisationId ?? (mine.length === 1 ? mine[0] : undefined);
      if (!organisationId || !mine.includes(organisationId))
        throw AppError.validation({ organisationId: 'name the co-owning organisation you speak for' });
      await answerFit(ctx, user, req.params.id, organisationId, req.body);
      return presentInitiativeById(db, user.zoneId, req.params.id);
    },
  );

  await app.register(activityRoutes);
  await app.register(publicActivityRoutes);
};

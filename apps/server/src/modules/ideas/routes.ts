import { findIdeaComments, findIdeas, getIdea } from '@brug/db';
import {
  AppError,
  ConvertIdeaInput,
  CreateIdeaInput,
  IdeaCommentInput,
  IdeaCommentView,
  IdeaListQuery,
  IdeaView,
  IdParams,
  InitiativeView,
  pageOf,
  TriageIdeaInput,
} from '@brug/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { convertIdea } from '../initiatives/create-initiative.ts';
import { presentInitiativeById } from '../initiatives/presenter.ts';
import { commentOnIdea, endorseIdea, submitIdea, triageIdea } from './ideas-box.ts';
import { authorize } from './policy.ts';
import { presentIdea, presentIdeaComment } from './presenter.ts';

const tags = ['ideas'];

export const ideaRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;
  const db = ctx.database.db;

  async function view(user: SessionUser, id: string) {
    const row = await getIdea(db, user.zoneId, id, user.id);
    if (!row) throw new AppError('NOT_FOUND', 'No such idea');
    return presentIdea(row, user);
  }

  app.get(
    '/api/ideas',
    {
      schema: {
        operationId: 'listIdeas',
        summary: 'List ideas',
        tags,
        querystring: IdeaListQuery,
        response: { 200: pageOf(IdeaView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'ideas.read');
      const { items, total } = await findIdeas(db, user.zoneId, user.id, req.query);
      return {
        items: items.map((r) => presentIdea(r, user)),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  app.post(
    '/api/ideas',
    {
      schema: {
        operationId: 'createIdea',
        summary: 'Submit an idea',
        tags,
        body: CreateIdeaInput,
        response: { 201: IdeaView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'ideas.submit');
      const idea = await submitIdea(ctx, user, req.body);
      return reply.code(201).send(await view(user, idea.id));
    },
  );

  app.get(
    '/api/ideas/:id',
    {
      schema: {
        operationId: 'getIdea',
        summary: 'Get an idea',
        tags,
        params: IdParams,
        response: { 200: IdeaView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'ideas.read');
      return view(user, req.params.id);
    },
  );

  app.get(
    '/api/ideas/:id/comments',
    {
      schema: {
        operationId: 'listIdeaComments',
        summary: "List an idea's comments",
        tags,
        params: IdParams,
        response: { 200: z.array(IdeaCommentView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'ideas.read');
      const idea = await getIdea(db, user.zoneId, req.params.id, user.id);
      if (!idea) throw new AppError('NOT_FOUND', 'No such idea');
      const rows = await findIdeaComments(db, idea.id);
      return rows.map((r) => presentIdeaComment(r, idea, user));
    },
  );

  app.post(
    '/api/ideas/:id/comments',
    {
      schema: {
        operationId: 'createIdeaComment',
        summary: 'Comment on an idea',
        tags,
        params: IdParams,
        body: IdeaCommentInput,
        response: { 201: IdeaCommentView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'ideas.comment');
      const comment = await commentOnIdea(ctx, user, req.params.id, req.body.text);
      const idea = (await getIdea(db, user.zoneId, req.params.id, user.id))!;
      return reply
        .code(201)
        .send(presentIdeaComment({ ...comment, authorName: user.displayName }, idea, user));
    },
  );

  app.put(
    '/api/ideas/:id/endorsement',
    {
      schema: {
        operationId: 'endorseIdea',
        summary: 'Endorse an idea',
        tags,
        params: IdParams,
        response: { 200: IdeaView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'ideas.endorse');
      await endorseIdea(ctx, user, req.params.id, true);
      return view(user, req.params.id);
    },
  );

  app.delete(
    '/api/ideas/:id/endorsement',
    {
      schema: {
        operationId: 'withdrawIdeaEndorsement',
        summary: "Withdraw one's endorsement of an idea",
        tags,
        params: IdParams,
        response: { 200: IdeaView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'ideas.endorse');
      await endorseIdea(ctx, user, req.params.id, false);
      return view(user, req.params.id);
    },
  );

  app.post(
    '/api/ideas/:id/triage',
    {
      schema: {
        operationId: 'triageIdea',
        summary: 'Triage an idea',
        tags,
        params: IdParams,
        body: TriageIdeaInput,
        response: { 200: IdeaView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'ideas.triage');
      await triageIdea(ctx, user, req.params.id, req.body);
      return view(user, req.params.id);
    },
  );

  app.post(
    '/api/ideas/:id/initiative',
    {
      schema: {
        operationId: 'createInitiativeFromIdea',
        summary: 'Turn an idea into an initiative',
        tags,
        params: IdParams,
        body: ConvertIdeaInput,
        response: { 201: InitiativeView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'ideas.triage');
      const initiative = await convertIdea(ctx, user, req.params.id, req.body);
      return reply.code(201).send(await presentInitiativeById(db, user.zoneId, initiative.id));
    },
  );
};

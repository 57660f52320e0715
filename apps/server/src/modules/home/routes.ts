import { HomeView } from '@brug/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireUser } from '../../http/auth.ts';
import { findHome } from './find-home.ts';

/** GET /api/home: what needs the signed-in person now, by role (every role has a home). */
export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/home',
    {
      schema: {
        operationId: 'getHome',
        summary: "The home page: what needs one's attention",
        tags: ['home'],
        response: { 200: HomeView },
      },
    },
    async (req) => findHome(app.ctx, requireUser(req)),
  );
};

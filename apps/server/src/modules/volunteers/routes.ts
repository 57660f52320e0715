import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { movedPaths } from '../../http/openapi.ts';
import { cancelAssignmentRoutes } from './cancel-assignment.ts';
import { volunteerCallRoutes } from './routes-calls.ts';
import { volunteerMatchingRoutes } from './routes-matching.ts';
import { volunteerPoolRoutes } from './routes-pool.ts';
import { volunteerSelfRoutes } from './routes-self.ts';

/** The volunteer pool: calls, applications and selection, self-service, matching and workload. */
export const volunteerRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(volunteerCallRoutes);
  await app.register(volunteerSelfRoutes);
  await app.register(volunteerMatchingRoutes);
  await app.register(volunteerPoolRoutes);
  await app.register(cancelAssignmentRoutes);
  movedPaths(app, {
    '/api/volunteers/topics': '/api/volunteer-topics',
    '/api/volunteers/activities': '/api/volunteer-activities',
  });
};

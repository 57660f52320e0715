import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contactRoutes } from './contact-routes.ts';
import { exchangeRoutes } from './exchange-routes.ts';
import { historyRoutes } from './history-routes.ts';
import { miscRoutes } from './misc-routes.ts';
import { organisationRoutes } from './organisation-routes.ts';
import { waveRoutes } from './wave-routes.ts';

/** The partner registry: organisations, contacts, statuses, waves, referrals, history, import and export. */
export const partnerRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(organisationRoutes);
  await app.register(contactRoutes);
  await app.register(waveRoutes);
  await app.register(historyRoutes);
  await app.register(miscRoutes);
  await app.register(exchangeRoutes);
};

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_FOLDER } from '@brug/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { WEB_DIST } from '../../app.ts';
import { digestWebBundle } from '../../http/web-bundle.ts';

const expectedMigrations = (): number =>
  (
    JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
      entries: unknown[];
    }
  ).entries.length;

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  const expected = expectedMigrations();
  // Worked out once: the files do not change while the server runs.
  const bundle = digestWebBundle(WEB_DIST);

  app.get(
    '/api/about',
    {
      schema: {
        operationId: 'getAbout',
        summary: 'Server version and web bundle digest',
        security: [],
        tags: ['health'],
        response: { 200: z.object({ version: z.string(), webBundleSha256: z.string().nullable() }) },
      },
    },
    () => ({ version: process.env.npm_package_version ?? '0.1.0', webBundleSha256: bundle?.digest ?? null }),
  );
  app.get(
    '/api/health',
    {
      schema: {
        operationId: 'getHealth',
        summary: 'Liveness check',
        security: [],
        tags: ['health'],
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/ready',
    {
      schema: {
        operationId: 'getReadiness',
        summary: 'Readiness check: database reachable and migrated',
        security: [],
        tags: ['health'],
        response: {
          200: z.object({ status: z.literal('ready'), database: z.string(), migrations: z.number() }),
          503: z.object({ code: z.string(), message: z.string() }),
        },
      },
    },
    async (_req, reply) => {
      try {
        const { rows } = await app.ctx.database.executeSql(
          'select count(*)::int as n from drizzle.__drizzle_migrations',
          [],
        );
        const applied = Number(rows[0]?.n ?? 0);
        if (applied < expected)
          return reply
            .code(503)
            .send({ code: 'UNAVAILABLE', message: `Migrations pending (${applied}/${expected})` });
        return { status: 'ready' as const, database: app.ctx.database.kind, migrations: applied };
      } catch {
        return reply.code(503).send({ code: 'UNAVAILABLE', message: 'Database unreachable' });
      }
    },
  );
};

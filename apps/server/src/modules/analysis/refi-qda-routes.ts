import { AppError } from '@brug/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorAnswer } from '../../http/openapi.ts';
import { auditBureau, requireResearcher } from '../vault/access.ts';
import { ImportProjectInput, importProject, ProjectCiphertext, projectCiphertext } from './refi-qda.ts';

const tags = ['analysis'];
/** A whole project, sealed: sources' texts included. */
const IMPORT_BODY_MAX = 120 * 1024 * 1024;

/**
 * REFI-QDA exchange. The researcher's browser reads and writes the files and seals and opens every
 * field; the server takes the sealed rows of an import in one transaction and hands out the
 * ciphertext an export is made from. Both are researcher-only and audited.
 */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get(
    '/api/analysis/refi-qda/project',
    {
      schema: {
        operationId: 'getRefiQdaProject',
        summary: 'The sealed project for a REFI-QDA export',
        tags,
        response: { 200: ProjectCiphertext },
      },
    },
    async (req) => {
      const scope = await requireResearcher(req);
      return db.transaction(async (tx) => {
        const project = await projectCiphertext(tx, scope);
        await auditBureau(tx, scope, 'analysis.project.read', { type: 'project', id: scope.bureauId });
        return project;
      });
    },
  );

  app.post(
    '/api/analysis/refi-qda/import',
    {
      bodyLimit: IMPORT_BODY_MAX,
      schema: {
        operationId: 'importRefiQdaProject',
        summary: 'Import a sealed REFI-QDA project',
        tags,
        body: ImportProjectInput,
        response: {
          201: z.object({
            codes: z.number().int(),
            documents: z.number().int(),
            codings: z.number().int(),
            memos: z.number().int(),
            sets: z.number().int(),
          }),
        },
      },
    },
    async (req, reply) => {
      const scope = await requireResearcher(req);
      const counts = await db.transaction((tx) => importProject(tx, scope, req.body));
      reply.status(201);
      return counts;
    },
  );

  // The exports the server used to build from decrypted data: made in the browser now.
  for (const [path, operationId, summary] of [
    ['/api/analysis/export.qdc', 'exportRefiQdaCodebook', 'Former REFI-QDA codebook export (gone)'],
    ['/api/analysis/export.qdpx', 'exportRefiQdaProject', 'Former REFI-QDA project export (gone)'],
  ] as const) {
    const gone = errorAnswer(
      'Gone: the browser makes REFI-QDA files from GET /api/analysis/refi-qda/project.',
    );
    app.get(
      path,
      { schema: { operationId, summary, deprecated: true, tags, response: { 410: gone } } },
      async (req) => {
        await requireResearcher(req);
        throw new AppError(
          'GONE',
          'REFI-QDA files are made in the browser: GET /api/analysis/refi-qda/project',
        );
      },
    );
  }
};

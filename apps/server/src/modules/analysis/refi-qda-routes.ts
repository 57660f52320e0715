import { findAnalysisRoundtables, schema } from '@brug/db';
import { AppError } from '@brug/domain';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditBureau, requireUnlockedVault } from '../vault/access.ts';
import { insertCode, listCodes } from './codebook.ts';
import { listCodings, openInterviewText, openRoundtableText } from './coding.ts';
import { buildCodebook, buildProject, buildProjectArchive, type QdaSource, readCodes } from './refi-qda.ts';

const tags = ['analysis'];
const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export const ImportCodesInput = z.object({
  filename: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/\.(qdc|qdpx|xml)$/i, 'a .qdc or .qdpx file'),
  /** The file, base64-encoded. */
  content: z
    .string()
    .min(1)
    .max(Math.ceil((IMPORT_MAX_BYTES * 4) / 3)),
  parentId: z.uuid().nullable().default(null),
});

/** REFI-QDA exchange. Exporting confidential text is a researcher-only action, always audited. */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.get('/api/analysis/export.qdc', { schema: { tags } }, async (req, reply) => {
    const vault = requireUnlockedVault(req);
    const xml = await db.transaction(async (tx) => {
      const codes = await listCodes(tx, vault);
      await auditBureau(tx, vault, 'analysis.export.qdc', { type: 'code', id: '*' }, { codes: codes.length });
      return buildCodebook(codes);
    });
    reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('content-disposition', 'attachment; filename="brug-codebook.qdc"');
    return xml;
  });

  app.get('/api/analysis/export.qdpx', { schema: { tags } }, async (req, reply) => {
    const vault = requireUnlockedVault(req);
    const archive = await db.transaction(async (tx) => {
      const codes = await listCodes(tx, vault);
      const codings = await listCodings(tx, vault, {});
      const interviews = await tx
        .select({ id: schema.interviews.id, pseudonym: schema.interviews.pseudonym })
        .from(schema.interviews)
        .where(
          and(eq(schema.interviews.bureauId, vault.bureauId), isNotNull(schema.interviews.wrappedSubKey)),
        )
        .orderBy(schema.interviews.pseudonym);
      const sources: QdaSource[] = [];
      for (const interview of interviews) {
        const { text } = await openInterviewText(tx, vault, interview.id);
        sources.push({
          id: interview.id,
          // Pseudonyms only: who the source is stays in the vault.
          name: interview.pseudonym,
          text,
          selections: codings
            .filter((c) => c.interviewId === interview.id)
            .map((c) => ({
              id: c.id,
              start: c.start,
              end: c.end,
              codeIds: c.codeIds,
              memo: c.memo,
              at: c.createdAt,
            })),
        });
      }
      for (const minutes of await findAnalysisRoundtables(tx, vault.bureauId)) {
        const { text } = await openRoundtableText(tx, vault, minutes.id);
        sources.push({
          id: minutes.id,
          name: minutes.pseudonym,
          text,
          selections: codings
            .filter((c) => c.roundtableId === minutes.id)
            .map((c) => ({
              id: c.id,
              start: c.start,
              end: c.end,
              codeIds: c.codeIds,
              memo: c.memo,
              at: c.createdAt,
            })),
        });
      }
      const xml = buildProject({
        name: 'Brug',
        user: { id: vault.user.id, name: vault.user.displayName },
        codes,
        sources,
        createdAt: new Date().toISOString(),
      });
      await auditBureau(
        tx,
        vault,
        'analysis.export.qdpx',
        { type: 'project', id: vault.bureauId },
        { sources: sources.length, codings: codings.length, codes: codes.length },
      );
      return buildProjectArchive(xml, sources);
    });
    reply
      .header('content-type', 'application/zip')
      .header('content-disposition', 'attachment; filename="brug-project.qdpx"');
    return Buffer.from(archive);
  });

  app.post(
    '/api/codes/import',
    {
      bodyLimit: Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 10_000,
      schema: {
        tags,
        body: ImportCodesInput,
        response: { 200: z.object({ created: z.number().int(), notMapped: z.array(z.string()) }) },
      },
    },
    async (req) => {
      const vault = requireUnlockedVault(req);
      let report: ReturnType<typeof readCodes>;
      try {
        report = readCodes(Buffer.from(req.body.content, 'base64'), req.body.filename);
      } catch (error) {
        throw AppError.validation({ content: `not a readable REFI-QDA file: ${(error as Error).message}` });
      }
      if (report.codes.length === 0) throw AppError.validation({ content: 'no codes found' });
      return db.transaction(async (tx) => {
        const ids = new Map<string, string>();
        for (const code of report.codes) {
          const row = await insertCode(tx, vault, {
            name: code.name,
            description: code.description,
            colour: code.colour,
            parentId: code.parentRef ? (ids.get(code.parentRef) ?? null) : req.body.parentId,
          });
          ids.set(code.ref, row.id);
        }
        await auditBureau(
          tx,
          vault,
          'analysis.import.codes',
          { type: 'code', id: '*' },
          { created: ids.size, notMapped: report.notMapped.length },
        );
        return { created: ids.size, notMapped: report.notMapped };
      });
    },
  );
};

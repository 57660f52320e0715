import { findAllOrganisations, findOrganisationIdsOfUser, schema } from '@brug/db';
import {
  CONTACT_EXPORT_FIELDS,
  type ExportField,
  ExportQuery,
  exportHeader,
  IdParams,
  ImportInput,
  ImportProgressView,
  ImportReport,
  ORGANISATION_EXPORT_FIELDS,
} from '@brug/domain';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireUser } from '../../http/auth.ts';
import { download, MEDIA } from '../../http/openapi.ts';
import { audit } from './audit.ts';
import { getImportProgress, importOrganisations, importsSettled } from './import-organisations.ts';
import { authorize, seesAllContacts } from './policy.ts';
import { writeSheet } from './read-sheet.ts';

/** Exports are capped so that one request cannot hold the server; filter to narrow. */
const EXPORT_MAX_ROWS = 100_000;

export const exchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  app.post(
    '/api/partners/import',
    {
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        operationId: 'importOrganisations',
        summary: 'Import organisations from a CSV or XLSX file',
        tags: ['partners'],
        body: ImportInput,
        response: { 200: ImportReport },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'import.run');
      return importOrganisations(app.ctx.database, user, req.body);
    },
  );

  /** Progress of a background import, polled by the page's progress bar. */
  app.get(
    '/api/partners/imports/:id',
    {
      schema: {
        operationId: 'getOrganisationImport',
        summary: "An import's result",
        tags: ['partners'],
        params: IdParams,
        response: { 200: ImportProgressView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'import.run');
      return getImportProgress(app.ctx.database, user, req.params.id);
    },
  );
  app.addHook('onClose', async () => {
    await importsSettled();
  });

  /** The current list view as CSV or XLSX, with only the columns the role may see. */
  app.get(
    '/api/partners/export',
    {
      schema: {
        operationId: 'exportOrganisations',
        summary: 'Export organisations as CSV or XLSX',
        tags: ['partners'],
        querystring: ExportQuery,
        response: { 200: download('The organisations, one row per contact', MEDIA.csv, MEDIA.xlsx) },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'export.run');
      const { format, ...filter } = req.query;
      const ids =
        user.role === 'partner' ? await findOrganisationIdsOfUser(db, user.zoneId, user.id) : undefined;
      const withContacts = seesAllContacts(user);
      const body = await db.transaction(async (tx) => {
        const found = await findAllOrganisations(
          tx,
          user.zoneId,
          { ...filter, ids, contactNames: seesAllContacts(user) },
          EXPORT_MAX_ROWS,
        );
        const contactsByOrg = new Map<string, (typeof schema.contacts.$inferSelect)[]>();
        if (withContacts && found.length) {
          const orgIds = found.map((f) => f.organisation.id);
          for (let i = 0; i < orgIds.length; i += 1000) {
            const rows = await tx
              .select()
              .from(schema.contacts)
              .where(
                and(
                  eq(schema.contacts.zoneId, user.zoneId),
                  inArray(schema.contacts.organisationId, orgIds.slice(i, i + 1000)),
                  isNull(schema.contacts.erasedAt),
                ),
              )
              .orderBy(asc(schema.contacts.name));
            for (const c of rows)
              contactsByOrg.set(c.organisationId, [...(contactsByOrg.get(c.organisationId) ?? []), c]);
          }
        }
        // Headers in the user's language; the import recognises them in every language.
        const fields: ExportField[] = [
          ...ORGANISATION_EXPORT_FIELDS,
          ...(withContacts ? CONTACT_EXPORT_FIELDS : []),
        ];
        const header = fields.map((f) => exportHeader(f, user.language));
        // Kept as written in XLSX: no number, date or formula made of them.
        const textColumns = (['postcode', 'contactPhone'] as const)
          .map((f) => fields.indexOf(f))
          .filter((i) => i >= 0);
        const rows: string[][] = [];
        for (const { organisation: o, status } of found) {
          const base = [
            o.name,
            o.kind,
            o.focusAreas.join('; '),
            o.districts.join('; '),
            o.address,
            o.postcode,
            o.city,
            o.website ?? '',
            o.languages.join('; '),
            o.targetGroups.join('; '),
            o.description,
            o.dialogue,
            status ?? '',
          ];
          const contacts = contactsByOrg.get(o.id) ?? [];
          if (!withContacts) rows.push(base);
          else if (contacts.length === 0) rows.push([...base, '', '', '', '']);
          else
            for (const c of contacts) rows.push([...base, c.name, c.function, c.email ?? '', c.phone ?? '']);
        }
        await audit(
          tx,
          user,
          'partners.export',
          { type: 'organisation' },
          {
            format,
            organisations: found.length,
            rows: rows.length,
            personalData: withContacts,
          },
        );
        return writeSheet(format, header, rows, textColumns);
      });
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .header(
          'content-type',
          format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        .header('content-disposition', `attachment; filename="organisations-${stamp}.${format}"`)
        .send(body);
    },
  );
};

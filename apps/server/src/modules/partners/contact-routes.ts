import {
  findContacts,
  findOrganisationIdsOfUser,
  getContact,
  getOrganisation,
  getZoneUser,
  schema,
  type Tx,
} from '@brug/db';
import { AppError, ContactView, CreateContactInput, IdParams, Ok, UpdateContactInput } from '@brug/domain';
import { and, eq, ne } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/auth.ts';
import type { SessionUser } from '../accounts/session-store.ts';
import { audit } from './audit.ts';
import { eraseContact, exportContactData } from './gdpr.ts';
import { authorize, can, canSeeContacts } from './policy.ts';
import { presentContact } from './presenter.ts';

const PARTNER_CONTACT_FIELDS = ['name', 'function', 'email', 'phone', 'preferredLanguage'];

async function checkEmailFree(tx: Tx, zoneId: string, email: string | null | undefined, exceptId?: string) {
  if (!email) return;
  const [dup] = await tx
    .select({ id: schema.contacts.id })
    .from(schema.contacts)
    .where(
      and(
        eq(schema.contacts.zoneId, zoneId),
        eq(schema.contacts.email, email),
        exceptId ? ne(schema.contacts.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (dup)
    throw new AppError('CONFLICT', 'A contact with this e-mail address exists', {
      fields: { email: `already used by contact ${dup.id}` },
    });
}

async function checkLinkedUser(tx: Tx, zoneId: string, userId: string | null | undefined) {
  if (!userId) return;
  const u = await getZoneUser(tx, zoneId, userId);
  if (u?.role !== 'partner') throw AppError.validation({ userId: 'not a partner account of this zone' });
}

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  async function requireContactAccess(user: SessionUser, organisationId: string) {
    const own = user.role === 'partner' ? await findOrganisationIdsOfUser(db, user.zoneId, user.id) : [];
    const organisation = await getOrganisation(db, user.zoneId, organisationId);
    if (!organisation || (user.role === 'partner' && !own.includes(organisationId)))
      throw new AppError('NOT_FOUND', 'No such organisation');
    if (!(await canSeeContacts(db, user, organisationId, own)))
      throw new AppError('FORBIDDEN', 'Your role may not see the contact data of this organisation');
    return organisation;
  }

  app.get(
    '/api/partners/organisations/:id/contacts',
    {
      schema: {
        operationId: 'listOrganisationContacts',
        summary: "List an organisation's contacts",
        tags: ['partners'],
        params: IdParams,
        response: { 200: z.array(ContactView) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'organisations.read');
      await requireContactAccess(user, req.params.id);
      return db.transaction(async (tx) => {
        const rows = await findContacts(tx, user.zoneId, req.params.id);
        await audit(
          tx,
          user,
          'partners.contacts.view',
          { type: 'organisation', id: req.params.id },
          { count: rows.length },
        );
        return rows.map(presentContact);
      });
    },
  );

  app.post(
    '/api/partners/organisations/:id/contacts',
    {
      schema: {
        operationId: 'createContact',
        summary: 'Add a contact to an organisation',
        tags: ['partners'],
        params: IdParams,
        body: CreateContactInput,
        response: { 201: ContactView },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      authorize(user, 'contacts.manage');
      const row = await db.transaction(async (tx) => {
        if (!(await getOrganisation(tx, user.zoneId, req.params.id)))
          throw new AppError('NOT_FOUND', 'No such organisation');
        await checkEmailFree(tx, user.zoneId, req.body.email);
        await checkLinkedUser(tx, user.zoneId, req.body.userId);
        const [row] = await tx
          .insert(schema.contacts)
          .values({ ...req.body, zoneId: user.zoneId, organisationId: req.params.id })
          .returning();
        await audit(
          tx,
          user,
          'partners.contact.create',
          { type: 'contact', id: row.id },
          { organisationId: req.params.id },
        );
        return row;
      });
      return reply.code(201).send(presentContact(row));
    },
  );

  app.patch(
    '/api/partners/contacts/:id',
    {
      schema: {
        operationId: 'updateContact',
        summary: 'Update a contact',
        tags: ['partners'],
        params: IdParams,
        body: UpdateContactInput,
        response: { 200: ContactView },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'contacts.manage')) authorize(user, 'organisations.editOwn');
      const contact = await getContact(db, user.zoneId, req.params.id);
      if (!contact) throw new AppError('NOT_FOUND', 'No such contact');
      if (user.role === 'partner') {
        await requireContactAccess(user, contact.organisationId);
        const forbidden = Object.keys(req.body).filter((k) => !PARTNER_CONTACT_FIELDS.includes(k));
        if (forbidden.length)
          throw new AppError('FORBIDDEN', 'A partner may not change these fields', {
            fields: Object.fromEntries(forbidden.map((f) => [f, 'not editable by a partner'])),
          });
      }
      if (contact.erasedAt) throw new AppError('GONE', 'This contact was erased');
      const row = await db.transaction(async (tx) => {
        await checkEmailFree(tx, user.zoneId, req.body.email, contact.id);
        await checkLinkedUser(tx, user.zoneId, req.body.userId);
        const [row] = await tx
          .update(schema.contacts)
          .set({ ...req.body, updatedAt: new Date() })
          .where(and(eq(schema.contacts.id, contact.id), eq(schema.contacts.zoneId, user.zoneId)))
          .returning();
        await audit(
          tx,
          user,
          'partners.contact.update',
          { type: 'contact', id: contact.id },
          { fields: Object.keys(req.body) },
        );
        return row;
      });
      return presentContact(row);
    },
  );

  app.get(
    '/api/partners/contacts/:id/export',
    {
      schema: {
        operationId: 'exportContact',
        summary: "Export a contact's personal data",
        tags: ['partners'],
        params: IdParams,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'gdpr.access');
      return db.transaction((tx) => exportContactData(tx, user, req.params.id));
    },
  );

  app.post(
    '/api/partners/contacts/:id/erase',
    {
      schema: {
        operationId: 'eraseContact',
        summary: "Erase a contact's personal data",
        tags: ['partners'],
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      const user = requireUser(req);
      authorize(user, 'gdpr.erase');
      await db.transaction((tx) => eraseContact(tx, user, req.params.id));
      return { ok: true as const };
    },
  );
};

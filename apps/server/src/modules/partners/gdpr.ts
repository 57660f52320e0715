import { getContact, getOrganisation, schema, type Tx } from '@brug/db';
import { AppError } from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../accounts/session-store.ts';
import { audit } from './audit.ts';
import { addEmailTombstone } from './email-tombstone.ts';

/** Everything Brug's partner registry holds about one contact (GDPR right of access). */
export async function exportContactData(tx: Tx, actor: SessionUser, contactId: string) {
  const contact = await getContact(tx, actor.zoneId, contactId);
  if (!contact) throw new AppError('NOT_FOUND', 'No such contact');
  const organisation = await getOrganisation(tx, actor.zoneId, contact.organisationId);
  const referrals = await tx
    .select({ id: schema.referrals.id, createdAt: schema.referrals.createdAt, note: schema.referrals.note })
    .from(schema.referrals)
    .where(eq(schema.referrals.toContactId, contact.id));
  await audit(tx, actor, 'partners.contact.gdpr_export', { type: 'contact', id: contact.id });
  return {
    exportedAt: new Date().toISOString(),
    contact: {
      name: contact.name,
      function: contact.function,
      email: contact.email,
      phone: contact.phone,
      preferredLanguage: contact.preferredLanguage,
      consentBasis: contact.consentBasis,
      consentDate: contact.consentDate,
      linkedAccount: contact.userId !== null,
      createdAt: contact.createdAt.toISOString(),
      updatedAt: contact.updatedAt.toISOString(),
      erasedAt: contact.erasedAt?.toISOString() ?? null,
    },
    organisation: organisation ? { name: organisation.name } : null,
    referrals: referrals.map((r) => ({ id: r.id, createdAt: r.createdAt.toISOString(), note: r.note })),
  };
}

/**
 * Erases a contact: the personal fields are blanked and the account link removed, the row stays so
 * that the organisation keeps its counts and history.
 */
export async function eraseContact(tx: Tx, actor: SessionUser, contactId: string) {
  const contact = await getContact(tx, actor.zoneId, contactId);
  if (!contact) throw new AppError('NOT_FOUND', 'No such contact');
  if (contact.erasedAt) return;
  // An import of an old spreadsheet must not bring the person back.
  if (contact.email) await addEmailTombstone(tx, actor.zoneId, contact.email);
  await tx
    .update(schema.contacts)
    .set({
      name: 'Erased contact',
      function: '',
      email: null,
      phone: null,
      userId: null,
      erasedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(and(eq(schema.contacts.id, contact.id), eq(schema.contacts.zoneId, actor.zoneId)));
  await audit(tx, actor, 'partners.contact.erase', { type: 'contact', id: contact.id });
}

import type { ContactRow, ListedOrganisation } from '@brug/db';
import type { ContactView, OrganisationView, RelationshipStatus } from '@brug/domain';
import type { SessionUser } from '../accounts/session-store.ts';

/** The fields of an organisation that leave the server. Internal notes never reach a partner. */
export function presentOrganisation(
  o: ListedOrganisation,
  viewer: SessionUser,
  status?: string | null,
): OrganisationView {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind as OrganisationView['kind'],
    focusAreas: o.focusAreas,
    districts: o.districts,
    address: o.address,
    postcode: o.postcode,
    city: o.city,
    website: o.website,
    languages: o.languages,
    targetGroups: o.targetGroups,
    description: o.description,
    notes: viewer.role === 'partner' ? undefined : o.notes,
    ownerId: o.ownerId,
    dialogue: o.dialogue as OrganisationView['dialogue'],
    waveId: o.waveId,
    status: status === undefined ? undefined : ((status ?? null) as RelationshipStatus | null),
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

/** The fields of a contact that leave the server, to viewers allowed to see personal data. */
export function presentContact(c: ContactRow): ContactView {
  return {
    id: c.id,
    organisationId: c.organisationId,
    name: c.name,
    function: c.function,
    email: c.email,
    phone: c.phone,
    preferredLanguage: c.preferredLanguage,
    consentBasis: c.consentBasis,
    consentDate: c.consentDate,
    userId: c.userId,
    erased: c.erasedAt !== null,
  };
}

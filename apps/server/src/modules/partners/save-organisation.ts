import {
  findOrganisationByKey,
  getFocusAreas,
  getOrganisation,
  getZoneUser,
  type OrganisationRow,
  schema,
  type Tx,
} from '@brug/db';
import {
  AppError,
  type CreateOrganisationInput,
  DEFAULT_FOCUS_AREAS,
  type FieldErrors,
  nameKey,
  type UpdateOrganisationInput,
} from '@brug/domain';
import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../accounts/session-store.ts';
import { audit } from './audit.ts';

type OrganisationFields = Partial<CreateOrganisationInput>;

/** Checks references against the zone: owner, wave, focus areas and districts it knows. */
export async function checkOrganisationFields(
  tx: Tx,
  zoneId: string,
  input: OrganisationFields,
): Promise<FieldErrors> {
  const fields: FieldErrors = {};
  if (input.ownerId) {
    const owner = await getZoneUser(tx, zoneId, input.ownerId);
    if (!owner || !['coordinator', 'admin'].includes(owner.role))
      fields.ownerId = 'not a coordinator of this zone';
  }
  if (input.waveId) {
    const [wave] = await tx
      .select({ id: schema.waves.id })
      .from(schema.waves)
      .where(and(eq(schema.waves.id, input.waveId), eq(schema.waves.zoneId, zoneId)));
    if (!wave) fields.waveId = 'no such wave';
  }
  if (input.focusAreas?.length) {
    const known = new Set<string>([
      ...DEFAULT_FOCUS_AREAS,
      ...(await getFocusAreas(tx, zoneId)).map((f) => f.key),
    ]);
    const unknown = input.focusAreas.filter((f) => !known.has(f));
    if (unknown.length) fields.focusAreas = `unknown focus area: ${unknown.join(', ')}`;
  }
  if (input.districts?.length) {
    const [zone] = await tx
      .select({ districts: schema.zones.districts })
      .from(schema.zones)
      .where(eq(schema.zones.id, zoneId));
    if (zone && zone.districts.length > 0) {
      const unknown = input.districts.filter((d) => !zone.districts.includes(d));
      if (unknown.length) fields.districts = `unknown district: ${unknown.join(', ')}`;
    }
  }
  return fields;
}

export function duplicateError(existing: { id: string; name: string }): AppError {
  return new AppError('CONFLICT', `An organisation with this name and postcode exists: ${existing.name}`, {
    fields: { name: `duplicate of ${existing.name} (${existing.id})` },
  });
}

export async function createOrganisation(
  tx: Tx,
  actor: SessionUser,
  input: CreateOrganisationInput,
): Promise<OrganisationRow> {
  const fields = await checkOrganisationFields(tx, actor.zoneId, input);
  if (Object.keys(fields).length) throw AppError.validation(fields);
  const key = nameKey(input.name);
  const existing = await findOrganisationByKey(tx, actor.zoneId, key, input.postcode);
  if (existing) throw duplicateError(existing);
  const [row] = await tx
    .insert(schema.organisations)
    .values({ ...input, nameKey: key, zoneId: actor.zoneId })
    .returning();
  await audit(tx, actor, 'partners.organisation.create', { type: 'organisation', id: row.id });
  return row;
}

export async function updateOrganisation(
  tx: Tx,
  actor: SessionUser,
  id: string,
  input: UpdateOrganisationInput,
): Promise<OrganisationRow> {
  const current = await getOrganisation(tx, actor.zoneId, id);
  if (!current) throw new AppError('NOT_FOUND', 'No such organisation');
  const fields = await checkOrganisationFields(tx, actor.zoneId, input);
  if (Object.keys(fields).length) throw AppError.validation(fields);
  const name = input.name ?? current.name;
  const postcode = input.postcode ?? current.postcode;
  const key = nameKey(name);
  if (key !== current.nameKey || postcode !== current.postcode) {
    const existing = await findOrganisationByKey(tx, actor.zoneId, key, postcode);
    if (existing && existing.id !== id) throw duplicateError(existing);
  }
  const [row] = await tx
    .update(schema.organisations)
    .set({ ...input, nameKey: key, updatedAt: new Date() })
    .where(and(eq(schema.organisations.id, id), eq(schema.organisations.zoneId, actor.zoneId)))
    .returning();
  await audit(
    tx,
    actor,
    'partners.organisation.update',
    { type: 'organisation', id },
    { fields: Object.keys(input) },
  );
  return row;
}

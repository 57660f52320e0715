import { getFocusAreas, schema, type Tx } from '@brug/db';
import {
  AppError,
  CreateContactInput,
  CreateOrganisationInput,
  canChangeStatus,
  DEFAULT_FOCUS_AREAS,
  guessImportField,
  IMPORT_MAX_ROWS,
  type ImportField,
  type ImportInput,
  type ImportReport,
  nameKey,
  ORGANISATION_IMPORT_FIELDS,
  RELATIONSHIP_STATUSES,
  type RelationshipStatus,
} from '@brug/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { SessionUser } from '../accounts/session-store.ts';
import { type DerivedDistrict, deriveDistrict } from './derive-district.ts';
import { findErasedEmails } from './email-tombstone.ts';

const LIST_FIELDS = new Set<ImportField>(['focusAreas', 'districts', 'languages', 'targetGroups']);
export const CHUNK = 500;

export type PlannedRow = {
  row: number;
  name: string;
  action: 'create' | 'update' | 'skip' | 'invalid';
  errors: Record<string, string>;
  organisation?: z.infer<typeof CreateOrganisationInput>;
  contact?: z.infer<typeof CreateContactInput>;
  /** The contact was erased under GDPR: it is not imported again. */
  contactSkipped?: 'erased';
  key?: string;
  /** Organisation fields the row actually carries: a re-import never blanks the others. */
  present?: string[];
  /** The relationship status to set in the import's programme. */
  status?: RelationshipStatus;
  /** The district filled in from the row's postcode: the row named none. */
  derivedDistrict?: DerivedDistrict;
};

export type ImportPlan = {
  report: ImportReport;
  planned: PlannedRow[];
  /** name key + postcode → id of the organisation already in the registry. */
  existing: Map<string, string>;
  /** The programme whose relationship status the file's status column sets. */
  programmeId?: string;
};

const split = (v: string) =>
  v
    .split(/[;,|]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Maps and validates every row of a sheet read once (the preview), and matches it against the
 * registry: organisations on name + postcode, contacts on e-mail. Writes nothing.
 */
export async function planImport(
  db: Tx,
  actor: SessionUser,
  table: string[][],
  input: ImportInput,
): Promise<ImportPlan> {
  if (table.length < 2) throw AppError.validation({ file: 'no data rows below the header row' });
  if (table.length - 1 > IMPORT_MAX_ROWS)
    throw AppError.validation({ file: `more than ${IMPORT_MAX_ROWS} rows` });
  const columns = table[0].map((c) => c.trim());
  const mapping = mapColumns(columns, input.mapping);

  const [zone] = await db
    .select({ districts: schema.zones.districts, districtPostcodes: schema.zones.districtPostcodes })
    .from(schema.zones)
    .where(eq(schema.zones.id, actor.zoneId));
  const knownAreas = new Set<string>([
    ...DEFAULT_FOCUS_AREAS,
    ...(await getFocusAreas(db, actor.zoneId)).map((f) => f.key),
  ]);
  const knownDistricts = new Set(zone?.districts ?? []);
  const skip = new Set(input.skipRows);
  const today = new Date().toISOString().slice(0, 10);
  const indexOf = columns.map((c) => mapping[c]);

  const planned: PlannedRow[] = [];
  for (let i = 1; i < table.length; i++) {
    const raw: Partial<Record<ImportField, string>> = {};
    indexOf.forEach((f, idx) => {
      if (f) raw[f] = (table[i][idx] ?? '').trim();
    });
    for (const [f, v] of Object.entries(input.fixes[String(i)] ?? {})) raw[f as ImportField] = v.trim();
    const p: PlannedRow = { row: i, name: raw.name ?? '', action: 'create', errors: {}, present: [] };
    planned.push(p);
    if (skip.has(i)) {
      p.action = 'skip';
      continue;
    }
    validateRow(p, raw, { knownAreas, knownDistricts, input, today });
    if (Object.keys(p.errors).length) p.action = 'invalid';
  }

  const registryDistricts = new Map<string, string[]>();
  const existing = await matchOrganisations(db, actor.zoneId, planned, registryDistricts);
  if (zone && Object.keys(zone.districtPostcodes).length)
    fillDistricts(planned, zone.districtPostcodes, registryDistricts);
  await markErasedContacts(db, actor.zoneId, planned);
  const programmeId = await checkStatuses(db, actor.zoneId, planned, existing, input.programmeId);

  const summary = { create: 0, update: 0, skip: 0, invalid: 0, contacts: 0, erasedContacts: 0 };
  for (const p of planned) {
    summary[p.action]++;
    if (p.action !== 'create' && p.action !== 'update') continue;
    if (p.contactSkipped) summary.erasedContacts++;
    else if (p.contact) summary.contacts++;
  }
  const report: ImportReport = {
    columns,
    mapping,
    rows: planned.map(({ row, name, action, errors, contactSkipped, derivedDistrict }) => ({
      row,
      name,
      action,
      errors,
      ...(contactSkipped && { contactSkipped }),
      ...(derivedDistrict && { derivedDistrict }),
    })),
    summary,
    written: false,
  };
  return { report, planned, existing, programmeId };
}

function mapColumns(columns: string[], given: ImportInput['mapping']): Record<string, ImportField> {
  const mapping: Record<string, ImportField> = {};
  if (given) {
    for (const [col, field] of Object.entries(given)) {
      if (!columns.includes(col))
        throw AppError.validation({ [`mapping.${col}`]: 'no such column in the file' });
      mapping[col] = field;
    }
  } else {
    for (const c of columns) {
      const f = guessImportField(c);
      if (f && !Object.values(mapping).includes(f)) mapping[c] = f;
    }
  }
  if (!Object.values(mapping).includes('name'))
    throw AppError.validation({ mapping: 'map a column to name' });
  return mapping;
}

function validateRow(
  p: PlannedRow,
  raw: Partial<Record<ImportField, string>>,
  o: { knownAreas: Set<string>; knownDistricts: Set<string>; input: ImportInput; today: string },
) {
  const orgInput: Record<string, unknown> = {};
  for (const f of ORGANISATION_IMPORT_FIELDS) {
    const v = raw[f];
    if (v === undefined || v === '') continue;
    orgInput[f] = LIST_FIELDS.has(f) ? split(v) : v;
    p.present?.push(f);
  }
  if (typeof orgInput.website === 'string' && !/^https?:\/\//.test(orgInput.website))
    orgInput.website = `https://${orgInput.website}`;
  const org = CreateOrganisationInput.safeParse(orgInput);
  if (!org.success)
    for (const issue of org.error.issues) p.errors[String(issue.path[0] ?? 'row')] ??= issue.message;
  else {
    const badAreas = org.data.focusAreas.filter((a) => !o.knownAreas.has(a));
    if (badAreas.length) p.errors.focusAreas = `unknown focus area: ${badAreas.join(', ')}`;
    const badDistricts = o.knownDistricts.size
      ? org.data.districts.filter((d) => !o.knownDistricts.has(d))
      : [];
    if (badDistricts.length) p.errors.districts = `unknown district: ${badDistricts.join(', ')}`;
    p.organisation = org.data;
    p.key = `${nameKey(org.data.name)}\u0000${org.data.postcode}`;
  }
  if (raw.status) {
    if ((RELATIONSHIP_STATUSES as readonly string[]).includes(raw.status))
      p.status = raw.status as RelationshipStatus;
    else p.errors.status = `unknown status: ${raw.status} (${RELATIONSHIP_STATUSES.join(', ')})`;
  }
  if (!raw.contactName && !raw.contactEmail && !raw.contactPhone) return;
  const contact = CreateContactInput.safeParse({
    name: raw.contactName || undefined,
    function: raw.contactFunction || undefined,
    email: raw.contactEmail || undefined,
    phone: raw.contactPhone || undefined,
    preferredLanguage: raw.contactLanguage || undefined,
    consentBasis: raw.consentBasis || o.input.consentBasis,
    consentDate: raw.consentDate || o.input.consentDate || (o.input.consentBasis ? o.today : undefined),
  });
  if (!contact.success)
    for (const issue of contact.error.issues) {
      const field = String(issue.path[0] ?? 'contact');
      const name =
        field === 'consentBasis' || field === 'consentDate'
          ? field
          : `contact${field[0].toUpperCase()}${field.slice(1)}`;
      p.errors[name] ??= issue.message;
    }
  else p.contact = contact.data;
}

/**
 * A status column sets the relationship status in the programme chosen for the import, by the same
 * rule as a change by hand: forward, pause, end or resume, never silently back.
 */
async function checkStatuses(
  db: Tx,
  zoneId: string,
  planned: PlannedRow[],
  existing: Map<string, string>,
  programmeId: string | undefined,
): Promise<string | undefined> {
  const withStatus = planned.filter((p) => p.status && (p.action === 'create' || p.action === 'update'));
  if (!withStatus.length) return programmeId;
  if (!programmeId)
    throw AppError.validation({ programmeId: 'choose the programme the status column belongs to' });
  const [programme] = await db
    .select({ id: schema.programmes.id })
    .from(schema.programmes)
    .where(and(eq(schema.programmes.id, programmeId), eq(schema.programmes.zoneId, zoneId)));
  if (!programme) throw AppError.validation({ programmeId: 'no such programme' });
  const ids = [...new Set(withStatus.map((p) => existing.get(p.key!)).filter((id): id is string => !!id))];
  const current = new Map<string, string>();
  const r = schema.relationshipStatuses;
  for (let i = 0; i < ids.length; i += CHUNK)
    for (const row of await db
      .select({ organisationId: r.organisationId, status: r.status })
      .from(r)
      .where(and(eq(r.programmeId, programmeId), inArray(r.organisationId, ids.slice(i, i + CHUNK)))))
      current.set(row.organisationId, row.status);
  for (const p of withStatus) {
    const id = existing.get(p.key!);
    const from = (id ? current.get(id) : undefined) as RelationshipStatus | undefined;
    if (from === p.status || canChangeStatus(from ?? null, p.status!)) continue;
    p.errors.status = `cannot go from ${from ?? 'none'} to ${p.status}`;
    p.action = 'invalid';
  }
  return programmeId;
}

/**
 * A row without a district gets the one its postcode belongs to. A district in the file is never
 * replaced, and neither is one the registry already holds for the organisation the row updates.
 */
function fillDistricts(
  planned: PlannedRow[],
  map: Record<string, string[]>,
  registryDistricts: Map<string, string[]>,
) {
  for (const p of planned) {
    if (!p.organisation || (p.action !== 'create' && p.action !== 'update')) continue;
    if (registryDistricts.get(p.key!)?.length) continue;
    const derived = deriveDistrict(map, p.organisation);
    if (!derived) continue;
    p.organisation.districts = [derived.district];
    p.present?.push('districts');
    p.derivedDistrict = derived;
  }
}

/** Matches against the registry, and against earlier rows of the same file. */
async function matchOrganisations(
  db: Tx,
  zoneId: string,
  planned: PlannedRow[],
  registryDistricts: Map<string, string[]>,
) {
  const o = schema.organisations;
  const names = [...new Set(planned.filter((p) => p.key).map((p) => p.key!.split('\u0000')[0]))];
  const existing = new Map<string, string>();
  for (let i = 0; i < names.length; i += CHUNK) {
    const rows = await db
      .select({ id: o.id, nameKey: o.nameKey, postcode: o.postcode, districts: o.districts })
      .from(o)
      .where(and(eq(o.zoneId, zoneId), inArray(o.nameKey, names.slice(i, i + CHUNK))));
    for (const r of rows) {
      existing.set(`${r.nameKey}\u0000${r.postcode}`, r.id);
      registryDistricts.set(`${r.nameKey}\u0000${r.postcode}`, r.districts);
    }
  }
  const seen = new Set<string>();
  for (const p of planned) {
    if (p.action !== 'create' || !p.key) continue;
    if (existing.has(p.key) || seen.has(p.key)) p.action = 'update';
    seen.add(p.key);
  }
  return existing;
}

/**
 * A contact erased under GDPR stays erased: a row carrying their address keeps its organisation but
 * leaves the person out — unless they are in the registry again (entered anew, with fresh consent).
 */
async function markErasedContacts(db: Tx, zoneId: string, planned: PlannedRow[]) {
  const emails = [...new Set(planned.map((p) => p.contact?.email).filter((e): e is string => !!e))];
  if (!emails.length) return;
  const erased = await findErasedEmails(db, zoneId, emails);
  if (!erased.size) return;
  const c = schema.contacts;
  const back = await db
    .select({ email: c.email })
    .from(c)
    .where(and(eq(c.zoneId, zoneId), inArray(c.email, [...erased]), isNull(c.erasedAt)));
  for (const r of back) erased.delete(r.email!);
  for (const p of planned) if (p.contact?.email && erased.has(p.contact.email)) p.contactSkipped = 'erased';
}

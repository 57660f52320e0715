import { type Db, getFocusAreas, type OrganisationRow, schema, type Tx } from '@brug/db';
import {
  AppError,
  CreateContactInput,
  CreateOrganisationInput,
  DEFAULT_FOCUS_AREAS,
  guessImportField,
  IMPORT_MAX_ROWS,
  type ImportField,
  type ImportInput,
  type ImportReport,
  nameKey,
  ORGANISATION_IMPORT_FIELDS,
} from '@brug/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { SessionUser } from '../accounts/session-store.ts';
import { audit } from './audit.ts';
import { readSheet } from './read-sheet.ts';

const LIST_FIELDS = new Set<ImportField>(['focusAreas', 'districts', 'languages', 'targetGroups']);
const CHUNK = 500;

type PlannedRow = {
  row: number;
  name: string;
  action: 'create' | 'update' | 'skip' | 'invalid';
  errors: Record<string, string>;
  organisation?: z.infer<typeof CreateOrganisationInput>;
  contact?: z.infer<typeof CreateContactInput>;
  key?: string;
  /** Organisation fields the row actually carries: a re-import never blanks the others. */
  present?: string[];
};

const split = (v: string) =>
  v
    .split(/[;,|]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Reads, maps and validates every row (the preview), and when asked and nothing is invalid, writes
 * the whole file in one transaction. Organisations match on name + postcode and contacts on e-mail,
 * so importing the same file twice changes nothing the second time.
 */
export async function importOrganisations(
  db: Db,
  actor: SessionUser,
  input: ImportInput,
): Promise<ImportReport> {
  let table: string[][];
  try {
    table = await readSheet(input.format, Buffer.from(input.file, 'base64'));
  } catch {
    throw AppError.validation({ file: `not a readable ${input.format.toUpperCase()} file` });
  }
  if (table.length < 2) throw AppError.validation({ file: 'no data rows below the header row' });
  if (table.length - 1 > IMPORT_MAX_ROWS)
    throw AppError.validation({ file: `more than ${IMPORT_MAX_ROWS} rows` });
  const columns = table[0].map((c) => c.trim());
  const mapping: Record<string, ImportField> = {};
  if (input.mapping) {
    for (const [col, field] of Object.entries(input.mapping)) {
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

  const [zone] = await db
    .select({ districts: schema.zones.districts })
    .from(schema.zones)
    .where(eq(schema.zones.id, actor.zoneId));
  const knownAreas = new Set<string>([
    ...DEFAULT_FOCUS_AREAS,
    ...(await getFocusAreas(db, actor.zoneId)).map((f) => f.key),
  ]);
  const knownDistricts = new Set(zone?.districts ?? []);
  const skip = new Set(input.skipRows);
  const today = new Date().toISOString().slice(0, 10);

  const planned: PlannedRow[] = [];
  for (let i = 1; i < table.length; i++) {
    const rowNumber = i;
    const raw: Partial<Record<ImportField, string>> = {};
    columns.forEach((c, idx) => {
      const f = mapping[c];
      if (f) raw[f] = (table[i][idx] ?? '').trim();
    });
    for (const [f, v] of Object.entries(input.fixes[String(rowNumber)] ?? {}))
      raw[f as ImportField] = v.trim();
    const p: PlannedRow = { row: rowNumber, name: raw.name ?? '', action: 'create', errors: {}, present: [] };
    planned.push(p);
    if (skip.has(rowNumber)) {
      p.action = 'skip';
      continue;
    }
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
      const badAreas = org.data.focusAreas.filter((a) => !knownAreas.has(a));
      if (badAreas.length) p.errors.focusAreas = `unknown focus area: ${badAreas.join(', ')}`;
      const badDistricts = knownDistricts.size
        ? org.data.districts.filter((d) => !knownDistricts.has(d))
        : [];
      if (badDistricts.length) p.errors.districts = `unknown district: ${badDistricts.join(', ')}`;
      p.organisation = org.data;
      p.key = `${nameKey(org.data.name)}\u0000${org.data.postcode}`;
    }
    if (raw.contactName || raw.contactEmail || raw.contactPhone) {
      const contact = CreateContactInput.safeParse({
        name: raw.contactName || undefined,
        function: raw.contactFunction || undefined,
        email: raw.contactEmail || undefined,
        phone: raw.contactPhone || undefined,
        preferredLanguage: raw.contactLanguage || undefined,
        consentBasis: raw.consentBasis || input.consentBasis,
        consentDate: raw.consentDate || input.consentDate || (input.consentBasis ? today : undefined),
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
    if (Object.keys(p.errors).length) p.action = 'invalid';
  }

  // Match against the registry, and against earlier rows of the same file.
  const keys = [...new Set(planned.filter((p) => p.key).map((p) => p.key!))];
  const existing = new Map<string, string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const rows = await db
      .select({
        id: schema.organisations.id,
        nameKey: schema.organisations.nameKey,
        postcode: schema.organisations.postcode,
      })
      .from(schema.organisations)
      .where(
        and(
          eq(schema.organisations.zoneId, actor.zoneId),
          inArray(schema.organisations.nameKey, [...new Set(chunk.map((k) => k.split('\u0000')[0]))]),
        ),
      );
    for (const r of rows) existing.set(`${r.nameKey}\u0000${r.postcode}`, r.id);
  }
  const seen = new Set<string>();
  for (const p of planned) {
    if (p.action !== 'create' || !p.key) continue;
    if (existing.has(p.key) || seen.has(p.key)) p.action = 'update';
    seen.add(p.key);
  }

  const summary = { create: 0, update: 0, skip: 0, invalid: 0, contacts: 0 };
  for (const p of planned) {
    summary[p.action]++;
    if (p.contact && (p.action === 'create' || p.action === 'update')) summary.contacts++;
  }
  const report: ImportReport = {
    columns,
    mapping,
    rows: planned.map(({ row, name, action, errors }) => ({ row, name, action, errors })),
    summary,
    written: false,
  };
  if (input.dryRun) return report;
  if (summary.invalid > 0) {
    const fields: Record<string, string> = {};
    for (const p of planned.filter((x) => x.action === 'invalid').slice(0, 50))
      for (const [f, m] of Object.entries(p.errors)) fields[`rows.${p.row}.${f}`] = m;
    throw AppError.validation(fields, `${summary.invalid} rows are invalid; fix or skip them`);
  }
  await db.transaction(async (tx) => {
    await writeRows(tx, actor, planned, existing);
    await audit(tx, actor, 'partners.import', { type: 'organisation' }, { ...summary, format: input.format });
  });
  return { ...report, written: true };
}

async function writeRows(tx: Tx, actor: SessionUser, planned: PlannedRow[], existing: Map<string, string>) {
  const o = schema.organisations;
  const toCreate = new Map<string, PlannedRow>();
  const toUpdate: PlannedRow[] = [];
  for (const p of planned) {
    if (!p.organisation || !p.key || (p.action !== 'create' && p.action !== 'update')) continue;
    if (existing.has(p.key)) toUpdate.push(p);
    else if (!toCreate.has(p.key)) toCreate.set(p.key, p);
    else toUpdate.push(p);
  }
  const created = [...toCreate.values()];
  for (let i = 0; i < created.length; i += CHUNK) {
    const rows = await tx
      .insert(o)
      .values(
        created
          .slice(i, i + CHUNK)
          .map((p) => ({ ...p.organisation!, nameKey: nameKey(p.organisation!.name), zoneId: actor.zoneId })),
      )
      .returning({ id: o.id, nameKey: o.nameKey, postcode: o.postcode });
    for (const r of rows) existing.set(`${r.nameKey}\u0000${r.postcode}`, r.id);
  }
  // Re-import: only the columns the file carries are compared and updated; unchanged rows are not touched.
  const currentById = new Map<string, OrganisationRow>();
  const updateIds = [...new Set(toUpdate.map((p) => existing.get(p.key!)!))];
  for (let i = 0; i < updateIds.length; i += CHUNK) {
    const rows = await tx
      .select()
      .from(o)
      .where(and(eq(o.zoneId, actor.zoneId), inArray(o.id, updateIds.slice(i, i + CHUNK))));
    for (const r of rows) currentById.set(r.id, r);
  }
  for (const p of toUpdate) {
    const id = existing.get(p.key!)!;
    const current = currentById.get(id);
    const input = p.organisation! as Record<string, unknown>;
    const changes: Record<string, unknown> = {};
    for (const f of p.present ?? []) {
      if (f === 'name' || f === 'postcode') continue;
      if (!current || !sameValue(input[f], (current as Record<string, unknown>)[f])) changes[f] = input[f];
    }
    if (Object.keys(changes).length === 0) continue;
    await tx
      .update(o)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(o.id, id), eq(o.zoneId, actor.zoneId)));
    if (current) Object.assign(current, changes);
  }
  const c = schema.contacts;
  const withContact = planned.filter(
    (p) => p.contact && p.key && existing.has(p.key) && (p.action === 'create' || p.action === 'update'),
  );
  const emails = [...new Set(withContact.map((p) => p.contact!.email).filter((e): e is string => !!e))];
  const byEmail = new Map<string, typeof c.$inferSelect>();
  for (let i = 0; i < emails.length; i += CHUNK) {
    const rows = await tx
      .select()
      .from(c)
      .where(and(eq(c.zoneId, actor.zoneId), inArray(c.email, emails.slice(i, i + CHUNK))));
    for (const r of rows) byEmail.set(r.email!, r);
  }
  const inserts: (typeof c.$inferInsert)[] = [];
  const pending = new Set<string>();
  for (const p of withContact) {
    const contact = p.contact!;
    const organisationId = existing.get(p.key!)!;
    if (contact.email && pending.has(contact.email)) continue;
    const found = contact.email ? byEmail.get(contact.email) : undefined;
    if (found) {
      const same =
        found.name === contact.name &&
        found.function === contact.function &&
        found.phone === (contact.phone ?? null) &&
        found.preferredLanguage === contact.preferredLanguage;
      if (same || found.erasedAt) continue;
      await tx
        .update(c)
        .set({
          name: contact.name,
          function: contact.function,
          phone: contact.phone ?? null,
          preferredLanguage: contact.preferredLanguage,
        })
        .where(and(eq(c.id, found.id), eq(c.zoneId, actor.zoneId)));
      continue;
    }
    if (!contact.email) {
      const [same] = await tx
        .select({ id: c.id })
        .from(c)
        .where(and(eq(c.organisationId, organisationId), eq(c.name, contact.name)));
      if (same) continue;
    }
    inserts.push({ ...contact, zoneId: actor.zoneId, organisationId });
    if (contact.email) pending.add(contact.email);
  }
  for (let i = 0; i < inserts.length; i += CHUNK) await tx.insert(c).values(inserts.slice(i, i + CHUNK));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return (a ?? null) === (b ?? null);
}

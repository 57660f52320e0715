import { type OrganisationRow, schema, type Tx } from '@brug/db';
import { nameKey } from '@brug/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SessionUser } from '../accounts/session-store.ts';
import { CHUNK, type ImportPlan, type PlannedRow } from './plan-import.ts';

/** Called after each chunk with the rows written so far, of `total`. */
export type Progress = (done: number, total: number) => Promise<void> | void;

/** Organisation fields an import can change, with how the batch update reads them from JSON. */
const TEXT_COLUMNS: Record<string, string> = {
  kind: 'kind',
  address: 'address',
  city: 'city',
  website: 'website',
  description: 'description',
  dialogue: 'dialogue',
};
const LIST_COLUMNS: Record<string, string> = {
  focusAreas: 'focus_areas',
  districts: 'districts',
  languages: 'languages',
  targetGroups: 'target_groups',
};

/**
 * Writes a planned import in the caller's transaction: new organisations and contacts in chunks of
 * inserts, changed ones in chunks of one UPDATE each. A row whose values the registry already holds is
 * not touched, so a second import of the same file changes nothing.
 */
export async function writeImport(
  tx: Tx,
  actor: SessionUser,
  plan: ImportPlan,
  progress?: Progress,
): Promise<number> {
  const { planned, existing } = plan;
  const o = schema.organisations;
  const toCreate = new Map<string, PlannedRow>();
  const toUpdate: PlannedRow[] = [];
  for (const p of planned) {
    if (!p.organisation || !p.key || (p.action !== 'create' && p.action !== 'update')) continue;
    if (existing.has(p.key) || toCreate.has(p.key)) toUpdate.push(p);
    else toCreate.set(p.key, p);
  }
  const withContact = planned.filter(
    (p) => p.contact && !p.contactSkipped && p.key && (p.action === 'create' || p.action === 'update'),
  );
  const total = toCreate.size + toUpdate.length + withContact.length;
  let done = 0;
  const step = async (n: number) => {
    done += n;
    await progress?.(done, total);
  };

  const created = [...toCreate.values()];
  for (let i = 0; i < created.length; i += CHUNK) {
    const chunk = created.slice(i, i + CHUNK);
    const rows = await tx
      .insert(o)
      .values(
        chunk.map((p) => ({
          ...p.organisation!,
          nameKey: nameKey(p.organisation!.name),
          zoneId: actor.zoneId,
        })),
      )
      .returning({ id: o.id, nameKey: o.nameKey, postcode: o.postcode });
    for (const r of rows) existing.set(`${r.nameKey}\u0000${r.postcode}`, r.id);
    await step(chunk.length);
  }

  // Re-import: only the columns the file carries are compared; the last row of the file wins.
  const changesById = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < toUpdate.length; i += CHUNK) {
    const chunk = toUpdate.slice(i, i + CHUNK);
    const ids = [...new Set(chunk.map((p) => existing.get(p.key!)!))].filter((id) => !changesById.has(id));
    const current = new Map<string, OrganisationRow>();
    if (ids.length)
      for (const r of await tx
        .select()
        .from(o)
        .where(and(eq(o.zoneId, actor.zoneId), inArray(o.id, ids))))
        current.set(r.id, r);
    for (const p of chunk) {
      const id = existing.get(p.key!)!;
      const row = current.get(id) as Record<string, unknown> | undefined;
      const pending = changesById.get(id) ?? {};
      const input = p.organisation as Record<string, unknown>;
      for (const f of p.present ?? []) {
        if (!(f in TEXT_COLUMNS) && !(f in LIST_COLUMNS)) continue;
        const now = f in pending ? pending[f] : row?.[f];
        if (!sameValue(input[f], now)) pending[f] = input[f] ?? null;
      }
      if (Object.keys(pending).length) changesById.set(id, pending);
    }
    await step(chunk.length);
  }
  const changed = [...changesById.entries()].map(([id, c]) => ({ id, c }));
  for (let i = 0; i < changed.length; i += CHUNK)
    await updateOrganisations(tx, actor.zoneId, changed.slice(i, i + CHUNK));

  await writeContacts(tx, actor, withContact, existing, step);
  if (plan.programmeId) await writeStatuses(tx, actor, plan.programmeId, planned, existing);
  return total;
}

/** The file's status column: each organisation whose status in the programme changes, dated, in its history. */
async function writeStatuses(
  tx: Tx,
  actor: SessionUser,
  programmeId: string,
  planned: PlannedRow[],
  existing: Map<string, string>,
) {
  const r = schema.relationshipStatuses;
  const wanted = new Map<string, string>();
  for (const p of planned)
    if (p.status && p.key && (p.action === 'create' || p.action === 'update'))
      wanted.set(existing.get(p.key)!, p.status);
  const ids = [...wanted.keys()];
  const current = new Map<string, string>();
  for (let i = 0; i < ids.length; i += CHUNK)
    for (const row of await tx
      .select({ organisationId: r.organisationId, status: r.status })
      .from(r)
      .where(and(eq(r.programmeId, programmeId), inArray(r.organisationId, ids.slice(i, i + CHUNK)))))
      current.set(row.organisationId, row.status);
  const now = new Date();
  const changes = [...wanted.entries()].filter(([id, status]) => current.get(id) !== status);
  for (let i = 0; i < changes.length; i += CHUNK) {
    const chunk = changes.slice(i, i + CHUNK);
    await tx
      .insert(r)
      .values(
        chunk.map(([organisationId, status]) => ({
          zoneId: actor.zoneId,
          organisationId,
          programmeId,
          status,
          changedAt: now,
          changedById: actor.id,
        })),
      )
      .onConflictDoUpdate({
        target: [r.organisationId, r.programmeId],
        set: { status: sql`excluded.status`, changedAt: now, changedById: actor.id },
      });
    await tx.insert(schema.relationshipStatusHistory).values(
      chunk.map(([organisationId, status]) => ({
        zoneId: actor.zoneId,
        organisationId,
        programmeId,
        fromStatus: current.get(organisationId) ?? null,
        toStatus: status,
        note: 'import',
        changedAt: now,
        changedById: actor.id,
      })),
    );
  }
}

/** One UPDATE for many organisations: each row sets only the fields in its own `c`. */
async function updateOrganisations(
  tx: Tx,
  zoneId: string,
  rows: { id: string; c: Record<string, unknown> }[],
) {
  const sets = [
    ...Object.entries(TEXT_COLUMNS).map(
      ([f, col]) => `${col} = case when v.c ? '${f}' then v.c->>'${f}' else o.${col} end`,
    ),
    ...Object.entries(LIST_COLUMNS).map(
      ([f, col]) =>
        `${col} = case when v.c ? '${f}' then array(select jsonb_array_elements_text(v.c->'${f}')) else o.${col} end`,
    ),
  ].join(', ');
  await tx.execute(sql`
    update organisations o set ${sql.raw(sets)}, updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id uuid, c jsonb)
    where o.id = v.id and o.zone_id = ${zoneId}`);
}

async function writeContacts(
  tx: Tx,
  actor: SessionUser,
  withContact: PlannedRow[],
  existing: Map<string, string>,
  step: (n: number) => Promise<void>,
) {
  const c = schema.contacts;
  const emails = [...new Set(withContact.map((p) => p.contact!.email).filter((e): e is string => !!e))];
  const byEmail = new Map<string, typeof c.$inferSelect>();
  for (let i = 0; i < emails.length; i += CHUNK) {
    const rows = await tx
      .select()
      .from(c)
      .where(and(eq(c.zoneId, actor.zoneId), inArray(c.email, emails.slice(i, i + CHUNK))));
    for (const r of rows) byEmail.set(r.email!, r);
  }
  // Contacts without an e-mail address match on organisation + name.
  const orgIds = [...new Set(withContact.filter((p) => !p.contact!.email).map((p) => existing.get(p.key!)!))];
  const named = new Set<string>();
  for (let i = 0; i < orgIds.length; i += CHUNK) {
    const rows = await tx
      .select({ organisationId: c.organisationId, name: c.name })
      .from(c)
      .where(and(eq(c.zoneId, actor.zoneId), inArray(c.organisationId, orgIds.slice(i, i + CHUNK))));
    for (const r of rows) named.add(`${r.organisationId}\u0000${r.name}`);
  }

  const inserts: (typeof c.$inferInsert)[] = [];
  const updates = new Map<string, Record<string, unknown>>();
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
      if (!same && !found.erasedAt)
        updates.set(found.id, {
          name: contact.name,
          function: contact.function,
          phone: contact.phone ?? null,
          preferredLanguage: contact.preferredLanguage,
        });
      continue;
    }
    if (!contact.email) {
      const key = `${organisationId}\u0000${contact.name}`;
      if (named.has(key)) continue;
      named.add(key);
    }
    inserts.push({ ...contact, zoneId: actor.zoneId, organisationId });
    if (contact.email) pending.add(contact.email);
  }
  const changed = [...updates.entries()].map(([id, v]) => ({ id, ...v }));
  for (let i = 0; i < changed.length; i += CHUNK)
    await tx.execute(sql`
      update contacts k set name = v.name, function = v.function, phone = v.phone,
        preferred_language = v."preferredLanguage", updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(changed.slice(i, i + CHUNK))}::jsonb)
        as v(id uuid, name text, function text, phone text, "preferredLanguage" text)
      where k.id = v.id and k.zone_id = ${actor.zoneId}`);
  const rest = withContact.length - inserts.length;
  for (let i = 0; i < inserts.length; i += CHUNK) {
    await tx.insert(c).values(inserts.slice(i, i + CHUNK));
    await step(Math.min(CHUNK, inserts.length - i));
  }
  await step(rest);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return (a ?? null) === (b ?? null);
}

import { randomBytes, randomUUID } from 'node:crypto';
import { schema } from '@brug/db';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';

/** A partner organisation in the registry, with a partner user speaking for it as its contact. */
export async function buildOrganisation(
  ctx: AppContext,
  zoneId: string,
  name = `Vzw ${randomBytes(3).toString('hex')}`,
) {
  const [org] = await ctx.database.db
    .insert(schema.organisations)
    .values({ zoneId, name, nameKey: name.toLowerCase() })
    .returning();
  return org;
}

export async function linkContact(ctx: AppContext, zoneId: string, organisationId: string, userId: string) {
  await ctx.database.db.insert(schema.contacts).values({
    zoneId,
    organisationId,
    name: 'Contact',
    consentBasis: 'consent',
    consentDate: '2026-01-01',
    userId,
  });
}

/**
 * A published finding. Findings belong to the findings module; until its table is in the schema, a
 * stand-in with the columns this module reads (id, zone_id, title, kind, status) is created in the test
 * database only.
 */
export async function buildPublishedFinding(
  ctx: AppContext,
  zoneId: string,
  f: { title?: string; kind?: string; status?: string } = {},
) {
  const db = ctx.database.db;
  const [{ exists }] = (
    (await db.execute(sql`select to_regclass('public.findings') is not null as exists`)) as unknown as {
      rows: { exists: boolean }[];
    }
  ).rows;
  if (!exists)
    await db.execute(
      sql`create table findings (id uuid primary key, zone_id uuid not null, title text not null, kind text not null, status text not null)`,
    );
  const id = randomUUID();
  await db.execute(
    sql`insert into findings (id, zone_id, title, kind, status) values (${id}, ${zoneId}, ${f.title ?? `Bevinding ${id.slice(0, 4)}`}, ${f.kind ?? 'need'}, ${f.status ?? 'published'})`,
  );
  return id;
}

/** Moves an activity into the past, as if time went by (activities cannot be created in the past). */
export async function shiftActivityToPast(ctx: AppContext, activityId: string) {
  await ctx.database.db.execute(
    sql`update activities set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id = ${activityId}`,
  );
}

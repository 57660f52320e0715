import { randomBytes } from 'node:crypto';
import { schema } from '@brug/db';
import { eq, sql } from 'drizzle-orm';
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

/** A published finding of the zone's research bureau (made when missing). */
export async function buildPublishedFinding(
  ctx: AppContext,
  zoneId: string,
  f: { title?: string; kind?: string; status?: string } = {},
) {
  const db = ctx.database.db;
  let [bureau] = await db.select().from(schema.bureaus).where(eq(schema.bureaus.zoneId, zoneId));
  if (!bureau)
    [bureau] = await db.insert(schema.bureaus).values({ zoneId, name: 'Onderzoeksbureau' }).returning();
  const [row] = await db
    .insert(schema.findings)
    .values({
      zoneId,
      bureauId: bureau.id,
      kind: f.kind ?? 'need',
      status: f.status ?? 'published',
      sealedDraft: 'sealed',
      statement: f.title ?? `Bevinding ${randomBytes(2).toString('hex')}`,
      publishedAt: (f.status ?? 'published') === 'published' ? new Date() : null,
    })
    .returning({ id: schema.findings.id });
  return row.id;
}

/** Moves an activity into the past, as if time went by (activities cannot be created in the past). */
export async function shiftActivityToPast(ctx: AppContext, activityId: string) {
  await ctx.database.db.execute(
    sql`update activities set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id = ${activityId}`,
  );
}

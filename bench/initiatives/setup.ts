import type { AddressInfo } from 'node:net';
import { schema } from '@brug/db';
import { sql } from 'drizzle-orm';
import { buildTestApp, createZone, loginAs, type TestApp } from '../../apps/server/test/helpers.ts';

/** A Brug server listening on loopback, on PGlite or (with TEST_DATABASE_URL) a fresh PostgreSQL database. */
export async function startServer() {
  const t: TestApp = await buildTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const zoneId = (await createZone(t.ctx)).id;
  const { client: coordinator } = await loginAs(t, zoneId, 'coordinator');
  return { t, zoneId, coordinator, base: `http://127.0.0.1:${port}` };
}

/** Published findings of the zone's research bureau, in bulk. */
export async function seedFindings(t: TestApp, zoneId: string, n: number): Promise<string[]> {
  const db = t.ctx.database.db;
  const [bureau] = await db.insert(schema.bureaus).values({ zoneId, name: 'Onderzoeksbureau' }).returning();
  const result = await db.execute(sql`
      insert into findings (zone_id, bureau_id, kind, status, sealed_draft, statement, published_at)
      select ${zoneId}, ${bureau.id}, (array['need','improvement_point','initiative_idea'])[1 + g % 3], 'published',
             'sealed', 'Bevinding ' || g, now()
      from generate_series(1, ${n}) g
      returning id`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}

export const machine = () => ({ node: process.version, cpus: 2 });

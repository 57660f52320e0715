import type { AddressInfo } from 'node:net';
import { openDatabase, schema } from '@brug/db';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../apps/server/src/app.ts';
import { loadConfig } from '../../apps/server/src/config.ts';
import { closeContext, createContext } from '../../apps/server/src/context.ts';
import { createZone, loginAs, type TestApp } from '../../apps/server/test/helpers.ts';

/**
 * A Brug server listening on loopback, in this process, on the given database: DATABASE_URL (PostgreSQL)
 * or DATA_DIR (embedded PGlite) from the bench runner, else in-memory PGlite.
 */
export async function startServer(databaseEnv: Record<string, string> = {}) {
  const database = await openDatabase({
    databaseUrl: databaseEnv.DATABASE_URL,
    dataDir: databaseEnv.DATA_DIR ?? 'memory://',
    poolSize: 10,
  });
  const config = loadConfig({
    DATA_DIR: '/nonexistent',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://brug.test',
  });
  const ctx = await createContext(config, { database });
  const app = await buildApp(ctx, { logger: false, serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const t: TestApp = {
    app,
    ctx,
    async close() {
      await app.close();
      await closeContext(ctx);
    },
  };
  const { port } = app.server.address() as AddressInfo;
  const zoneId = (await createZone(ctx)).id;
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

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

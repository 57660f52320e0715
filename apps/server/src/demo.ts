import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appendAudit, schema } from '@brug/db';
import { ANTWERP_DISTRICTS, type Role } from '@brug/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from './http/context.ts';
import { loadConfigOrExit, serve, startFailed } from './main.ts';
import { hashPassword } from './modules/accounts/passwords.ts';

/** Every demo account shares this password; the demo holds fictional data only. */
export const DEMO_PASSWORD = 'brug-demo-voorbeeldstad';
export const DEMO_ZONE = 'PZ Voorbeeldstad';

/** Fictional people, one or more per role. */
export const DEMO_USERS: { email: string; displayName: string; role: Role; language: 'nl' | 'fr' | 'en' }[] =
  [
    { email: 'admin@voorbeeldstad.example', displayName: 'Ilse Voorbeeld', role: 'admin', language: 'nl' },
    {
      email: 'coordinator@voorbeeldstad.example',
      displayName: 'Samir El Brugghe',
      role: 'coordinator',
      language: 'nl',
    },
    {
      email: 'collega@voorbeeldstad.example',
      displayName: 'Jonas Demotier',
      role: 'colleague',
      language: 'nl',
    },
    {
      email: 'onderzoeker@voorbeeldstad.example',
      displayName: 'Camille Fictief',
      role: 'researcher',
      language: 'fr',
    },
    {
      email: 'partner@voorbeeldstad.example',
      displayName: 'Ayla Verzinsel',
      role: 'partner',
      language: 'en',
    },
  ];

export type DemoZone = {
  zoneId: string;
  /** Demo users by role (the first of each role). */
  users: Record<Role, { id: string; email: string }>;
};

/**
 * Demo data, one function per module, run in this order on the first start of an empty demo
 * directory. A module adds its own fictional data by adding its function here.
 */
export const demoData: ((ctx: AppContext, demo: DemoZone) => Promise<void>)[] = [];

/** The zone and its users: the foundation's part of the demo. */
export async function createDemoZone(ctx: AppContext): Promise<DemoZone> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return ctx.database.db.transaction(async (tx) => {
    const [zone] = await tx
      .insert(schema.zones)
      .values({ name: DEMO_ZONE, defaultLanguage: 'nl', districts: [...ANTWERP_DISTRICTS] })
      .returning();
    await appendAudit(tx, {
      zoneId: zone.id,
      action: 'zone.create',
      targetType: 'zone',
      targetId: zone.id,
      details: { via: 'demo' },
    });
    const users = {} as DemoZone['users'];
    for (const u of DEMO_USERS) {
      const [row] = await tx
        .insert(schema.users)
        .values({ ...u, zoneId: zone.id, status: 'active', passwordHash })
        .returning();
      users[u.role] ??= { id: row.id, email: row.email };
      await appendAudit(tx, {
        zoneId: zone.id,
        action: 'user.create',
        targetType: 'user',
        targetId: row.id,
        details: { role: u.role, via: 'demo' },
      });
    }
    return { zoneId: zone.id, users };
  });
}

/** Fills an empty demo database; a demo database that has its zone already is left as it is. */
export async function fillDemo(ctx: AppContext): Promise<boolean> {
  const existing = await ctx.database.db
    .select({ id: schema.zones.id })
    .from(schema.zones)
    .where(eq(schema.zones.name, DEMO_ZONE));
  if (existing.length > 0) return false;
  const demo = await createDemoZone(ctx);
  for (const fill of demoData) await fill(ctx, demo);
  return true;
}

export function printLogins(publicUrl: string): void {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  const lines = DEMO_USERS.map((u) => `    ${u.email.padEnd(width)}  ${u.role}`);
  console.log(
    `\n  Brug demo (${DEMO_ZONE}, fictional data) at ${publicUrl}\n  Log in as any of these, password "${DEMO_PASSWORD}":\n${lines.join('\n')}\n`,
  );
}

export function startDemo(): void {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: process.env.DEMO_DATA_DIR || './data-demo' };
  // The demo never touches a real PostgreSQL database: it always runs on its own embedded one.
  delete env.DATABASE_URL;
  const config = loadConfigOrExit(env);
  console.log(`Brug demo: data in ${config.dataDir}`);
  serve(config, {
    prepare: async (ctx) => {
      if (await fillDemo(ctx)) console.log('  Demo data created.');
      printLogins(config.publicUrl);
    },
  }).catch(startFailed);
}

const entry = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (entry === fileURLToPath(import.meta.url)) startDemo();

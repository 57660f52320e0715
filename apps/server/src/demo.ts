import { existsSync, realpathSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schema } from '@brug/db';
import type { DeriveBytes } from '@brug/vault-crypto';
import { eq } from 'drizzle-orm';
import type { Config } from './config.ts';
import {
  createZoneWithUsers,
  DEMO_PASSWORD,
  DEMO_USERS,
  DEMO_ZONE,
  type DemoZone,
} from './demo/foundation.ts';
import { DEMO_OTHER_USERS, DEMO_OTHER_ZONE } from './demo/other-zone.ts';
import { DEMO_STEPS, DEMO_VAULT_PASSPHRASE, type DemoStep, runDemoSteps } from './demo/steps.ts';
import type { AppContext } from './http/context.ts';
import { loadConfigOrExit, serve, startFailed } from './main.ts';
import { anchorDirFor } from './modules/audit/anchor.ts';
import { mailKeyFile } from './modules/mail/mail-key.ts';

export type { DemoZone };
export { DEMO_OTHER_USERS, DEMO_OTHER_ZONE, DEMO_PASSWORD, DEMO_USERS, DEMO_VAULT_PASSPHRASE, DEMO_ZONE };

/**
 * Demo data, one step per module, run in this order on the first start of an empty demo directory,
 * each through the API as the module's users would (see ./demo/).
 */
export const demoData: DemoStep[] = DEMO_STEPS;

/** The zone and its users: the foundation's part of the demo. */
export function createDemoZone(ctx: AppContext): Promise<DemoZone> {
  return createZoneWithUsers(ctx, DEMO_ZONE, DEMO_USERS);
}

export type FillOptions = {
  /** The vault's passphrase-to-key step; argon2id unless a test passes a fast one. */
  derive?: DeriveBytes;
};

/**
 * Fills an empty demo database; a demo database that has its zone already is left as it is.
 * Returns the summary lines, or null when the demo was there already.
 */
export async function fillDemo(ctx: AppContext, options: FillOptions = {}): Promise<string[] | null> {
  const existing = await ctx.database.db
    .select({ id: schema.zones.id })
    .from(schema.zones)
    .where(eq(schema.zones.name, DEMO_ZONE));
  if (existing.length > 0) return null;
  const demo = await createDemoZone(ctx);
  return runDemoSteps(ctx, demo, demoData, options);
}

export function printLogins(publicUrl: string): void {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  const lines = DEMO_USERS.map((u) => `    ${u.email.padEnd(width)}  ${u.role}`);
  console.log(
    `\n  Brug demo (${DEMO_ZONE}, fictional data) at ${publicUrl}\n  Log in as any of these, password "${DEMO_PASSWORD}":\n${lines.join('\n')}\n` +
      `  The research bureau's vault opens with the passphrase "${DEMO_VAULT_PASSPHRASE}" (both researchers).\n` +
      `  A second zone, "${DEMO_OTHER_ZONE}", to see that zones are apart: ${DEMO_OTHER_USERS.map((u) => `${u.email} (${u.role})`).join(', ')}, same password.\n`,
  );
}

/**
 * A demo started on a data folder that is not there (a first start, or after deleting the folder to
 * start over, as the README says) begins a new journal: the audit anchor and mail key an earlier demo
 * left beside the folder would otherwise report the new journal as a shortened one. Only the default
 * places beside the demo's own folder are cleared, never an AUDIT_DIR; returns what was removed.
 */
export function forgetEarlierDemo(config: Pick<Config, 'dataDir' | 'auditDir'>): string[] {
  if (existsSync(config.dataDir)) return [];
  const left = [...(config.auditDir ? [] : [anchorDirFor(config.dataDir)]), mailKeyFile(config.dataDir)];
  const removed = left.filter((p) => existsSync(p));
  for (const p of removed) rmSync(p, { recursive: true, force: true });
  return removed;
}

export function startDemo(): void {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: process.env.DEMO_DATA_DIR || './data-demo' };
  // The demo never touches a real PostgreSQL database: it always runs on its own embedded one.
  delete env.DATABASE_URL;
  const config = loadConfigOrExit(env);
  console.log(`Brug demo: data in ${config.dataDir}`);
  const removed = forgetEarlierDemo(config);
  if (removed.length) console.log(`  A new demo: removed what an earlier one left (${removed.join(', ')}).`);
  serve(config, {
    prepare: async (ctx) => {
      const started = performance.now();
      const summary = await fillDemo(ctx);
      if (summary) {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`  Demo data created in ${seconds} s:\n${summary.map((l) => `    - ${l}`).join('\n')}`);
      }
      printLogins(config.publicUrl);
    },
  }).catch(startFailed);
}

const entry = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (entry === fileURLToPath(import.meta.url)) startDemo();

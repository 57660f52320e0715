import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A database that a separate process (the CLI, the server) can open through its configuration: a
 * fresh PostgreSQL database with TEST_DATABASE_URL, otherwise an embedded one in a temporary folder.
 */
export async function createConfiguredDatabase(): Promise<{
  env: Record<string, string>;
  drop(): Promise<void>;
}> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), 'brug-test-'));
    return {
      env: { DATA_DIR: dir, AUDIT_DIR: `${dir}.audit` },
      drop: async () => {
        rmSync(dir, { recursive: true, force: true });
        rmSync(`${dir}.audit`, { recursive: true, force: true });
      },
    };
  }
  const name = `brug_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  // A throw-away database need not wait for the disk at each commit (see createTestDatabase).
  await admin.query(`alter database ${name} set synchronous_commit = off`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const auditDir = mkdtempSync(path.join(tmpdir(), 'brug-test-audit-'));
  return {
    env: { DATABASE_URL: url.toString(), AUDIT_DIR: auditDir },
    async drop() {
      rmSync(auditDir, { recursive: true, force: true });
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

import { execFileSync } from 'node:child_process';
import type { TestApp } from './helpers.ts';

/** The database as its operator holds it: a pg_dump, or PGlite's data folder (as bytes, latin1). */
export async function dumpDatabase(t: TestApp): Promise<string> {
  const database = t.ctx.database;
  if (database.kind === 'postgres') {
    const url = (database.pool!.options as { connectionString: string }).connectionString;
    return execFileSync('pg_dump', ['--no-owner', '--data-only', url], {
      maxBuffer: 512 * 1024 * 1024,
    }).toString('latin1');
  }
  await database.executeSql('CHECKPOINT');
  const tar = await database.pglite!.dumpDataDir('none');
  return Buffer.from(await tar.arrayBuffer()).toString('latin1');
}

/** Which of the planted texts a dump of the database holds in clear (UTF-8 bytes read as latin1). */
export async function plantedInDump(t: TestApp, planted: string[]): Promise<string[]> {
  const dump = await dumpDatabase(t);
  return planted.filter((p) => dump.includes(Buffer.from(p, 'utf8').toString('latin1')));
}

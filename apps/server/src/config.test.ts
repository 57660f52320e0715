import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { openConfiguredDatabase } from './context.ts';
import { createConfiguredDatabase } from './foundation/test-database.ts';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('[CONFIG] configuration from the environment', () => {
  it('has defaults that run on a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: 'localhost',
      dataDir: path.resolve('data'),
      databaseUrl: undefined,
      smtpUrl: undefined,
      publicUrl: 'http://localhost:3000',
      logLevel: 'info',
      trustProxy: false,
      secureCookies: false,
      databasePoolSize: 10,
    });
  });

  it('reads every variable, and treats an empty one as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/srv/brug',
      DATABASE_URL: 'postgres://brug@db:5432/brug',
      SMTP_URL: 'smtps://user:pw@mail.example.org:465',
      MAIL_FROM: 'Brug <noreply@example.org>',
      PUBLIC_URL: 'https://brug.example.org/',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: 'true',
      DATABASE_POOL_SIZE: '4',
      NODE_ENV: '',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/brug',
      databaseUrl: 'postgres://brug@db:5432/brug',
      smtpUrl: 'smtps://user:pw@mail.example.org:465',
      mailFrom: 'Brug <noreply@example.org>',
      publicUrl: 'https://brug.example.org',
      logLevel: 'warn',
      trustProxy: true,
      secureCookies: true,
      databasePoolSize: 4,
    });
  });

  it('resolves DATA_DIR against the folder npm was started in', () => {
    expect(loadConfig({ DATA_DIR: './data', INIT_CWD: '/home/someone/brug' }).dataDir).toBe(
      '/home/someone/brug/data',
    );
  });

  const bad: [string, string, RegExp][] = [
    ['PORT', 'eighty', /PORT/],
    ['PORT', '70000', /PORT/],
    ['DATABASE_URL', 'mysql://db/brug', /DATABASE_URL: must start with postgres/],
    ['SMTP_URL', 'mail.example.org', /SMTP_URL: must start with smtp/],
    ['PUBLIC_URL', 'not a url', /PUBLIC_URL/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
    ['TRUST_PROXY', 'yes', /TRUST_PROXY/],
    ['DATABASE_POOL_SIZE', '0', /DATABASE_POOL_SIZE/],
    ['DATABASE_POOL_SIZE', 'ten', /DATABASE_POOL_SIZE/],
    ['DATABASE_POOL_SIZE', '2.5', /DATABASE_POOL_SIZE/],
    ['DATABASE_POOL_SIZE', '500', /DATABASE_POOL_SIZE/],
  ];
  for (const [name, value, message] of bad) {
    it(`refuses ${name}=${value} with a message naming the variable`, () => {
      expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ [name]: value })).toThrow(message);
    });
  }

  it('opens at most DATABASE_POOL_SIZE connections to a PostgreSQL server', async () => {
    const { env, drop } = await createConfiguredDatabase();
    const database = await openConfiguredDatabase(loadConfig({ ...env, DATABASE_POOL_SIZE: '3' }));
    try {
      if (!database.pool) {
        // The embedded database is one connection in the server's own process: the setting is not used.
        expect(database.kind).toBe('pglite');
        expect((await database.executeSql('select 1 as one')).rows).toEqual([{ one: 1 }]);
        return;
      }
      expect(database.pool.options.max).toBe(3);
      // Eight queries at once: three run, the others wait for a connection.
      const backends = await Promise.all(
        Array.from({ length: 8 }, () =>
          database.executeSql('select pg_backend_pid() as pid, pg_sleep(0.05)'),
        ),
      );
      expect(new Set(backends.map(({ rows }) => rows[0].pid)).size).toBe(3);
    } finally {
      await database.close();
      await drop();
    }
  }, 60_000);

  it('keeps its PostgreSQL connections through a quiet moment longer than ten seconds', async () => {
    const { env, drop } = await createConfiguredDatabase();
    const database = await openConfiguredDatabase(loadConfig({ ...env, DATABASE_POOL_SIZE: '2' }));
    try {
      if (!database.pool) return expect(database.kind).toBe('pglite');
      const backends = async () =>
        new Set(
          (
            await Promise.all(
              Array.from({ length: 4 }, () =>
                database.executeSql('select pg_backend_pid() as pid, pg_sleep(0.05)'),
              ),
            )
          ).map(({ rows }) => rows[0].pid),
        );
      const before = await backends();
      expect(before.size).toBe(2);
      // pg-pool's default closes a connection idle for 10 s; the next request would open a new one.
      await new Promise((r) => setTimeout(r, 10_500));
      expect(database.pool.totalCount).toBe(2);
      expect(await backends()).toEqual(before);
    } finally {
      await database.close();
      await drop();
    }
  }, 60_000);

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: '-1', SMTP_URL: 'x' })).toThrow(/PORT[\s\S]*SMTP_URL/);
  });

  it('stops the server before it opens anything, exit code 2, naming the variable', () => {
    for (const [name, value] of [
      ['PORT', 'eighty'],
      ['DATABASE_URL', 'mysql://db/brug'],
      ['SMTP_URL', 'mail.example.org'],
    ]) {
      const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: SERVER_DIR,
        env: { ...process.env, DATA_DIR: '/nonexistent/brug', [name]: value },
        encoding: 'utf8',
        timeout: 200_000,
      });
      expect(res.status, res.stderr).toBe(2);
      expect(res.stderr).toContain('Invalid configuration');
      expect(res.stderr).toContain(name);
    }
  }, 600_000);
});

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

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
  ];
  for (const [name, value, message] of bad) {
    it(`refuses ${name}=${value} with a message naming the variable`, () => {
      expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ [name]: value })).toThrow(message);
    });
  }

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

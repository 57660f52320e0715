import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfiguredDatabase } from './test-database.ts';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PASSWORD = 'the first admin picks this one 8';

type Server = {
  child: ChildProcess;
  output: () => string;
  url: Promise<string>;
  exited: Promise<number | null>;
};

/** Starts `src/main.ts` as `npm start` does, on a free port; resolves `url` once it listens. */
function startServer(env: Record<string, string>): Server {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SMTP_URL: '',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
  url.catch(() => {});
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, url, exited };
}

async function waitForOutput(server: Server, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
  const start = Date.now();
  for (;;) {
    const m = pattern.exec(server.output());
    if (m) return m;
    if (Date.now() - start > timeoutMs) throw new Error(`no ${pattern} in:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('[FOUNDATION] start, graceful shutdown and restart', { timeout: 240_000 }, () => {
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  const running: Server[] = [];
  beforeAll(async () => {
    ({ env, drop } = await createConfiguredDatabase());
  }, 240_000);
  afterAll(async () => {
    for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    await drop?.();
  });

  it('prints a setup link, drains a request in flight on SIGTERM and exits 0', async () => {
    const server = startServer(env);
    running.push(server);
    const base = await server.url;
    const ready = await fetch(`${base}/api/ready`);
    expect(ready.status).toBe(200);

    const [, token] = await waitForOutput(server, /\/setup\?token=([\w-]+)/);
    const setup = await fetch(`${base}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token,
        email: 'first-admin@example.org',
        displayName: 'Eerste Beheerder',
        password: PASSWORD,
        zoneName: 'PZ Herstart',
      }),
    });
    expect(setup.status).toBe(200);

    if (!env.DATABASE_URL) {
      // The embedded database belongs to one process: a second server on the same folder stops at once.
      const second = startServer({ ...env });
      expect(await second.exited).toBe(3);
      expect(second.output()).toContain('is in use by process');
      expect(second.output()).toContain('DATABASE_URL');
    }

    // A login (argon2 makes it slow enough) is in flight when SIGTERM arrives: it still gets its answer.
    const loginCount = () => server.output().split('"url":"/api/auth/login"').length;
    const before = loginCount();
    const pending = fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first-admin@example.org', password: PASSWORD }),
    });
    const start = Date.now();
    while (loginCount() === before && Date.now() - start < 20_000) await new Promise((r) => setTimeout(r, 5));
    server.child.kill('SIGTERM');
    expect((await pending).status).toBe(200);
    expect(await server.exited, server.output()).toBe(0);
    expect(server.output()).toContain('SIGTERM received: closing');
  });

  it('starts again on the same data: no setup link, the admin logs in', async () => {
    for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGTERM');
    await Promise.all(running.map((s) => s.exited));
    const server = startServer(env);
    running.push(server);
    const base = await server.url;
    expect((await fetch(`${base}/api/ready`)).status).toBe(200);
    const status = await (await fetch(`${base}/api/setup/status`)).json();
    expect(status).toEqual({ needsSetup: false });
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first-admin@example.org', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    expect(((await login.json()) as { zone: { name: string } }).zone.name).toBe('PZ Herstart');
    expect(server.output()).not.toContain('setup?token=');
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  });
});

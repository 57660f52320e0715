/**
 * HAProxy in front of the app servers, as an installation would run it (`apt-get install haproxy`):
 * least connections, keep-alive to the servers, the client's address in X-Forwarded-For, one thread.
 * Started in the foreground on a free port with its own configuration file; a `Child` like the
 * other processes of the benchmark.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Child, superviseOnPort, TMP_DIR } from '../lib.ts';

/** The haproxy program when installed, else undefined. */
export function haproxyVersion(): string | undefined {
  const run = spawnSync('haproxy', ['-v'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return undefined;
  return /HAProxy version (\S+)/.exec(run.stdout)?.[1];
}

export function haproxyConfig(port: number, targets: string[]): string {
  const servers = targets.map((t, i) => `  server app${i} ${new URL(t).host}`);
  return [
    'global',
    '  nbthread 1',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 5s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  option forwardfor',
    '  http-reuse always',
    'frontend front',
    `  bind 127.0.0.1:${port}`,
    '  default_backend app',
    'backend app',
    '  balance leastconn',
    ...servers,
    '',
  ].join('\n');
}

export function startHaproxy(targets: string[]): Child {
  return superviseOnPort('haproxy', '/api/health', (port) => {
    const dir = path.join(TMP_DIR, `haproxy_${port}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'haproxy.cfg');
    writeFileSync(file, haproxyConfig(port, targets));
    return spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  });
}

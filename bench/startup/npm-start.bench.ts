import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Benchmark, freePort, median, ROOT, SERVER_DIR, sleep, startScriptLaunch } from '../lib.ts';

const ROUNDS = 3;
const SERVER_STAMP = path.join(SERVER_DIR, 'dist/.build-stamp');
const UP_TO_DATE = ['Web app up to date', 'Server up to date'];

type Start = { ms: number; output: string };

/** Fills the data folder with a zone and its admin through the command line, as a real installation has. */
function createZone(env: Record<string, string>): void {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', 'user', 'create', '--role', 'admin', '--email', 'start@example.org'],
    {
      cwd: SERVER_DIR,
      env: { ...process.env, DATABASE_URL: '', ...env },
      input: 'Start-bench-password-7319\n',
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`creating a zone failed:\n${result.stdout}${result.stderr}`);
}

function stopGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    // npm, scripts/start.mjs and the server: the whole group, as Ctrl-C in a terminal does.
    process.kill(-child.pid!, signal);
  } catch {}
}

/**
 * Runs a command (the real `npm start` at the root unless told otherwise) until GET /api/ready answers
 * 200, then stops it (SIGTERM to its process group) and waits until the server has let go of the data folder.
 */
async function timeStart(
  env: Record<string, string>,
  command = 'npm',
  args = ['start'],
  extraEnv: Record<string, string> = {},
): Promise<Start> {
  const port = await freePort();
  const began = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      ...extraEnv,
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      SMTP_URL: '',
      PUBLIC_URL: '',
      LOG_LEVEL: 'warn',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`npm start exited (${child.exitCode}):\n${output.slice(-2000)}`);
      if (performance.now() - began > 180_000) throw new Error('npm start: not ready after 180 s');
      const res = await fetch(`http://127.0.0.1:${port}/api/ready`).catch(() => undefined);
      if (res?.status === 200) return { ms: Math.round(performance.now() - began), output };
      await sleep(10);
    }
  } finally {
    stopGroup(child, 'SIGTERM');
    const killer = setTimeout(() => stopGroup(child, 'SIGKILL'), 30_000);
    await exited;
    for (let i = 0; i < 600 && existsSync(path.join(env.DATA_DIR, 'brug.pid')); i++) await sleep(50);
    clearTimeout(killer);
  }
}

/** A restart with nothing changed; tried again (up to 3 times) when someone changed a source meanwhile. */
async function warmStart(env: Record<string, string>): Promise<number> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = await timeStart(env);
    if (UP_TO_DATE.every((line) => start.output.includes(line))) return start.ms;
  }
  throw new Error('npm start rebuilt on every attempt: the sources keep changing');
}

/** A start after a change to the server's sources: the stamp no longer matches, so the bundle is rebuilt. */
async function coldStart(env: Record<string, string>): Promise<number> {
  writeFileSync(SERVER_STAMP, 'changed\n');
  const start = await timeStart(env);
  if (start.output.includes('Server up to date')) throw new Error('npm start did not rebuild the server');
  return start.ms;
}

/** The server bundle alone, started with the environment and options of the server's `start` script. */
async function bundleAlone(env: Record<string, string>): Promise<number> {
  const launch = startScriptLaunch();
  const entry = path.join(SERVER_DIR, 'dist/main.js');
  return (await timeStart(env, process.execPath, [...launch.nodeArgs, entry], launch.env)).ms;
}

function bareNode(): number {
  const began = performance.now();
  spawnSync(process.execPath, ['-e', '']);
  return Math.round(performance.now() - began);
}

export const startupNpmStart: Benchmark = {
  module: 'startup',
  name: '`npm start` to ready on a data folder holding a zone',
  async run(ctx) {
    // Only the embedded database: `npm start` with no set-up is the case a restart must keep short.
    if (ctx.kind !== 'pglite') return [];
    const env = ctx.databaseEnv;
    ctx.log('creating a zone');
    createZone(env);
    ctx.log('first start: brings the builds up to date');
    await timeStart(env);

    const loadBefore = os.loadavg()[0];
    const cold: number[] = [];
    const warm: number[] = [];
    const bundle: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      cold.push(await coldStart(env));
      warm.push(await warmStart(env));
      bundle.push(await bundleAlone(env));
      floor.push(bareNode());
      ctx.log(
        `round ${round + 1}: cold ${cold[round]} ms, warm ${warm[round]} ms, bundle alone ${bundle[round]} ms, node -e '' ${floor[round]} ms`,
      );
    }
    const loadAfter = os.loadavg()[0];
    const bare = median(floor);
    return [
      {
        name: `restart with nothing changed, to first 200 from /api/ready (ms, median of ${ROUNDS})`,
        value: median(warm),
        unit: 'ms',
        floor: bare,
        target: '< 3000 ms',
        pass: median(warm) < 3000,
      },
      {
        name: `start after a change to the server's sources: bundle rebuilt (ms, median of ${ROUNDS})`,
        value: median(cold),
        unit: 'ms',
        floor: bare,
        target: "(no target: the web app's build, when its sources changed, adds 10–20 s)",
      },
      {
        name: "the server bundle alone, as the server's start script runs it (ms, median of the same rounds)",
        value: median(bundle),
        unit: 'ms',
        floor: bare,
        target: '(no target: what `npm start` adds is the difference)',
      },
      { name: "bare `node -e ''` (ms, median of the same rounds)", value: bare, unit: 'ms' },
      {
        name: `load average (1 min) before / after the rounds, ${os.cpus().length} cores`,
        value: Math.round(loadBefore * 10) / 10,
        unit: `/ ${Math.round(loadAfter * 10) / 10}`,
      },
    ];
  },
};

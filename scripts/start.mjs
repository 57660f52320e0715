#!/usr/bin/env node
// `npm start`: builds the web app and the server bundle only when what they are built from changed since
// their last build (scripts/build-stamp.mjs), then runs the bundle with node directly, the way the
// server's own `start` script does (its environment and node options are read from it, so the two
// cannot drift). No npm process in between: a restart with nothing changed costs one node start and
// two hashes (about 50 ms) before the server itself starts.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildIfChanged, ROOT, SERVER_BUILD, WEB_BUILD } from './build-stamp.mjs';

const SERVER_DIR = path.join(ROOT, 'apps/server');

/** The environment assignments before `node` and the options between `node` and the entry. */
function startScriptLaunch() {
  const pkg = JSON.parse(readFileSync(path.join(SERVER_DIR, 'package.json'), 'utf8'));
  const words = String(pkg.scripts.start).split(/\s+/);
  const node = words.indexOf('node');
  const env = Object.fromEntries(words.slice(0, node).map((w) => w.split('=')));
  const nodeArgs = words.slice(node + 1).filter((w) => w.startsWith('--'));
  const entry = words.slice(node + 1).find((w) => !w.startsWith('--'));
  return { env, nodeArgs, entry: path.join(SERVER_DIR, entry) };
}

const force = process.argv.includes('--force');
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'inherit' });

async function buildIfChangedSaying(target, build) {
  if (!(await buildIfChanged(ROOT, target, build, { force })))
    console.log(`${target.name} up to date: not rebuilt.`);
}
await buildIfChangedSaying(WEB_BUILD, () => run('npm', ['run', 'build', '-w', '@brug/web'], ROOT));
await buildIfChangedSaying(SERVER_BUILD, () => run(process.execPath, ['build.mjs'], SERVER_DIR));

const launch = startScriptLaunch();
const server = spawn(process.execPath, [...launch.nodeArgs, launch.entry], {
  // DATA_DIR and the other relative paths are resolved against the folder npm was started in.
  env: { ...process.env, INIT_CWD: process.env.INIT_CWD ?? process.cwd(), ...launch.env },
  stdio: 'inherit',
});
// Ctrl-C reaches the server as well (same process group); a signal sent to this process alone is passed
// on. Either way this process waits for the server to close and ends the way it ended.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else process.exit(code ?? 1);
});

#!/usr/bin/env node
// `npm run demo` rebuilds the web app only when what it is built from changed since the last build
// (the stamp in apps/web/dist, scripts/build-stamp.mjs); `npm start` does the same in scripts/start.mjs.
import { execFileSync } from 'node:child_process';
import { buildIfChanged, ROOT, WEB_BUILD } from './build-stamp.mjs';

const built = await buildIfChanged(
  ROOT,
  WEB_BUILD,
  () => execFileSync('npm', ['run', 'build', '-w', '@brug/web'], { cwd: ROOT, stdio: 'inherit' }),
  { force: process.argv.includes('--force') },
);
if (!built) console.log('Web app up to date: not rebuilt.');

#!/usr/bin/env node
// `npm start` and `npm run demo` rebuild the web app only when what it is built from changed since
// the last build: its sources, the packages it bundles and the lockfile. The stamp (a sha256 over
// those files) is written into apps/web/dist after a build; a restart with nothing changed is ready
// in seconds instead of rebuilding for about 20.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INPUTS = [
  'apps/web/src',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'packages/domain/src',
  'packages/domain/package.json',
  'packages/vault-crypto/src',
  'package-lock.json',
];
const STAMP = path.join(root, 'apps/web/dist/.build-stamp');

function files(rel) {
  const full = path.join(root, rel);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [rel];
  return readdirSync(full, { withFileTypes: true }).flatMap((e) =>
    e.name === 'node_modules' ? [] : files(path.join(rel, e.name)),
  );
}

export function sourceStamp() {
  const hash = createHash('sha256');
  for (const rel of INPUTS.flatMap(files).sort())
    hash.update(`${rel}\n`).update(readFileSync(path.join(root, rel)));
  return hash.digest('hex');
}

const stamp = sourceStamp();
const built =
  existsSync(STAMP) && existsSync(path.join(root, 'apps/web/dist/index.html'))
    ? readFileSync(STAMP, 'utf8').trim()
    : '';
if (built === stamp && !process.argv.includes('--force')) {
  console.log('Web app up to date: not rebuilt.');
} else {
  execFileSync('npm', ['run', 'build', '-w', '@brug/web'], { cwd: root, stdio: 'inherit' });
  writeFileSync(STAMP, `${stamp}\n`);
}

// Whether a build is still current: a sha256 over the files it is built from (the stamp), written beside
// the build's output. `npm start` and `npm run demo` build the web app and the server bundle only when
// their stamp changed, so that a restart with nothing changed skips both builds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the web app is built from: its sources, the packages it bundles and the lockfile. */
export const WEB_BUILD = {
  name: 'Web app',
  inputs: [
    'apps/web/src',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'apps/web/postcss.config.cjs',
    'apps/web/package.json',
    'packages/domain/src',
    'packages/domain/package.json',
    'packages/vault-crypto/src',
    'packages/vault-crypto/package.json',
    'package-lock.json',
  ],
  stampFile: 'apps/web/dist/.build-stamp',
  outputs: ['apps/web/dist/index.html'],
};

/** What the server bundle is built from: its sources, the workspaces it bundles, its build and the lockfile. */
export const SERVER_BUILD = {
  name: 'Server',
  inputs: [
    'apps/server/src',
    'apps/server/build.mjs',
    'apps/server/package.json',
    'packages/domain/src',
    'packages/domain/package.json',
    'packages/db/src',
    'packages/db/package.json',
    'packages/vault-crypto/src',
    'packages/vault-crypto/package.json',
    'package-lock.json',
  ],
  stampFile: 'apps/server/dist/.build-stamp',
  outputs: ['apps/server/dist/main.js'],
};

// Tests are not part of a build: editing one must not cost a rebuild.
const SKIPPED = /(^|\/)(node_modules|dist)$|\.test\.tsx?$/;

function listFiles(root, rel) {
  const full = path.join(root, rel);
  if (!existsSync(full) || SKIPPED.test(rel)) return [];
  if (statSync(full).isFile()) return [rel];
  return readdirSync(full).flatMap((name) => listFiles(root, path.posix.join(rel, name)));
}

/** sha256 over the names and contents of the input files (folders read recursively), in a fixed order. */
export function sourceStamp(root, inputs) {
  const hash = createHash('sha256');
  for (const rel of inputs.flatMap((input) => listFiles(root, input)).sort())
    hash.update(`${rel}\n`).update(readFileSync(path.join(root, rel)));
  return hash.digest('hex');
}

/** The stamp the last build wrote, or '' when it is missing or an output of the build is. */
export function builtStamp(root, target) {
  const file = path.join(root, target.stampFile);
  if (!existsSync(file) || !target.outputs.every((out) => existsSync(path.join(root, out)))) return '';
  return readFileSync(file, 'utf8').trim();
}

/**
 * Builds `target` when its sources changed since the last build (or `force`), then writes the stamp taken
 * before the build: a file edited during the build leaves the stamp behind, and the next start builds again.
 * Returns whether it built.
 */
export async function buildIfChanged(root, target, build, { force = false } = {}) {
  const stamp = sourceStamp(root, target.inputs);
  if (!force && builtStamp(root, target) === stamp) return false;
  await build();
  writeStamp(root, target, stamp);
  return true;
}

export function writeStamp(root, target, stamp) {
  const file = path.join(root, target.stampFile);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${stamp}\n`);
}

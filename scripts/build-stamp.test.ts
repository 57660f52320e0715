import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIfChanged } from './build-stamp.mjs';

const target = {
  name: 'Example',
  inputs: ['app/src', 'app/package.json', 'package-lock.json'],
  stampFile: 'app/dist/.build-stamp',
  outputs: ['app/dist/main.js'],
};

describe('npm start builds only what changed', () => {
  let root: string;
  let builds: number;
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  const build = () => {
    builds++;
    write('app/dist/main.js', `build ${builds}`);
  };
  const start = (force = false) => buildIfChanged(root, target, build, { force });

  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'brug-stamp-'));
    builds = 0;
    write('app/src/main.ts', 'export const a = 1;');
    write('app/src/nested/deep.ts', 'export const b = 2;');
    write('app/package.json', '{}');
    write('package-lock.json', '{}');
    expect(await start()).toBe(true);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('does not build again when nothing changed', async () => {
    expect(await start()).toBe(false);
    expect(await start()).toBe(false);
    expect(builds).toBe(1);
  });

  it('builds again when a source changes, a file is added or the lockfile changes', async () => {
    write('app/src/nested/deep.ts', 'export const b = 3;');
    expect(await start()).toBe(true);
    expect(await start()).toBe(false);
    write('app/src/new-module.ts', 'export const c = 4;');
    expect(await start()).toBe(true);
    write('package-lock.json', '{"lockfileVersion":3}');
    expect(await start()).toBe(true);
    expect(builds).toBe(4);
  });

  it('builds again when a file is removed or renamed', async () => {
    rmSync(path.join(root, 'app/src/nested/deep.ts'));
    write('app/src/nested/renamed.ts', 'export const b = 2;');
    expect(await start()).toBe(true);
    rmSync(path.join(root, 'app/src/nested/renamed.ts'));
    expect(await start()).toBe(true);
    expect(builds).toBe(3);
  });

  it('builds again when the output is missing, and when forced', async () => {
    rmSync(path.join(root, 'app/dist/main.js'));
    expect(await start()).toBe(true);
    expect(await start(true)).toBe(true);
    expect(builds).toBe(3);
  });

  it('ignores tests and installed packages beside the sources', async () => {
    write('app/src/main.test.ts', 'it("x", () => {});');
    write('app/src/node_modules/dep/index.js', 'module.exports = 1;');
    expect(await start()).toBe(false);
    expect(builds).toBe(1);
  });

  it('builds again on the next start when a build failed', async () => {
    write('app/src/main.ts', 'export const a = 2;');
    const failing = () => {
      throw new Error('syntax error');
    };
    await expect(buildIfChanged(root, target, failing)).rejects.toThrow('syntax error');
    expect(await start()).toBe(true);
    expect(builds).toBe(2);
  });
});

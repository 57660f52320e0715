import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printWebBundle } from '../cli.ts';
import { digestWebBundle, inlineScriptHashes } from './web-bundle.ts';

function bundle(entry: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'brug-web-'));
  mkdirSync(path.join(dir, 'assets'));
  const map = '{"integrity":{"/assets/a.js":"sha384-abc"}}';
  writeFileSync(
    path.join(dir, 'index.html'),
    `<html><head><script type="importmap">${map}</script><script type="module" src="/assets/index.js" integrity="sha384-x"></script></head></html>`,
  );
  writeFileSync(path.join(dir, 'assets', 'index.js'), entry);
  return { dir, map };
}

describe('[FOUNDATION] the web bundle the bureau can check', () => {
  it('is pinned by one digest over a sha256sum listing of every file; a changed file changes it', () => {
    const a = bundle('console.log(1)');
    const digest = digestWebBundle(a.dir)!;
    expect(digest.files.map((f) => f.path)).toEqual(['assets/index.js', 'index.html']);
    const listing = digest.files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
    expect(digest.digest).toBe(createHash('sha256').update(listing).digest('hex'));
    expect(digestWebBundle(bundle('console.log(1)').dir)!.digest).toBe(digest.digest);
    expect(digestWebBundle(bundle('console.log(2)').dir)!.digest).not.toBe(digest.digest);
    expect(digestWebBundle(path.join(a.dir, 'missing'))).toBeNull();
  });

  it('allows the inline import map of integrity hashes by its own hash, nothing else inline', () => {
    const { dir, map } = bundle('x');
    expect(inlineScriptHashes(dir)).toEqual([
      `'sha256-${createHash('sha256').update(map).digest('base64')}'`,
    ]);
  });

  it('is printed by `brug web-bundle` as a sha256sum listing and the digest; no build is a clear error', () => {
    const { dir } = bundle('console.log(3)');
    const out: string[] = [];
    expect(printWebBundle({ out: (l) => out.push(l), err: () => {} }, dir)).toBe(0);
    const digest = digestWebBundle(dir)!;
    expect(out).toEqual([
      ...digest.files.map((f) => `${f.sha256}  ${f.path}`),
      `\nweb bundle sha256: ${digest.digest}`,
    ]);
    const err: string[] = [];
    expect(printWebBundle({ out: () => {}, err: (l) => err.push(l) }, path.join(dir, 'nothing'))).toBe(1);
    expect(err[0]).toContain('npm run build:web');
  });
});

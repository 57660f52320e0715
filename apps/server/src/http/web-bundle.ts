import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The web app as served, pinned by one digest: sha256 over the `sha256sum` listing of every file in
 * the built folder. The research bureau compares it with the digest of the release it trusts
 * (`npm run brug -- web-bundle`, the vault page): the code that opens the vault is this code.
 */
export type WebBundle = { digest: string; files: { path: string; sha256: string }[] };

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else if (entry.isFile() && !entry.name.startsWith('.')) out.push(rel);
  }
  return out;
}

export function digestWebBundle(dir: string): WebBundle | null {
  if (!existsSync(path.join(dir, 'index.html'))) return null;
  const files = listFiles(dir)
    .sort()
    .map((rel) => ({
      path: rel,
      sha256: createHash('sha256')
        .update(readFileSync(path.join(dir, rel)))
        .digest('hex'),
    }));
  const listing = files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
  return { digest: createHash('sha256').update(listing).digest('hex'), files };
}

/**
 * CSP sources for the page's inline scripts: only the import map that carries the integrity hashes
 * of the lazy chunks is inline, and it is allowed by its own hash, nothing else inline runs.
 */
export function inlineScriptHashes(dir: string): string[] {
  const file = path.join(dir, 'index.html');
  if (!existsSync(file)) return [];
  const html = readFileSync(file, 'utf8');
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)) {
    hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

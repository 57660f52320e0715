import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import sri from 'vite-plugin-sri-gen';
import { ROOT, sourceStamp, WEB_BUILD, writeStamp } from '../../scripts/build-stamp.mjs';

/**
 * Writes into dist the stamp of the sources this build was made from (taken as it starts), whoever runs
 * the build: `npm start` then skips the build while the sources stay the same (scripts/start.mjs).
 */
function buildStamp(): Plugin {
  let stamp = '';
  return {
    name: 'brug-build-stamp',
    apply: 'build',
    buildStart() {
      stamp = sourceStamp(ROOT, WEB_BUILD.inputs);
    },
    // After a successful write only: a failed build leaves the stamp of the build before it.
    writeBundle() {
      writeStamp(ROOT, WEB_BUILD, stamp);
    },
  };
}

/** The theme worker checks the word vectors it fetches against this hash (themes.worker.ts). */
const wordVectors = readFileSync(createRequire(import.meta.url).resolve('@brug/domain/word-vectors.bin'));
const wordVectorsIntegrity = `sha384-${createHash('sha384').update(wordVectors).digest('base64')}`;

export default defineConfig({
  define: { __WORD_VECTORS_INTEGRITY__: JSON.stringify(wordVectorsIntegrity) },
  // Subresource Integrity: every script, stylesheet and lazy chunk carries its sha384 (the lazy ones
  // through an import map whose own hash the server allows in its Content-Security-Policy), so a
  // changed file on the way or on a cache is refused by the browser (vault README, "served code").
  plugins: [react(), sri({ algorithm: 'sha384', crossorigin: 'anonymous' }), buildStamp()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Module pages are lazy chunks; the entry holds the shell only.
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});

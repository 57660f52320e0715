import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import sri from 'vite-plugin-sri-gen';

export default defineConfig({
  // Subresource Integrity: every script, stylesheet and lazy chunk carries its sha384 (the lazy ones
  // through an import map whose own hash the server allows in its Content-Security-Policy), so a
  // changed file on the way or on a cache is refused by the browser (vault README, "served code").
  plugins: [react(), sri({ algorithm: 'sha384', crossorigin: 'anonymous' })],
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

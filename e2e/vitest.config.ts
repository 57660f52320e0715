import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.spec.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // A journey that fails is run once more and reported as flaky; one that fails twice fails the suite.
    retry: 1,
    // Each spec file runs its own server and browser; one at a time keeps a 2-core machine responsive.
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});

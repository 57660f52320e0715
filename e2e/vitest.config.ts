import { defineConfig } from 'vitest/config';
import LongestFirst from '../scripts/longest-first.ts';

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
    // Each spec file runs its own server (own port, data folder and mailbox) and browser, so files
    // run side by side: two at a time by default, which on 2 cores cuts the run by about a third
    // while a journey's page still answers well within its waits. E2E_WORKERS=1 runs them in turn.
    pool: 'forks',
    maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
    fileParallelism: true,
    // The longest files of the last recorded run start first (test-durations.json).
    sequence: { sequencer: LongestFirst },
  },
});

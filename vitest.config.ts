import { defineConfig } from 'vitest/config';
import LongestFirst from './scripts/longest-first.ts';

export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', 'e2e/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        // The server's files share their worker's modules (`isolate: false`): a worker imports the
        // server once instead of once per file, which took about half of each API file's CPU. Each
        // file still builds its own app on its own database (test/helpers.ts). Run first.
        extends: true,
        test: { name: 'server', include: ['apps/server/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/web/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

// Bundles the server into dist/main.js so that a start loads one file instead of transpiling
// every module: the cold start stays short. npm packages stay external; our workspaces are bundled.
// Writes the stamp that `npm start` compares to skip the build when nothing changed (scripts/start.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildIfChanged, ROOT, SERVER_BUILD } from '../../scripts/build-stamp.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.join(here, 'dist');

await buildIfChanged(
  ROOT,
  SERVER_BUILD,
  async () => {
    await build({
      absWorkingDir: here,
      entryPoints: { main: 'src/main.ts' },
      outdir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: true,
      logLevel: 'warning',
      plugins: [
        {
          name: 'external-packages',
          setup(b) {
            b.onResolve({ filter: /^[^./]/ }, (args) =>
              args.path.startsWith('@brug/') ? undefined : { path: args.path, external: true },
            );
          },
        },
      ],
    });
  },
  { force: true },
);

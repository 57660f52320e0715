// Bundles the server into dist/main.js so that a start loads one file instead of transpiling
// every module: the cold start stays short. npm packages stay external; our workspaces are bundled.
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
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

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zoneWithOpenVault } from '../../apps/server/src/modules/vault/test-support.ts';
import { buildTestApp } from '../../apps/server/test/helpers.ts';
import { runInChromium } from '../browser.ts';
import type { Benchmark, BenchRow } from '../lib.ts';
import { type ImportWork, measureImportWork } from './import-work.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const round = (n: number) => Math.round(n * 10) / 10;

function rows(place: string, r: ImportWork): BenchRow[] {
  return [
    { name: `${place}: read the .qdpx (unzip, XML, positions)`, value: round(r.read), unit: 'ms' },
    { name: `${place}: plan the merge`, value: round(r.plan), unit: 'ms' },
    { name: `${place}: seal every field`, value: round(r.seal), unit: 'ms' },
    {
      name: `${place}: browser's share in all`,
      value: round(r.read + r.plan + r.seal),
      unit: 'ms',
      target: '< 10 s',
      pass: r.read + r.plan + r.seal < 10_000,
    },
  ];
}

/**
 * A 300-code REFI-QDA project (40 sources of 2,000 words, 3,000 coded passages, 60 memos, 10 sets):
 * the browser's work in Chromium beside the same module in Node, then the server's one transaction
 * that stores the sealed rows, on the database of the run.
 */
export const refiQdaImport: Benchmark = {
  module: 'refi-qda',
  name: 'Import of a 300-code REFI-QDA project: browser work in Chromium beside Node, then the sealed import',
  async run(ctx) {
    const chromium = await runInChromium<ImportWork>(path.join(here, 'import-work.ts'), 'measureImportWork');
    if (ctx.kind === 'postgres')
      process.env.TEST_DATABASE_URL =
        process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    else delete process.env.TEST_DATABASE_URL;
    const t = await buildTestApp();
    try {
      const z = await zoneWithOpenVault(t);
      const node = await measureImportWork(z.vault);
      const t0 = performance.now();
      const res = await z.researcher.post(
        '/api/analysis/refi-qda/import',
        node.body as Record<string, unknown>,
      );
      const server = performance.now() - t0;
      if (res.statusCode !== 201) throw new Error(`import: ${res.statusCode} ${res.body.slice(0, 300)}`);
      ctx.log(
        `refi-qda: ${JSON.stringify(node.counts)}; file ${(node.fileBytes / 1024).toFixed(0)} KiB, sealed body ${(node.bodyBytes / 1024 / 1024).toFixed(1)} MiB`,
      );
      return [
        ...rows('Chromium', chromium),
        ...rows('Node', node),
        {
          name: `server: store ${node.counts.codes} codes, ${node.counts.documents} sources, ${node.counts.codings} passages, ${node.counts.memos} memos, ${node.counts.sets} sets in one transaction (request to answer)`,
          value: Math.round(server),
          unit: 'ms',
          target: '< 10 s',
          pass: server < 10_000,
        },
      ];
    } finally {
      await t.close();
    }
  },
};

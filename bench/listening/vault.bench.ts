import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInChromium } from '../browser.ts';
import type { Benchmark, BenchRow } from '../lib.ts';
import { measureVaultWork, type VaultWork } from './vault-work.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const round = (n: number) => Math.round(n * 100) / 100;

function rows(place: string, r: VaultWork): BenchRow[] {
  const kdf = `argon2id ${r.params.memoryKiB / 1024} MiB × ${r.params.iterations}`;
  return [
    {
      name: `${place}: seal a 20,000-word transcript (median)`,
      value: round(r.seal),
      unit: 'ms',
      target: '< 20 ms',
      pass: r.seal < 20,
    },
    {
      name: `${place}: open a 20,000-word transcript (median)`,
      value: round(r.open),
      unit: 'ms',
      target: '< 20 ms',
      pass: r.open < 20,
    },
    {
      name: `${place}: open the vault, ${kdf} (median of 5)`,
      value: Math.round(r.unlock),
      unit: 'ms',
      target: '< 3 s',
      pass: r.unlock < 3000,
    },
  ];
}

/**
 * The vault's cost for a person, where it now runs: in the researcher's browser (Chromium), beside the
 * same module in Node in the same run. No database: the same figures on both.
 */
export const listeningVault: Benchmark = {
  module: 'listening',
  name: 'Vault in the browser: 20,000-word transcript and opening the vault, Chromium beside Node',
  async run(ctx) {
    const node = await measureVaultWork();
    const chromium = await runInChromium<VaultWork>(path.join(here, 'vault-work.ts'), 'measureVaultWork');
    ctx.log(`listening: transcript ${(node.bytes / 1024).toFixed(0)} KiB`);
    return [
      ...rows('Chromium', chromium),
      ...rows('Node', node),
      {
        name: 'open the vault, Chromium / Node',
        value: round(chromium.unlock / node.unlock),
        unit: '×',
      },
    ];
  },
};

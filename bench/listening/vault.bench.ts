import type { Benchmark } from '../lib.ts';
import { measureVault } from './vault.ts';

/** The vault's cost for a person: sealing a long transcript, and opening the vault on purpose slowly. */
export const listeningVault: Benchmark = {
  module: 'listening',
  name: 'Vault: 20,000-word transcript and key derivation (pure, no I/O)',
  async run(ctx) {
    const r = await measureVault();
    ctx.log(`listening: transcript ${(r.bytes / 1024).toFixed(0)} KiB`);
    const round = (n: number) => Math.round(n * 100) / 100;
    return [
      {
        name: 'encrypt a 20,000-word transcript (median)',
        value: round(r.encrypt.median),
        unit: 'ms',
        target: '< 20 ms',
        pass: r.encrypt.median < 20,
      },
      {
        name: 'decrypt a 20,000-word transcript (median)',
        value: round(r.decrypt.median),
        unit: 'ms',
        target: '< 20 ms',
        pass: r.decrypt.median < 20,
      },
      {
        name: 'encrypt a 20,000-word transcript, CPU time (median)',
        value: round(r.encryptCpu.median),
        unit: 'ms',
        target: '< 20 ms',
        pass: r.encryptCpu.median < 20,
      },
      {
        name: `open the vault: argon2id ${r.params.memoryKiB / 1024} MiB × ${r.params.iterations}, CPU time = time on an idle core (median of 5)`,
        value: Math.round(r.unlockCpu.median),
        unit: 'ms',
        target: '250 ms – 1 s',
        pass: r.unlockCpu.median >= 250 && r.unlockCpu.median <= 1000,
      },
      {
        name: `open the vault: argon2id ${r.params.memoryKiB / 1024} MiB × ${r.params.iterations} wall clock on this machine now (median of 5)`,
        value: Math.round(r.unlock.median),
        unit: 'ms',
        target: '250 ms – 1 s',
        pass: r.unlock.median >= 250 && r.unlock.median <= 1000,
      },
    ];
  },
};

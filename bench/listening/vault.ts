import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  deriveKeyFromPassphrase,
  generateKey,
  KDF_DEFAULTS,
  newKdfParams,
  openText,
  seal,
  unwrapKey,
  wrapKey,
} from '../../apps/server/src/modules/vault/crypto.ts';

const WORDS =
  'de politie luisterde naar ons jongeren wijk vertrouwen controle buurt gesprek samen respect straat school'.split(
    ' ',
  );

/** A rich-text transcript of `n` words, as the editor stores it (HTML paragraphs of 100 words). */
export function transcript(n: number): string {
  const paras: string[] = [];
  for (let i = 0; i < n; i += 100) {
    const words = Array.from({ length: Math.min(100, n - i) }, (_, j) => WORDS[(i + j * 7) % WORDS.length]);
    paras.push(`<p><strong>B-07:</strong> ${words.join(' ')}.</p>`);
  }
  return paras.join('\n');
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return {
    median: s[Math.floor(s.length / 2)],
    p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))],
    max: s.at(-1)!,
  };
}

export async function measureVault(runs = { cipher: 30, kdf: 5 }) {
  const text = transcript(20_000);
  const subKey = generateKey();
  const enc: number[] = [];
  const dec: number[] = [];
  const encCpu: number[] = [];
  let sealed = '';
  for (let i = 0; i < runs.cipher + 3; i++) {
    const c0 = process.cpuUsage();
    let t0 = performance.now();
    sealed = seal(subKey, text, 'interview:bench:notes');
    const e = performance.now() - t0;
    const c = process.cpuUsage(c0);
    t0 = performance.now();
    const back = openText(subKey, sealed, 'interview:bench:notes');
    const d = performance.now() - t0;
    if (back.length !== text.length) throw new Error('round trip failed');
    if (i >= 3) {
      enc.push(e);
      dec.push(d);
      encCpu.push((c.user + c.system) / 1000);
    }
  }
  const kdf: number[] = [];
  const kdfCpu: number[] = [];
  const dataKey = generateKey();
  for (let i = 0; i < runs.kdf; i++) {
    const params = newKdfParams();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    // Opening the vault: derive the key from the passphrase, unwrap the data key.
    const kek = await deriveKeyFromPassphrase('een lange kluiszin van de onderzoeker', params);
    const wrapped = wrapKey(kek, dataKey, 'bench');
    unwrapKey(kek, wrapped, 'bench');
    kdf.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    kdfCpu.push((c.user + c.system) / 1000);
  }
  return {
    bytes: Buffer.byteLength(text),
    encrypt: stats(enc),
    encryptCpu: stats(encCpu),
    decrypt: stats(dec),
    unlock: stats(kdf),
    /** CPU time of the derivation: what it costs on an idle core, whatever else the machine is doing. */
    unlockCpu: stats(kdfCpu),
    params: KDF_DEFAULTS,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await measureVault();
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(`transcript: 20,000 words, ${(r.bytes / 1024).toFixed(0)} KiB of HTML`);
  console.log(
    `encrypt (AES-256-GCM): median ${ms(r.encrypt.median)}, p95 ${ms(r.encrypt.p95)}, max ${ms(r.encrypt.max)}`,
  );
  console.log(`decrypt: median ${ms(r.decrypt.median)}, p95 ${ms(r.decrypt.p95)}, max ${ms(r.decrypt.max)}`);
  console.log(`encrypt CPU time: median ${ms(r.encryptCpu.median)}`);
  console.log(`open the vault CPU time: median ${ms(r.unlockCpu.median)}, max ${ms(r.unlockCpu.max)}`);
  console.log(
    `open the vault (argon2id ${r.params.memoryKiB / 1024} MiB, ${r.params.iterations} passes): median ${ms(r.unlock.median)}, max ${ms(r.unlock.max)}`,
  );
}

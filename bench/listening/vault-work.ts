/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import {
  deriveBytesFromPassphrase,
  generateKey,
  KDF_DEFAULTS,
  newKdfParams,
  openText,
  seal,
} from '@brug/vault-crypto';

/**
 * The vault's work for a person, written once for both places it runs: Node and the researcher's
 * browser (bench/browser.ts loads this file into Chromium).
 */
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export type VaultWork = {
  bytes: number;
  seal: number;
  open: number;
  unlock: number;
  params: typeof KDF_DEFAULTS;
};

export async function measureVaultWork(runs = { cipher: 30, kdf: 5 }): Promise<VaultWork> {
  const text = transcript(20_000);
  const key = await generateKey();
  const enc: number[] = [];
  const dec: number[] = [];
  for (let i = 0; i < runs.cipher + 3; i++) {
    let t0 = performance.now();
    const sealed = await seal(key, text, 'interview:bench:notes');
    const e = performance.now() - t0;
    t0 = performance.now();
    const back = await openText(key, sealed, 'interview:bench:notes');
    const d = performance.now() - t0;
    if (back.length !== text.length) throw new Error('round trip failed');
    if (i >= 3) {
      enc.push(e);
      dec.push(d);
    }
  }
  const kdf: number[] = [];
  for (let i = 0; i < runs.kdf; i++) {
    const t0 = performance.now();
    await deriveBytesFromPassphrase('een lange kluiszin van de onderzoeker', newKdfParams());
    kdf.push(performance.now() - t0);
  }
  return {
    bytes: new TextEncoder().encode(text).length,
    seal: median(enc),
    open: median(dec),
    unlock: median(kdf),
    params: KDF_DEFAULTS,
  };
}

if (typeof window !== 'undefined')
  (window as unknown as { measureVaultWork: typeof measureVaultWork }).measureVaultWork = measureVaultWork;

/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { suggestThemes } from '../../packages/domain/src/analysis/themes.ts';
import { parseWordVectors, type WordVectors } from '../../packages/domain/src/analysis/vectors.ts';
import { generateLongTexts } from '../../packages/domain/test-data/generate-themes-nl.ts';

/**
 * Theme suggestions where they now run: in a Web Worker of the researcher's page. The same file is
 * the page's script and the worker's (bench/browser.ts serves it as /bench.js); in Node it runs as is.
 */
export type ThemesWork = { passages: number; seconds: number; themes: number };

export function themesOn(passages: number, wordVectors?: WordVectors): ThemesWork {
  const texts = generateLongTexts(passages).map((t) => ({ id: t.id, text: t.text }));
  const t0 = performance.now();
  const result = suggestThemes(texts, { wordVectors });
  return { passages, seconds: (performance.now() - t0) / 1000, themes: result.themes.length };
}

const inWorker = typeof window === 'undefined' && typeof self !== 'undefined';
if (inWorker) {
  // The word vectors as the app's theme worker reads them: fetched from the page's server.
  self.onmessage = async (event: MessageEvent<{ passages: number }>) => {
    const bytes = await (await fetch('/word-vectors.bin')).arrayBuffer();
    self.postMessage(themesOn(event.data.passages, parseWordVectors(new Uint8Array(bytes))));
  };
} else if (typeof window !== 'undefined') {
  (window as unknown as { themesInWorker: (n: number) => Promise<ThemesWork> }).themesInWorker = (n) =>
    new Promise((resolve, reject) => {
      const worker = new Worker('/bench.js', { type: 'module' });
      worker.onmessage = (event) => {
        worker.terminate();
        resolve(event.data);
      };
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage({ passages: n });
    });
}

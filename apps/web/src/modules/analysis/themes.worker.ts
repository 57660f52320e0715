import { suggestThemesAsync } from '@brug/domain/analysis/themes';
import { parseWordVectors, type WordVectors } from '@brug/domain/analysis/vectors';
import vectorsUrl from '@brug/domain/word-vectors.bin?url';

/** The sha384 of the word-vector file, written in by the build (vite.config.ts). */
declare const __WORD_VECTORS_INTEGRITY__: string;

/**
 * The word vectors the engine shares across languages, a file Brug serves itself (never a third
 * party's), checked against the hash the build wrote into this script. Read once per worker; if it
 * cannot be read, themes are suggested from the words alone, and the result says so (`wordsOnly`).
 */
let vectors: Promise<WordVectors | undefined> | null = null;
function readWordVectors(): Promise<WordVectors | undefined> {
  vectors ??= fetch(vectorsUrl, { integrity: __WORD_VECTORS_INTEGRITY__ })
    .then((res) => {
      if (!res.ok) throw new Error(`word vectors: ${res.status}`);
      return res.arrayBuffer();
    })
    .then((bytes) => parseWordVectors(new Uint8Array(bytes)))
    .catch((err: Error) => {
      console.warn('Theme suggestions without word vectors:', err.message);
      return undefined;
    });
  return vectors;
}

/**
 * Theme suggestions off the main thread, on passages the page opened itself: the words never leave
 * the browser. Progress goes back as shares between 0 and 1, then the result.
 */
self.onmessage = async (
  event: MessageEvent<{ passages: { id: string; text: string }[]; k?: number; language?: string }>,
) => {
  try {
    let last = -1;
    const wordVectors = await readWordVectors();
    const result = await suggestThemesAsync(event.data.passages, {
      k: event.data.k,
      language: (['nl', 'fr', 'en'].includes(event.data.language ?? '')
        ? event.data.language
        : undefined) as never,
      wordVectors,
      onProgress: (share: number) => {
        const pct = Math.floor(share * 100);
        if (pct !== last) {
          last = pct;
          self.postMessage({ progress: share });
        }
      },
    });
    self.postMessage({
      result: { themes: result.themes, assignments: result.assignments, wordsOnly: !wordVectors },
    });
  } catch (err) {
    self.postMessage({ error: (err as Error).name });
  }
};

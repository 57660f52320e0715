import { suggestThemesAsync } from '@brug/domain/analysis/themes';

/**
 * Theme suggestions off the main thread, on passages the page opened itself: the words never leave
 * the browser. Progress goes back as shares between 0 and 1, then the result.
 */
self.onmessage = async (
  event: MessageEvent<{ passages: { id: string; text: string }[]; k?: number; language?: string }>,
) => {
  try {
    let last = -1;
    const result = await suggestThemesAsync(event.data.passages, {
      k: event.data.k,
      language: (['nl', 'fr', 'en'].includes(event.data.language ?? '')
        ? event.data.language
        : undefined) as never,
      onProgress: (share: number) => {
        const pct = Math.floor(share * 100);
        if (pct !== last) {
          last = pct;
          self.postMessage({ progress: share });
        }
      },
    });
    self.postMessage({ result: { themes: result.themes, assignments: result.assignments } });
  } catch (err) {
    self.postMessage({ error: (err as Error).name });
  }
};

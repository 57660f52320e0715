import type { BrowserContext } from 'playwright-core';

/** One request and its answer, as they crossed the wire between the browser and Brug. */
export type WireRecord = {
  method: string;
  url: string;
  requestBody: string;
  status: number;
  responseBody: string;
};

/**
 * Records every request the pages of `context` send to Brug and every answer, bodies included
 * (WebSocket-free app: fetch and page loads are all there is). `stop()` returns what was recorded.
 */
export function recordWire(context: BrowserContext, origin: string) {
  const records: WireRecord[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    const request = response.request();
    if (!request.url().startsWith(origin)) return;
    pending.push(
      (async () => {
        let body = '';
        try {
          body = (await response.body()).toString('utf8');
        } catch {
          // a redirect or an aborted request has no body
        }
        records.push({
          method: request.method(),
          url: request.url(),
          requestBody: request.postData() ?? '',
          status: response.status(),
          responseBody: body,
        });
      })(),
    );
  };
  context.on('response', onResponse);
  return {
    records,
    async stop(): Promise<WireRecord[]> {
      context.off('response', onResponse);
      await Promise.all(pending);
      return records;
    },
  };
}

/** The records in which any of `secrets` appears, with where: for a clear failure message. */
export function leaks(records: WireRecord[], secrets: string[]): string[] {
  const found: string[] = [];
  for (const r of records)
    for (const s of secrets) {
      if (r.requestBody.includes(s)) found.push(`${r.method} ${r.url} request carries "${s}"`);
      if (r.responseBody.includes(s)) found.push(`${r.method} ${r.url} answer carries "${s}"`);
      if (r.url.includes(encodeURIComponent(s)) || r.url.includes(s))
        found.push(`${r.method} ${r.url} URL carries "${s}"`);
    }
  return found;
}

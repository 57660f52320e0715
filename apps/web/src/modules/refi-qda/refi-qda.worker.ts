import { type ExchangeIndex, planImport, readExchangeFile } from '@brug/domain/refi-qda/index';

/**
 * Reading a REFI-QDA file (unzip, XML, positions) off the main thread: the plaintext stays in this
 * page's memory; the plan goes back to be sealed with the open vault.
 */
self.onmessage = (event: MessageEvent<{ bytes: Uint8Array; filename: string; index: ExchangeIndex }>) => {
  try {
    const project = readExchangeFile(event.data.bytes, event.data.filename);
    const plan = planImport(project, event.data.index);
    self.postMessage({ plan, kind: project.kind, origin: project.origin });
  } catch (err) {
    self.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};

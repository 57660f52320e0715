import {
  type ExchangeIndex,
  planImport,
  QdaFormatError,
  readExchangeFile,
} from '@brug/domain/refi-qda/index';

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
    // Why the file cannot be read, for a message in the reader's language; the technical detail beside it.
    self.postMessage({
      error: err instanceof Error ? err.message : String(err),
      reason: err instanceof QdaFormatError ? err.reason : undefined,
    });
  }
};

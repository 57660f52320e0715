import { deriveBytesFromPassphrase, type KdfParams } from '@brug/vault-crypto';

/**
 * argon2id (128 MiB, 8 passes: about a second) off the main thread, so the page stays responsive
 * while the vault opens. The passphrase arrives, the key bytes leave (transferred, not copied).
 */
self.onmessage = async (event: MessageEvent<{ passphrase: string; params: KdfParams }>) => {
  try {
    const bytes = await deriveBytesFromPassphrase(event.data.passphrase, event.data.params);
    self.postMessage({ bytes }, { transfer: [bytes.buffer] });
  } catch (err) {
    self.postMessage({ error: String(err) });
  }
};

import type { ImportPlan, QdaFormatReason } from '@brug/domain/refi-qda/index';
import {
  buildCodebook,
  buildProject,
  buildProjectArchive,
  indexOf,
  openProject,
  type ProjectCiphertext,
  sealImport,
} from '@brug/domain/refi-qda/index';
import { openWithKey } from '@brug/vault-crypto';
import { api } from '../../api/client.ts';
import type { VaultSession } from '../vault/vault-session.ts';

export type ImportResult = { plan: ImportPlan; origin: string; created: Record<string, number> };

/** A file the worker could not read as REFI-QDA: why (`reason`), and the reader's technical detail. */
export class UnreadableFileError extends Error {
  constructor(
    message: string,
    readonly reason: QdaFormatReason | undefined,
  ) {
    super(message);
  }
}
export type Progress = (done: number, total: number) => void;

function readInWorker(bytes: Uint8Array, filename: string, index: ReturnType<typeof indexOf>) {
  return new Promise<{ plan: ImportPlan; origin: string }>((resolve, reject) => {
    const worker = new Worker(new URL('./refi-qda.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (
      event: MessageEvent<{ plan?: ImportPlan; origin?: string; error?: string; reason?: QdaFormatReason }>,
    ) => {
      worker.terminate();
      if (event.data.plan) resolve({ plan: event.data.plan, origin: event.data.origin ?? '' });
      else reject(new UnreadableFileError(event.data.error ?? 'unreadable file', event.data.reason));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ bytes, filename, index });
  });
}

/** Reads the file in a worker, merges by exchange GUID, seals here, sends the sealed rows at once. */
export async function importFile(
  file: File,
  session: VaultSession,
  onProgress: Progress,
): Promise<ImportResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const current = await api.get<ProjectCiphertext>('/api/analysis/refi-qda/project');
  const { plan, origin } = await readInWorker(bytes, file.name, indexOf(current));
  const body = await sealImport(plan, session.vault, onProgress);
  const created = await api.post<Record<string, number>>('/api/analysis/refi-qda/import', body);
  return { plan, origin, created };
}

function download(bytes: Uint8Array | string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens the ciphertext here and writes the .qdc or .qdpx; nothing in clear crosses the wire. */
export async function exportFile(kind: 'qdc' | 'qdpx', session: VaultSession, userName: string) {
  const current = await api.get<ProjectCiphertext>('/api/analysis/refi-qda/project');
  const v = session.vault;
  const vault = {
    seal: (text: string, context: string) => v.seal(text, context),
    open: (sealed: string, context: string) => v.open(sealed, context),
    unwrapSubKey: (wrapped: string, context: string) => v.unwrapSubKey(wrapped, context),
    openWithKey: (key: CryptoKey, sealed: string, context: string) => openWithKey(key, sealed, context),
  };
  const project = await openProject(
    kind === 'qdc'
      ? { ...current, interviews: [], roundtables: [], documents: [], codings: [], memos: [], sets: [] }
      : current,
    vault,
    { id: session.userId, name: userName },
  );
  if (kind === 'qdc') download(buildCodebook(project.codes), 'brug-codebook.qdc', 'application/xml');
  else
    download(
      buildProjectArchive(buildProject(project), project.sources),
      'brug-project.qdpx',
      'application/zip',
    );
}

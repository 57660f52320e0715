/// <reference lib="dom" />
import {
  buildProject,
  buildProjectArchive,
  type ExportProject,
  emptyIndex,
  planImport,
  readExchangeFile,
  type Sealer,
  sealImport,
} from '@brug/domain/refi-qda/index';
import { createVault, type DeriveBytes } from '@brug/vault-crypto';

/**
 * The browser's share of a REFI-QDA import, written once for Node and Chromium (bench/browser.ts):
 * read a 300-code .qdpx (unzip, XML, code points → UTF-16), plan the merge, seal every field.
 */
export const SHAPE = {
  codes: 300,
  sources: 40,
  wordsPerSource: 2_000,
  selectionsPerSource: 75,
  notes: 60,
  sets: 10,
};
const WORDS =
  'de politie luisterde naar ons jongeren wijk vertrouwen 😡 buurt gesprek samen respect straat café'.split(
    ' ',
  );
const uuid = (n: number, kind: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function makeProject(): Uint8Array {
  const codes = Array.from({ length: SHAPE.codes }, (_, i) => ({
    guid: uuid(i, 1),
    parentGuid: i < 20 ? null : uuid(i % 20, 1),
    name: `Code ${i} ${WORDS[i % WORDS.length]}`,
    description: i % 3 ? '' : `Beschrijving van code ${i}`,
    colour: '#1c7ed6',
    memo: i % 10 ? null : `Memo bij code ${i}`,
  }));
  const sources = Array.from({ length: SHAPE.sources }, (_, s) => {
    const text = Array.from(
      { length: SHAPE.wordsPerSource },
      (_, w) => WORDS[(s + w * 7) % WORDS.length],
    ).join(' ');
    const step = Math.floor(text.length / SHAPE.selectionsPerSource);
    return {
      guid: uuid(s, 2),
      name: `Interview ${s + 1}`,
      text,
      memo: s % 4 ? null : `Memo bij interview ${s + 1}`,
      selections: Array.from({ length: SHAPE.selectionsPerSource }, (_, k) => ({
        guid: uuid(s * 1000 + k, 3),
        start: k * step,
        end: k * step + Math.min(step, 120),
        codeGuids: [uuid((s * 7 + k) % SHAPE.codes, 1), uuid((s + k * 13) % SHAPE.codes, 1)],
        memo: k % 15 ? null : 'Sleutelpassage',
        createdAt: '2026-01-01T00:00:00Z',
      })),
    };
  });
  const project: ExportProject = {
    name: 'Bench',
    user: { guid: uuid(0, 9), name: 'Onderzoeker' },
    codes,
    sources,
    notes: Array.from({ length: SHAPE.notes }, (_, i) => ({
      guid: uuid(i, 4),
      name: `Memo ${i}`,
      text: `Vrij memo ${i}`,
    })),
    sets: Array.from({ length: SHAPE.sets }, (_, i) => ({
      guid: uuid(i, 5),
      name: `Set ${i}`,
      description: '',
      codeGuids: codes.slice(i * 10, i * 10 + 10).map((c) => c.guid),
      sourceGuids: sources.slice(i * 2, i * 2 + 2).map((s) => s.guid),
    })),
    createdAt: '2026-01-01T00:00:00Z',
  };
  return buildProjectArchive(buildProject(project), sources);
}

/** A quick key derivation: this measures sealing, not argon2id (measured in bench/listening). */
const fastDerive: DeriveBytes = async (passphrase, params) =>
  new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${params.salt}:${passphrase}`)),
  );

export type ImportWork = {
  fileBytes: number;
  bodyBytes: number;
  read: number;
  plan: number;
  seal: number;
  counts: { codes: number; documents: number; codings: number; memos: number; sets: number };
};

export async function measureImportWork(vault?: Sealer): Promise<ImportWork & { body: unknown }> {
  const file = makeProject();
  const v =
    vault ??
    (
      await createVault({
        bureauId: crypto.randomUUID(),
        userId: crypto.randomUUID(),
        passphrase: 'bench kluiszin lang',
        derive: fastDerive,
      })
    ).vault;
  let t0 = performance.now();
  const project = readExchangeFile(file, 'bench.qdpx');
  const read = performance.now() - t0;
  t0 = performance.now();
  const plan = planImport(project, emptyIndex());
  const planned = performance.now() - t0;
  t0 = performance.now();
  const body = await sealImport(plan, v);
  const seal = performance.now() - t0;
  const json = JSON.stringify(body);
  return {
    fileBytes: file.length,
    bodyBytes: json.length,
    read,
    plan: planned,
    seal,
    counts: {
      codes: body.codes.length,
      documents: body.documents.length,
      codings: body.codings.length,
      memos: body.memos.length,
      sets: body.sets.length,
    },
    body: vault ? body : undefined,
  };
}

if (typeof window !== 'undefined')
  (window as unknown as { measureImportWork: () => Promise<ImportWork> }).measureImportWork = async () => {
    const { body: _body, ...rest } = await measureImportWork();
    return rest;
  };

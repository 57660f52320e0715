import { htmlToText } from '../analysis/passages.ts';
import { type ExchangeIndex, emptyIndex, type ImportPlan, normaliseGuid } from './plan.ts';
import type { NameTranslations } from './translations.ts';
import type { ExportProject } from './write.ts';

/**
 * Sealing an import plan and opening an export, with the researcher's open vault (structurally
 * `OpenVault` of @brug/vault-crypto, passed in so that this module stays free of key handling).
 * Contexts: `code:<id>:name|description|memo|translations`, `document:<id>:name|text|memo`,
 * `coding:<id>:excerpt|memo`, `memo:<id>:name|text`, `set:<id>:name|description`.
 */
export type Sealer = {
  seal(text: string, context: string): Promise<string>;
  open(sealed: string, context: string): Promise<string>;
};
export type SubKeys<K> = {
  unwrapSubKey(wrapped: string, context: string): Promise<K>;
  openWithKey(key: K, sealed: string, context: string): Promise<string>;
};

export type SealedImport = {
  codes: {
    id: string;
    guid?: string;
    parentId: string | null;
    sealedName: string;
    sealedDescription: string;
    sealedMemo: string | null;
    /** The code's names per language (JSON), sealed like a code edited in Brug; null when none. */
    sealedTranslations: string | null;
    colour: string;
  }[];
  documents: {
    id: string;
    guid?: string;
    sealedName: string;
    sealedText: string;
    sealedMemo: string | null;
  }[];
  codings: {
    id: string;
    guid?: string;
    documentId: string;
    sealedExcerpt: string;
    sealedMemo: string | null;
    codeIds: string[];
  }[];
  memos: { id: string; guid?: string; sealedName: string; sealedText: string }[];
  sets: {
    id: string;
    guid?: string;
    sealedName: string;
    sealedDescription: string;
    codeIds: string[];
    documentIds: string[];
  }[];
};

export async function sealImport(
  plan: ImportPlan,
  vault: Sealer,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<SealedImport> {
  const total =
    plan.codes.length + plan.documents.length + plan.codings.length + plan.memos.length + plan.sets.length;
  let done = 0;
  const step = () => {
    done++;
    if (done % 50 === 0 || done === total) onProgress(done, total);
  };
  const maybe = (text: string | null, context: string) =>
    text ? vault.seal(text, context) : Promise.resolve(null);
  const codes = await Promise.all(
    plan.codes.map(async (c) => {
      const row = {
        id: c.id,
        guid: c.guid,
        parentId: c.parentId,
        sealedName: await vault.seal(c.name, `code:${c.id}:name`),
        sealedDescription: await vault.seal(c.description, `code:${c.id}:description`),
        sealedMemo: await maybe(c.memo, `code:${c.id}:memo`),
        sealedTranslations: Object.keys(c.translations).length
          ? await vault.seal(JSON.stringify(c.translations), `code:${c.id}:translations`)
          : null,
        colour: c.colour,
      };
      step();
      return row;
    }),
  );
  const documents = await Promise.all(
    plan.documents.map(async (d) => {
      const row = {
        id: d.id,
        guid: d.guid,
        sealedName: await vault.seal(d.name, `document:${d.id}:name`),
        sealedText: await vault.seal(d.text, `document:${d.id}:text`),
        sealedMemo: await maybe(d.memo, `document:${d.id}:memo`),
      };
      step();
      return row;
    }),
  );
  const codings = await Promise.all(
    plan.codings.map(async (c) => {
      const excerpt = JSON.stringify({ start: c.start, end: c.end, text: c.excerpt });
      const row = {
        id: c.id,
        guid: c.guid,
        documentId: c.documentId,
        sealedExcerpt: await vault.seal(excerpt, `coding:${c.id}:excerpt`),
        sealedMemo: await maybe(c.memo, `coding:${c.id}:memo`),
        codeIds: c.codeIds,
      };
      step();
      return row;
    }),
  );
  const memos = await Promise.all(
    plan.memos.map(async (m) => {
      const row = {
        id: m.id,
        guid: m.guid,
        sealedName: await vault.seal(m.name, `memo:${m.id}:name`),
        sealedText: await vault.seal(m.text, `memo:${m.id}:text`),
      };
      step();
      return row;
    }),
  );
  const sets = await Promise.all(
    plan.sets.map(async (s) => {
      const row = {
        id: s.id,
        guid: s.guid,
        sealedName: await vault.seal(s.name, `set:${s.id}:name`),
        sealedDescription: await vault.seal(s.description, `set:${s.id}:description`),
        codeIds: s.codeIds,
        documentIds: s.documentIds,
      };
      step();
      return row;
    }),
  );
  return { codes, documents, codings, memos, sets };
}

/** The ciphertext GET /api/analysis/refi-qda/project answers with. */
export type ProjectCiphertext = {
  bureauId: string;
  codes: {
    id: string;
    parentId: string | null;
    sealedName: string;
    sealedDescription: string;
    sealedMemo: string | null;
    sealedTranslations?: string | null;
    colour: string;
  }[];
  documents: {
    id: string;
    sealedName: string;
    sealedText: string;
    sealedMemo: string | null;
    createdAt: string;
  }[];
  interviews: { id: string; pseudonym: string; sealedNotes: string | null; wrappedSubKey: string | null }[];
  roundtables: { id: string; pseudonym: string; text: string }[];
  codings: {
    id: string;
    interviewId: string | null;
    roundtableId: string | null;
    documentId: string | null;
    sealedExcerpt: string;
    sealedMemo: string | null;
    codeIds: string[];
    createdAt: string;
  }[];
  memos: { id: string; sealedName: string; sealedText: string }[];
  sets: {
    id: string;
    sealedName: string;
    sealedDescription: string;
    codeIds: string[];
    documentIds: string[];
  }[];
  exchangeIds: { kind: string; guid: string; rowId: string }[];
};

/** What a re-import merges into: the exchange GUIDs and the bureau's own ids. */
export function indexOf(project: ProjectCiphertext): ExchangeIndex {
  const index = emptyIndex();
  const kinds = {
    code: project.codes,
    document: project.documents,
    coding: project.codings,
    memo: project.memos,
    set: project.sets,
  };
  for (const [kind, rows] of Object.entries(kinds) as [keyof typeof kinds, { id: string }[]][]) {
    const alive = new Set(rows.map((r) => r.id));
    for (const id of alive) index[kind].set(normaliseGuid(id), id);
    for (const e of project.exchangeIds)
      if (e.kind === kind && alive.has(e.rowId)) index[kind].set(normaliseGuid(e.guid), e.rowId);
  }
  for (const i of project.interviews) index.brugSources.add(normaliseGuid(i.id));
  for (const r of project.roundtables) index.brugSources.add(normaliseGuid(r.id));
  return index;
}

type Excerpt = { start: number; end: number; text: string };

/** Opens the ciphertext into an exportable project, each item under the GUID it came with. */
export async function openProject<K>(
  project: ProjectCiphertext,
  vault: Sealer & SubKeys<K>,
  user: { id: string; name: string },
  createdAt = new Date().toISOString(),
): Promise<ExportProject> {
  const guidOf = new Map<string, string>();
  for (const e of project.exchangeIds) guidOf.set(`${e.kind}:${e.rowId}`, e.guid);
  const guid = (kind: string, id: string) => guidOf.get(`${kind}:${id}`) ?? id;
  const codes = await Promise.all(
    project.codes.map(async (c) => ({
      guid: guid('code', c.id),
      parentGuid: c.parentId ? guid('code', c.parentId) : null,
      name: await vault.open(c.sealedName, `code:${c.id}:name`),
      description: await vault.open(c.sealedDescription, `code:${c.id}:description`),
      colour: c.colour,
      memo: c.sealedMemo ? await vault.open(c.sealedMemo, `code:${c.id}:memo`) : null,
      translations: c.sealedTranslations
        ? (JSON.parse(
            await vault.open(c.sealedTranslations, `code:${c.id}:translations`),
          ) as NameTranslations)
        : {},
    })),
  );
  const selectionsOf = async (
    rows: ProjectCiphertext['codings'],
    open: (sealed: string, context: string) => Promise<string>,
  ) =>
    Promise.all(
      rows.map(async (c) => {
        const excerpt = JSON.parse(await open(c.sealedExcerpt, `coding:${c.id}:excerpt`)) as Excerpt;
        return {
          guid: guid('coding', c.id),
          start: excerpt.start,
          end: excerpt.end,
          codeGuids: c.codeIds.map((id) => guid('code', id)),
          memo: c.sealedMemo ? await open(c.sealedMemo, `coding:${c.id}:memo`) : null,
          createdAt: c.createdAt,
        };
      }),
    );
  const bureauOpen = (s: string, ctx: string) => vault.open(s, ctx);
  const sources: ExportProject['sources'][number][] = [];
  for (const i of project.interviews) {
    if (!i.wrappedSubKey) continue;
    const key = await vault.unwrapSubKey(i.wrappedSubKey, `interview:${i.id}`);
    const open = (s: string, ctx: string) => vault.openWithKey(key, s, ctx);
    const html = i.sealedNotes ? await open(i.sealedNotes, `interview:${i.id}:notes`) : '';
    sources.push({
      guid: i.id,
      // Pseudonyms only: who the source is stays in the vault.
      name: i.pseudonym,
      text: htmlToText(html),
      memo: null,
      selections: await selectionsOf(
        project.codings.filter((c) => c.interviewId === i.id),
        open,
      ),
    });
  }
  for (const r of project.roundtables)
    sources.push({
      guid: r.id,
      name: r.pseudonym,
      text: r.text,
      memo: null,
      selections: await selectionsOf(
        project.codings.filter((c) => c.roundtableId === r.id),
        bureauOpen,
      ),
    });
  for (const d of project.documents)
    sources.push({
      guid: guid('document', d.id),
      name: await vault.open(d.sealedName, `document:${d.id}:name`),
      text: await vault.open(d.sealedText, `document:${d.id}:text`),
      memo: d.sealedMemo ? await vault.open(d.sealedMemo, `document:${d.id}:memo`) : null,
      selections: await selectionsOf(
        project.codings.filter((c) => c.documentId === d.id),
        bureauOpen,
      ),
    });
  const notes = await Promise.all(
    project.memos.map(async (m) => ({
      guid: guid('memo', m.id),
      name: await vault.open(m.sealedName, `memo:${m.id}:name`),
      text: await vault.open(m.sealedText, `memo:${m.id}:text`),
    })),
  );
  const sets = await Promise.all(
    project.sets.map(async (s) => ({
      guid: guid('set', s.id),
      name: await vault.open(s.sealedName, `set:${s.id}:name`),
      description: await vault.open(s.sealedDescription, `set:${s.id}:description`),
      codeGuids: s.codeIds.map((id) => guid('code', id)),
      sourceGuids: s.documentIds.map((id) => guid('document', id)),
    })),
  );
  return { name: 'Brug', user: { guid: user.id, name: user.name }, codes, sources, notes, sets, createdAt };
}

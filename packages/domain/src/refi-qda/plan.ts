import type { QdaProject } from './read.ts';
import type { NameTranslations } from './translations.ts';

/**
 * What an import adds to the bureau's analysis, decided in the browser before sealing: every item
 * whose exchange GUID the bureau already has (from an earlier import, or because Brug exported it)
 * is merged into the existing row instead of being created again; new rows get browser-made ids.
 */
export type ExchangeKind = 'code' | 'document' | 'coding' | 'memo' | 'set';
/** Exchange GUID (lower case, without braces) → the bureau's row id, per kind. */
export type ExchangeIndex = Record<ExchangeKind, Map<string, string>> & {
  /** Brug's own interviews and roundtable minutes, by id: sources exported by Brug itself. */
  brugSources: Set<string>;
};

export type PlannedCode = {
  id: string;
  guid: string;
  parentId: string | null;
  name: string;
  description: string;
  colour: string;
  memo: string | null;
  translations: NameTranslations;
};
export type PlannedDocument = { id: string; guid: string; name: string; text: string; memo: string | null };
export type PlannedCoding = {
  id: string;
  guid: string;
  documentId: string;
  /** UTF-16 offsets into the document's text. */
  start: number;
  end: number;
  excerpt: string;
  memo: string | null;
  codeIds: string[];
};
export type PlannedMemo = { id: string; guid: string; name: string; text: string };
export type PlannedSet = {
  id: string;
  guid: string;
  name: string;
  description: string;
  codeIds: string[];
  documentIds: string[];
};
export type ImportPlan = {
  codes: PlannedCode[];
  documents: PlannedDocument[];
  codings: PlannedCoding[];
  memos: PlannedMemo[];
  sets: PlannedSet[];
  merged: Record<ExchangeKind, number>;
  notMapped: string[];
};

export const MEMO_MAX = 20_000;

/** GUIDs compare without braces and case, as tools write them differently. */
export const normaliseGuid = (guid: string) => guid.replace(/[{}]/g, '').trim().toLowerCase();

export function emptyIndex(): ExchangeIndex {
  return {
    code: new Map(),
    document: new Map(),
    coding: new Map(),
    memo: new Map(),
    set: new Map(),
    brugSources: new Set(),
  };
}

export function planImport(
  project: QdaProject,
  index: ExchangeIndex,
  options: { parentId?: string | null; newId?: () => string } = {},
): ImportPlan {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const notMapped = [...project.notMapped];
  const merged: Record<ExchangeKind, number> = { code: 0, document: 0, coding: 0, memo: 0, set: 0 };
  const notes = new Map(project.notes.map((n) => [normaliseGuid(n.guid), n]));
  const attached = new Set<string>();
  const memoOf = (guids: readonly string[]): string | null => {
    const texts: string[] = [];
    for (const g of guids) {
      const n = notes.get(normaliseGuid(g));
      if (!n) continue;
      attached.add(normaliseGuid(g));
      if (n.text) texts.push(n.text);
    }
    const text = texts.join('\n\n');
    return text ? text.slice(0, MEMO_MAX) : null;
  };

  const codeIds = new Map<string, string>();
  const codes: PlannedCode[] = [];
  for (const c of project.codes) {
    const key = normaliseGuid(c.guid);
    const existing = index.code.get(key);
    if (existing) {
      codeIds.set(key, existing);
      merged.code++;
      memoOf(c.noteGuids);
      continue;
    }
    const id = newId();
    codeIds.set(key, id);
    codes.push({
      id,
      guid: c.guid,
      parentId: c.parentGuid
        ? (codeIds.get(normaliseGuid(c.parentGuid)) ?? null)
        : (options.parentId ?? null),
      name: c.name,
      description: c.description,
      colour: c.colour,
      memo: memoOf(c.noteGuids),
      translations: c.translations,
    });
  }

  const documentIds = new Map<string, string>();
  const documents: PlannedDocument[] = [];
  const codings: PlannedCoding[] = [];
  let onBrugSources = 0;
  for (const s of project.sources) {
    const key = normaliseGuid(s.guid);
    if (index.brugSources.has(key)) {
      merged.document++;
      memoOf(s.noteGuids);
      for (const sel of s.selections) memoOf(sel.noteGuids);
      onBrugSources += s.selections.filter((sel) => !index.coding.has(normaliseGuid(sel.guid))).length;
      continue;
    }
    let documentId = index.document.get(key);
    if (documentId) {
      merged.document++;
      memoOf(s.noteGuids);
    } else {
      documentId = newId();
      documents.push({
        id: documentId,
        guid: s.guid,
        name: s.name.slice(0, 200),
        text: s.text,
        memo: memoOf(s.noteGuids),
      });
    }
    documentIds.set(key, documentId);
    for (const sel of s.selections) {
      if (index.coding.has(normaliseGuid(sel.guid))) {
        merged.coding++;
        memoOf(sel.noteGuids);
        continue;
      }
      codings.push({
        id: newId(),
        guid: sel.guid,
        documentId,
        start: sel.start,
        end: sel.end,
        excerpt: s.text.slice(sel.start, sel.end),
        memo: memoOf(sel.noteGuids),
        codeIds: [
          ...new Set(sel.codeGuids.map((g) => codeIds.get(normaliseGuid(g))).filter((x): x is string => !!x)),
        ],
      });
    }
  }
  if (onBrugSources)
    notMapped.push(`${onBrugSources} new passage(s) on Brug's own interviews or minutes: code them in Brug`);

  const sets: PlannedSet[] = [];
  for (const set of project.sets) {
    if (index.set.has(normaliseGuid(set.guid))) {
      merged.set++;
      continue;
    }
    sets.push({
      id: newId(),
      guid: set.guid,
      name: set.name.slice(0, 200),
      description: set.description.slice(0, 2000),
      codeIds: [
        ...new Set(set.codeGuids.map((g) => codeIds.get(normaliseGuid(g))).filter((x): x is string => !!x)),
      ],
      documentIds: [
        ...new Set(
          set.sourceGuids.map((g) => documentIds.get(normaliseGuid(g))).filter((x): x is string => !!x),
        ),
      ],
    });
  }

  const memos: PlannedMemo[] = [];
  for (const n of project.notes) {
    const key = normaliseGuid(n.guid);
    if (attached.has(key)) continue;
    if (index.memo.has(key)) {
      merged.memo++;
      continue;
    }
    if (!n.text) continue;
    memos.push({
      id: newId(),
      guid: n.guid,
      name: (n.name || 'Memo').slice(0, 200),
      text: n.text.slice(0, MEMO_MAX),
    });
  }
  return { codes, documents, codings, memos, sets, merged, notMapped };
}

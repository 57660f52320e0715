import { findAnalysisRoundtables, schema, type Tx } from '@brug/db';
import { AppError, SealedValue } from '@brug/domain';
import { normaliseGuid } from '@brug/domain/refi-qda/index';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getRoundtable } from '../roundtables/manage-roundtables.ts';
import { auditBureau, type ResearcherScope } from '../vault/access.ts';

/**
 * REFI-QDA exchange on the server: it never sees the plaintext. The researcher's browser reads and
 * writes the .qdpx/.qdc files (`@brug/domain/refi-qda`), seals every field, and sends the sealed rows
 * of a whole project here in one request; for an export it fetches the ciphertext and opens it.
 */
export { xmlEscape } from '@brug/domain/refi-qda/index';

export const IMPORT_LIMITS = { codes: 5_000, documents: 2_000, codings: 100_000, memos: 5_000, sets: 1_000 };
const Guid = z.string().trim().min(1).max(64).optional();
const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'like #1c7ed6');

export const ImportProjectInput = z.object({
  codes: z
    .array(
      z.object({
        id: z.uuid(),
        guid: Guid,
        parentId: z.uuid().nullable(),
        sealedName: SealedValue,
        sealedDescription: SealedValue,
        sealedMemo: SealedValue.nullable(),
        /** The code's names per language, sealed in the browser as a code edited in Brug. */
        sealedTranslations: SealedValue.nullable().optional(),
        colour: Colour,
      }),
    )
    .max(IMPORT_LIMITS.codes)
    .default([]),
  documents: z
    .array(
      z.object({
        id: z.uuid(),
        guid: Guid,
        sealedName: SealedValue,
        sealedText: SealedValue,
        sealedMemo: SealedValue.nullable(),
      }),
    )
    .max(IMPORT_LIMITS.documents)
    .default([]),
  codings: z
    .array(
      z.object({
        id: z.uuid(),
        guid: Guid,
        documentId: z.uuid(),
        sealedExcerpt: SealedValue,
        sealedMemo: SealedValue.nullable(),
        codeIds: z.array(z.uuid()).max(200),
      }),
    )
    .max(IMPORT_LIMITS.codings)
    .default([]),
  memos: z
    .array(z.object({ id: z.uuid(), guid: Guid, sealedName: SealedValue, sealedText: SealedValue }))
    .max(IMPORT_LIMITS.memos)
    .default([]),
  sets: z
    .array(
      z.object({
        id: z.uuid(),
        guid: Guid,
        sealedName: SealedValue,
        sealedDescription: SealedValue,
        codeIds: z.array(z.uuid()).max(IMPORT_LIMITS.codes),
        documentIds: z.array(z.uuid()).max(IMPORT_LIMITS.documents),
      }),
    )
    .max(IMPORT_LIMITS.sets)
    .default([]),
});
export type ImportProjectInput = z.infer<typeof ImportProjectInput>;

type Kind = 'code' | 'document' | 'coding' | 'memo' | 'set';
const LIST: Record<Kind, keyof ImportProjectInput> = {
  code: 'codes',
  document: 'documents',
  coding: 'codings',
  memo: 'memos',
  set: 'sets',
};

async function existingIds(
  tx: Tx,
  table: 'codes' | 'analysisDocuments' | 'codings' | 'analysisMemos' | 'analysisSets',
  ids: string[],
) {
  if (!ids.length) return new Set<string>();
  const t = schema[table];
  const rows = await tx.select({ id: t.id }).from(t).where(inArray(t.id, ids));
  return new Set(rows.map((r) => r.id));
}

async function bureauIds(tx: Tx, table: 'codes' | 'analysisDocuments', bureauId: string, ids: string[]) {
  if (!ids.length) return new Set<string>();
  const t = schema[table];
  const rows = await tx
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.bureauId, bureauId), inArray(t.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/**
 * Stores a whole imported project, all or nothing: new codes (parents before children), sources as
 * sealed documents, passages with their codes, memos and sets, with the GUID each came with. Ids
 * are the browser's (the ciphertext is bound to them): a taken id or GUID is a conflict (409), a
 * reference to something neither in the request nor in the bureau is refused (400 naming the field).
 */
export async function importProject(tx: Tx, scope: ResearcherScope, input: ImportProjectInput) {
  const { bureauId, zoneId } = scope;
  // Ids unique in the request and unused in the database.
  const seen = new Map<string, string>();
  for (const kind of Object.keys(LIST) as Kind[]) {
    const list = input[LIST[kind]] as { id: string }[];
    list.forEach((row, i) => {
      const field = `${LIST[kind]}[${i}].id`;
      if (seen.has(row.id)) throw AppError.validation({ [field]: `the same id as ${seen.get(row.id)}` });
      seen.set(row.id, field);
    });
  }
  const taken: [Kind, Set<string>][] = [
    [
      'code',
      await existingIds(
        tx,
        'codes',
        input.codes.map((c) => c.id),
      ),
    ],
    [
      'document',
      await existingIds(
        tx,
        'analysisDocuments',
        input.documents.map((c) => c.id),
      ),
    ],
    [
      'coding',
      await existingIds(
        tx,
        'codings',
        input.codings.map((c) => c.id),
      ),
    ],
    [
      'memo',
      await existingIds(
        tx,
        'analysisMemos',
        input.memos.map((c) => c.id),
      ),
    ],
    [
      'set',
      await existingIds(
        tx,
        'analysisSets',
        input.sets.map((c) => c.id),
      ),
    ],
  ];
  for (const [kind, ids] of taken) {
    const i = (input[LIST[kind]] as { id: string }[]).findIndex((r) => ids.has(r.id));
    if (i >= 0)
      throw new AppError('CONFLICT', 'This id is taken', {
        fields: { [`${LIST[kind]}[${i}].id`]: 'already exists' },
      });
  }
  // GUIDs not yet known to the bureau (a known one is merged by the browser, not sent again).
  for (const kind of Object.keys(LIST) as Kind[]) {
    const list = input[LIST[kind]] as { guid?: string }[];
    const keys = list.map((r) => (r.guid ? normaliseGuid(r.guid) : null));
    const inRequest = new Set<string>();
    keys.forEach((k, i) => {
      if (!k) return;
      if (inRequest.has(k))
        throw AppError.validation({ [`${LIST[kind]}[${i}].guid`]: 'twice in this import' });
      inRequest.add(k);
    });
    const wanted = [...inRequest];
    if (!wanted.length) continue;
    const known = await tx
      .select({ guidKey: schema.exchangeIds.guidKey })
      .from(schema.exchangeIds)
      .where(
        and(
          eq(schema.exchangeIds.bureauId, bureauId),
          eq(schema.exchangeIds.kind, kind),
          inArray(schema.exchangeIds.guidKey, wanted),
        ),
      );
    if (known.length) {
      const i = keys.indexOf(known[0].guidKey);
      throw new AppError('CONFLICT', 'This item was imported before', {
        fields: { [`${LIST[kind]}[${i}].guid`]: 'already imported: merge it instead' },
      });
    }
  }
  // References: to rows of this request or to the bureau's own.
  const newCodes = new Set(input.codes.map((c) => c.id));
  const newDocuments = new Set(input.documents.map((d) => d.id));
  const codeRefs = [
    ...input.codes.flatMap((c) => (c.parentId ? [c.parentId] : [])),
    ...input.codings.flatMap((c) => c.codeIds),
    ...input.sets.flatMap((s) => s.codeIds),
  ].filter((id) => !newCodes.has(id));
  const documentRefs = [
    ...input.codings.map((c) => c.documentId),
    ...input.sets.flatMap((s) => s.documentIds),
  ].filter((id) => !newDocuments.has(id));
  const bureauCodes = await bureauIds(tx, 'codes', bureauId, [...new Set(codeRefs)]);
  const bureauDocuments = await bureauIds(tx, 'analysisDocuments', bureauId, [...new Set(documentRefs)]);
  const before = new Set<string>();
  input.codes.forEach((c, i) => {
    if (c.parentId && !bureauCodes.has(c.parentId) && !before.has(c.parentId))
      throw AppError.validation({
        [`codes[${i}].parentId`]: newCodes.has(c.parentId)
          ? 'a parent comes before its children'
          : 'unknown code',
      });
    before.add(c.id);
  });
  const isCode = (id: string) => newCodes.has(id) || bureauCodes.has(id);
  const isDocument = (id: string) => newDocuments.has(id) || bureauDocuments.has(id);
  input.codings.forEach((c, i) => {
    if (!isDocument(c.documentId))
      throw AppError.validation({ [`codings[${i}].documentId`]: 'unknown document' });
    if (!c.codeIds.every(isCode)) throw AppError.validation({ [`codings[${i}].codeIds`]: 'unknown code' });
  });
  input.sets.forEach((s, i) => {
    if (!s.codeIds.every(isCode)) throw AppError.validation({ [`sets[${i}].codeIds`]: 'unknown code' });
    if (!s.documentIds.every(isDocument))
      throw AppError.validation({ [`sets[${i}].documentIds`]: 'unknown document' });
  });

  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.codes)
    .where(eq(schema.codes.bureauId, bureauId));
  const chunks = <T>(list: T[], size = 500) =>
    Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
  // Parents before children: the order of the request, which the check above guarantees.
  const codeRows = input.codes.map((c, i) => ({
    id: c.id,
    zoneId,
    bureauId,
    parentId: c.parentId,
    sealedName: c.sealedName,
    sealedDescription: c.sealedDescription,
    sealedMemo: c.sealedMemo,
    sealedTranslations: c.sealedTranslations ?? null,
    colour: c.colour,
    position: n + i,
  }));
  // Parents before children: the order of the request, which the check above guarantees.
  for (const part of chunks(codeRows)) await tx.insert(schema.codes).values(part);
  for (const part of chunks(input.documents, 100))
    await tx.insert(schema.analysisDocuments).values(
      part.map((d) => ({
        id: d.id,
        zoneId,
        bureauId,
        sealedName: d.sealedName,
        sealedText: d.sealedText,
        sealedMemo: d.sealedMemo,
        createdById: scope.user.id,
      })),
    );
  for (const part of chunks(input.codings)) {
    await tx.insert(schema.codings).values(
      part.map((c) => ({
        id: c.id,
        zoneId,
        bureauId,
        documentId: c.documentId,
        sealedExcerpt: c.sealedExcerpt,
        sealedMemo: c.sealedMemo,
        createdById: scope.user.id,
      })),
    );
    const links = part.flatMap((c) =>
      [...new Set(c.codeIds)].map((codeId) => ({ codingId: c.id, codeId, zoneId })),
    );
    for (const l of chunks(links, 1000)) if (l.length) await tx.insert(schema.codingCodes).values(l);
  }
  for (const part of chunks(input.memos))
    await tx.insert(schema.analysisMemos).values(
      part.map((m) => ({
        id: m.id,
        zoneId,
        bureauId,
        sealedName: m.sealedName,
        sealedText: m.sealedText,
        createdById: scope.user.id,
      })),
    );
  for (const s of input.sets) {
    await tx.insert(schema.analysisSets).values({
      id: s.id,
      zoneId,
      bureauId,
      sealedName: s.sealedName,
      sealedDescription: s.sealedDescription,
    });
    const members = [
      ...[...new Set(s.codeIds)].map((codeId) => ({ setId: s.id, codeId, zoneId })),
      ...[...new Set(s.documentIds)].map((documentId) => ({ setId: s.id, documentId, zoneId })),
    ];
    for (const m of chunks(members, 1000)) if (m.length) await tx.insert(schema.analysisSetMembers).values(m);
  }
  const guids = (Object.keys(LIST) as Kind[]).flatMap((kind) =>
    (input[LIST[kind]] as { id: string; guid?: string }[])
      .filter((r) => r.guid)
      .map((r) => ({
        bureauId,
        zoneId,
        kind,
        guid: r.guid as string,
        guidKey: normaliseGuid(r.guid as string),
        rowId: r.id,
      })),
  );
  for (const part of chunks(guids, 1000)) await tx.insert(schema.exchangeIds).values(part);
  const counts = {
    codes: input.codes.length,
    documents: input.documents.length,
    codings: input.codings.length,
    memos: input.memos.length,
    sets: input.sets.length,
  };
  // No counts of sources in the audit (issue 13): what was added to the codebook and the passages.
  await auditBureau(
    tx,
    scope,
    'analysis.import.project',
    { type: 'project', id: bureauId },
    {
      codes: counts.codes,
      passages: counts.codings,
    },
  );
  return counts;
}

/** Everything an export (or the merge of an import) needs, as stored: ciphertext and ids. */
export async function projectCiphertext(tx: Tx, scope: ResearcherScope) {
  const { bureauId } = scope;
  const codes = await tx
    .select()
    .from(schema.codes)
    .where(eq(schema.codes.bureauId, bureauId))
    .orderBy(schema.codes.position, schema.codes.createdAt);
  const documents = await tx
    .select()
    .from(schema.analysisDocuments)
    .where(eq(schema.analysisDocuments.bureauId, bureauId))
    .orderBy(schema.analysisDocuments.createdAt);
  const interviews = await tx
    .select({
      id: schema.interviews.id,
      pseudonym: schema.interviews.pseudonym,
      sealedNotes: schema.interviews.sealedNotes,
      wrappedSubKey: schema.interviews.wrappedSubKey,
    })
    .from(schema.interviews)
    .where(and(eq(schema.interviews.bureauId, bureauId), isNotNull(schema.interviews.wrappedSubKey)))
    .orderBy(schema.interviews.pseudonym);
  const roundtables = [];
  for (const source of await findAnalysisRoundtables(tx, bureauId)) {
    // Minutes are programme data, not vault data: they travel as the roundtable module serves them.
    const rt = await getRoundtable(tx, scope.zoneId, source.roundtableId);
    roundtables.push({
      id: source.id,
      pseudonym: source.pseudonym,
      text: rt.minutes.replace(/\r\n?/g, '\n'),
    });
  }
  const codings = await tx
    .select()
    .from(schema.codings)
    .where(eq(schema.codings.bureauId, bureauId))
    .orderBy(schema.codings.createdAt);
  const links = await tx
    .select({ codingId: schema.codingCodes.codingId, codeId: schema.codingCodes.codeId })
    .from(schema.codingCodes)
    .innerJoin(schema.codings, eq(schema.codings.id, schema.codingCodes.codingId))
    .where(eq(schema.codings.bureauId, bureauId));
  const codesOf = new Map<string, string[]>();
  for (const l of links) codesOf.set(l.codingId, [...(codesOf.get(l.codingId) ?? []), l.codeId]);
  const memos = await tx
    .select()
    .from(schema.analysisMemos)
    .where(eq(schema.analysisMemos.bureauId, bureauId))
    .orderBy(schema.analysisMemos.createdAt);
  const sets = await tx.select().from(schema.analysisSets).where(eq(schema.analysisSets.bureauId, bureauId));
  const members = sets.length
    ? await tx
        .select()
        .from(schema.analysisSetMembers)
        .where(
          inArray(
            schema.analysisSetMembers.setId,
            sets.map((s) => s.id),
          ),
        )
    : [];
  const exchange = await tx
    .select({ kind: schema.exchangeIds.kind, guid: schema.exchangeIds.guid, rowId: schema.exchangeIds.rowId })
    .from(schema.exchangeIds)
    .where(eq(schema.exchangeIds.bureauId, bureauId));
  return {
    bureauId,
    codes: codes.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      sealedName: c.sealedName,
      sealedDescription: c.sealedDescription,
      sealedMemo: c.sealedMemo,
      sealedTranslations: c.sealedTranslations,
      colour: c.colour,
    })),
    documents: documents.map((d) => ({
      id: d.id,
      sealedName: d.sealedName,
      sealedText: d.sealedText,
      sealedMemo: d.sealedMemo,
      createdAt: d.createdAt.toISOString(),
    })),
    interviews,
    roundtables,
    codings: codings.map((c) => ({
      id: c.id,
      interviewId: c.interviewId,
      roundtableId: c.roundtableSourceId,
      documentId: c.documentId,
      sealedExcerpt: c.sealedExcerpt,
      sealedMemo: c.sealedMemo,
      codeIds: codesOf.get(c.id) ?? [],
      createdAt: c.createdAt.toISOString(),
    })),
    memos: memos.map((m) => ({ id: m.id, sealedName: m.sealedName, sealedText: m.sealedText })),
    sets: sets.map((s) => ({
      id: s.id,
      sealedName: s.sealedName,
      sealedDescription: s.sealedDescription,
      codeIds: members.filter((m) => m.setId === s.id && m.codeId).map((m) => m.codeId as string),
      documentIds: members.filter((m) => m.setId === s.id && m.documentId).map((m) => m.documentId as string),
    })),
    exchangeIds: exchange,
  };
}

/** Responses carry sealed strings as stored (checked on the way in). */
const Sealed = z.string();
const Nullable = Sealed.nullable();
export const ProjectCiphertext = z.object({
  bureauId: z.uuid(),
  codes: z.array(
    z.object({
      id: z.uuid(),
      parentId: z.uuid().nullable(),
      sealedName: Sealed,
      sealedDescription: Sealed,
      sealedMemo: Nullable,
      sealedTranslations: Nullable,
      colour: z.string(),
    }),
  ),
  documents: z.array(
    z.object({
      id: z.uuid(),
      sealedName: Sealed,
      sealedText: Sealed,
      sealedMemo: Nullable,
      createdAt: z.string(),
    }),
  ),
  interviews: z.array(
    z.object({
      id: z.uuid(),
      pseudonym: z.string(),
      sealedNotes: Nullable,
      wrappedSubKey: z.string().nullable(),
    }),
  ),
  roundtables: z.array(z.object({ id: z.uuid(), pseudonym: z.string(), text: z.string() })),
  codings: z.array(
    z.object({
      id: z.uuid(),
      interviewId: z.uuid().nullable(),
      roundtableId: z.uuid().nullable(),
      documentId: z.uuid().nullable(),
      sealedExcerpt: Sealed,
      sealedMemo: Nullable,
      codeIds: z.array(z.uuid()),
      createdAt: z.string(),
    }),
  ),
  memos: z.array(z.object({ id: z.uuid(), sealedName: Sealed, sealedText: Sealed })),
  sets: z.array(
    z.object({
      id: z.uuid(),
      sealedName: Sealed,
      sealedDescription: Sealed,
      codeIds: z.array(z.uuid()),
      documentIds: z.array(z.uuid()),
    }),
  ),
  exchangeIds: z.array(z.object({ kind: z.string(), guid: z.string(), rowId: z.uuid() })),
});

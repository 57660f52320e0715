import { htmlToText, splitPassages } from '@brug/domain/analysis/passages';
import type {
  CodeInput,
  CodeTranslations,
  CodeView,
  CodingView,
  SealedCodeView,
  SealedCodingView,
  SealedThemeRunView,
} from '@brug/domain/analysis/schemas';
import { CODE_DESCRIPTION_MAX, CodeNameInput, MEMO_MAX, STARTER_CODES } from '@brug/domain/analysis/schemas';
import { LANGUAGES, type Language } from '@brug/domain/roles';
import { openWithKey, SealError, sealWithKey } from '@brug/vault-crypto';
import i18next from 'i18next';
import { ApiError, api } from '../../api/client.ts';
import { getVaultSession, type VaultSession } from '../vault/vault-session.ts';
import { nameForReader } from './starter-names.ts';
import type { LabelsByLanguage } from './theme-labels.ts';

/**
 * The analysis pages' view of the vault: the API stores and serves ciphertext; these functions seal
 * what the researcher writes and open what the server returns, here in the browser, with the contexts
 * the fields are bound to. Pages see plain codes and passages; nothing plain is sent.
 */

/** The vault locked (idle, sign-out, reload) while a page was open: the page asks to open it again. */
export class VaultLockedError extends Error {}

function session(): VaultSession {
  const s = getVaultSession();
  if (!s) throw new VaultLockedError('The vault is locked');
  return s;
}

/** A value that does not open (tampered, or sealed for another row) is a clear error, never a guess. */
async function opened<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof SealError)
      throw new ApiError(
        422,
        'BAD_REQUEST',
        'A sealed value does not open: it was changed or belongs elsewhere',
      );
    throw err;
  }
}

/**
 * What the server can no longer check, because it only sees ciphertext, is checked here, with the same
 * limits and the same field names the form shows (a 400 as the server would give it).
 */
function checkCode(input: {
  name?: string;
  description?: string;
  memo?: string | null;
  translations?: CodeTranslations;
}) {
  const fields: Record<string, string> = {};
  if (input.name !== undefined) {
    const name = CodeNameInput.safeParse(input.name);
    if (!name.success) fields.name = name.error.issues[0].message;
  }
  for (const [lang, text] of Object.entries(input.translations ?? {})) {
    const field = `translations.${lang}`;
    if (!(LANGUAGES as readonly string[]).includes(lang)) fields[field] = 'unknown language';
    else {
      const name = CodeNameInput.safeParse(text);
      if (!name.success) fields[field] = name.error.issues[0].message;
    }
  }
  if (input.description && input.description.length > CODE_DESCRIPTION_MAX)
    fields.description = `at most ${CODE_DESCRIPTION_MAX} characters`;
  if (input.memo && input.memo.length > MEMO_MAX) fields.memo = `at most ${MEMO_MAX} characters`;
  if (Object.keys(fields).length) throw new ApiError(400, 'VALIDATION', 'Check the marked fields', fields);
}

const codeContext = (id: string, field: 'name' | 'description' | 'memo' | 'translations') =>
  `code:${id}:${field}`;
const codingContext = (id: string, field: 'excerpt' | 'memo') => `coding:${id}:${field}`;
const themeContext = (id: string) => `theme-run:${id}:result`;

/** The language the pages are read in (nl, fr or en). */
export function readerLanguage(): Language {
  const lang = (i18next.resolvedLanguage ?? i18next.language ?? 'nl').slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'nl';
}

async function openCode(c: SealedCodeView): Promise<CodeView> {
  const { vault } = session();
  return opened(async () => {
    const originalName = await vault.open(c.sealedName, codeContext(c.id, 'name'));
    const translations = c.sealedTranslations
      ? (JSON.parse(
          await vault.open(c.sealedTranslations, codeContext(c.id, 'translations')),
        ) as CodeTranslations)
      : {};
    return {
      id: c.id,
      parentId: c.parentId,
      ...nameForReader(originalName, translations, readerLanguage(), (key) => i18next.t(`analysis:${key}`)),
      originalName,
      translations,
      description: await vault.open(c.sealedDescription, codeContext(c.id, 'description')),
      memo: await vault.openMaybe(c.sealedMemo, codeContext(c.id, 'memo')),
      colour: c.colour,
      position: c.position,
      passages: c.passages,
      sources: c.sources,
    };
  });
}

export async function listCodes(): Promise<{ items: CodeView[] }> {
  const { items } = await api.get<{ items: SealedCodeView[] }>('/api/codes');
  return { items: await Promise.all(items.map(openCode)) };
}

export async function createCode(input: CodeInput): Promise<CodeView> {
  checkCode(input);
  input = { ...input, name: input.name.trim() };
  const { vault } = session();
  const id = crypto.randomUUID();
  // The name is written in the researcher's language: readers of that language see it as theirs.
  const translations: CodeTranslations = { [readerLanguage()]: input.name };
  const created = await api.post<SealedCodeView>('/api/codes', {
    id,
    parentId: input.parentId,
    colour: input.colour,
    sealedName: await vault.seal(input.name, codeContext(id, 'name')),
    sealedDescription: await vault.seal(input.description ?? '', codeContext(id, 'description')),
    sealedMemo: input.memo ? await vault.seal(input.memo, codeContext(id, 'memo')) : null,
    sealedTranslations: await vault.seal(JSON.stringify(translations), codeContext(id, 'translations')),
  });
  return openCode(created);
}

/** The starting codebook (improvement point, need, story, idea, bringing closer), in the reader's words. */
export async function createStarterCodebook(names: (key: string, fallback: string) => string) {
  for (const c of STARTER_CODES)
    await createCode({ name: names(c.key, c.name), description: '', colour: c.colour, parentId: null });
}

export async function updateCode(
  id: string,
  input: Partial<{
    name: string;
    description: string;
    memo: string | null;
    colour: string;
    parentId: string | null;
    position: number;
    translations: CodeTranslations;
  }>,
): Promise<CodeView> {
  checkCode(input);
  const { vault } = session();
  const body: Record<string, unknown> = {};
  if (input.translations !== undefined) {
    const trimmed = Object.fromEntries(Object.entries(input.translations).map(([l, n]) => [l, n?.trim()]));
    body.sealedTranslations = await vault.seal(JSON.stringify(trimmed), codeContext(id, 'translations'));
  }
  if (input.name !== undefined)
    body.sealedName = await vault.seal(input.name.trim(), codeContext(id, 'name'));
  if (input.description !== undefined)
    body.sealedDescription = await vault.seal(input.description, codeContext(id, 'description'));
  if (input.memo !== undefined)
    body.sealedMemo = input.memo === null ? null : await vault.seal(input.memo, codeContext(id, 'memo'));
  for (const k of ['colour', 'parentId', 'position'] as const) if (input[k] !== undefined) body[k] = input[k];
  return openCode(await api.patch<SealedCodeView>(`/api/codes/${id}`, body));
}

type InterviewRecord = {
  id: string;
  pseudonym: string;
  wrappedSubKey: string | null;
  sealedNotes: string | null;
};

/** An interview's own key, for what must vanish with it; cached for the page's life. */
const subKeys = new Map<string, Promise<CryptoKey>>();
async function interviewKey(interviewId: string, wrapped?: string | null): Promise<CryptoKey> {
  const { vault, bureauId } = session();
  const cacheKey = `${bureauId}:${interviewId}`;
  let key = subKeys.get(cacheKey);
  if (!key) {
    key = (async () => {
      const w = wrapped ?? (await api.get<InterviewRecord>(`/api/interviews/${interviewId}`)).wrappedSubKey;
      if (!w) throw new ApiError(410, 'GONE', 'Consent was withdrawn; this interview is erased');
      return opened(() => vault.unwrapSubKey(w, `interview:${interviewId}`));
    })();
    subKeys.set(cacheKey, key);
    key.catch(() => subKeys.delete(cacheKey));
  }
  return key;
}

/** Seals and opens a passage's fields with the key of its source. */
async function sourceCipher(source: { interviewId: string | null; roundtableId: string | null }) {
  if (source.interviewId) {
    const key = await interviewKey(source.interviewId);
    return {
      seal: (text: string, context: string) => sealWithKey(key, text, context),
      open: (sealed: string, context: string) => opened(() => openWithKey(key, sealed, context)),
    };
  }
  const { vault } = session();
  return {
    seal: (text: string, context: string) => vault.seal(text, context),
    open: (sealed: string, context: string) => opened(() => vault.open(sealed, context)),
  };
}

async function openCoding(c: SealedCodingView): Promise<CodingView> {
  const cipher = await sourceCipher(c);
  const excerpt = JSON.parse(await cipher.open(c.sealedExcerpt, codingContext(c.id, 'excerpt'))) as {
    start: number;
    end: number;
    text: string;
  };
  return {
    id: c.id,
    interviewId: c.interviewId,
    roundtableId: c.roundtableId,
    pseudonym: c.pseudonym,
    start: excerpt.start,
    end: excerpt.end,
    excerpt: excerpt.text,
    memo: c.sealedMemo ? await cipher.open(c.sealedMemo, codingContext(c.id, 'memo')) : null,
    codeIds: c.codeIds,
    createdAt: c.createdAt,
  };
}

export async function listCodings(
  query: Record<string, string | undefined> = {},
): Promise<{ items: CodingView[] }> {
  session();
  const { items } = await api.get<{ items: SealedCodingView[] }>('/api/codings', { query });
  return { items: await Promise.all(items.map(openCoding)) };
}

/** Codes a passage of a source's plain text: the excerpt and its offsets are sealed with the source's key. */
export async function createCoding(input: {
  interviewId?: string;
  roundtableId?: string;
  start: number;
  end: number;
  text: string;
  codeIds: string[];
  memo?: string;
}): Promise<CodingView> {
  const id = crypto.randomUUID();
  const cipher = await sourceCipher({
    interviewId: input.interviewId ?? null,
    roundtableId: input.roundtableId ?? null,
  });
  const excerpt = { start: input.start, end: input.end, text: input.text.slice(input.start, input.end) };
  const created = await api.post<SealedCodingView>('/api/codings', {
    id,
    ...(input.interviewId ? { interviewId: input.interviewId } : { roundtableId: input.roundtableId }),
    codeIds: input.codeIds,
    sealedExcerpt: await cipher.seal(JSON.stringify(excerpt), codingContext(id, 'excerpt')),
    ...(input.memo ? { sealedMemo: await cipher.seal(input.memo, codingContext(id, 'memo')) } : {}),
  });
  return openCoding(created);
}

export async function updateCoding(
  coding: Pick<CodingView, 'id' | 'interviewId' | 'roundtableId'>,
  input: { codeIds?: string[]; memo?: string | null },
): Promise<CodingView> {
  const body: Record<string, unknown> = {};
  if (input.codeIds) body.codeIds = input.codeIds;
  if (input.memo !== undefined) {
    const cipher = await sourceCipher(coding);
    body.sealedMemo =
      input.memo === null ? null : await cipher.seal(input.memo, codingContext(coding.id, 'memo'));
  }
  return openCoding(await api.patch<SealedCodingView>(`/api/codings/${coding.id}`, body));
}

/** Adds (or changes) a code's name in one language; the other languages and the original stay. */
export async function translateCode(code: CodeView, lang: Language, name: string): Promise<CodeView> {
  return updateCode(code.id, { translations: { ...code.translations, [lang]: name } });
}

/** The plain text of a source, as coded: offsets of passages refer to it. */
export async function readSourceText(
  kind: 'interview' | 'roundtable',
  id: string,
): Promise<{ pseudonym: string; title?: string; text: string }> {
  if (kind === 'roundtable') return api.get(`/api/analysis/roundtables/${id}/text`);
  const record = await api.get<InterviewRecord>(`/api/interviews/${id}`);
  const key = await interviewKey(id, record.wrappedSubKey);
  const html = record.sealedNotes
    ? await opened(() => openWithKey(key, record.sealedNotes!, `interview:${id}:notes`))
    : '';
  return { pseudonym: record.pseudonym, text: htmlToText(html) };
}

// ——— Theme suggestions: computed here in a Web Worker, kept sealed on the server ———

type PassageRef = { i: string; k?: 'r'; s: number; e: number };
type StoredTheme = {
  index: number;
  label: string;
  /**
   * The suggested label for a reader of each language (the engine names the same terms in nl, fr and
   * en), sealed with the rest; dropped once a researcher renames the theme (their name is then the label).
   */
  labels?: LabelsByLanguage;
  terms: { term: string; weight: number; names?: LabelsByLanguage }[];
  size: number;
  state: 'open' | 'accepted' | 'dismissed';
  codeId: string | null;
  passages: PassageRef[];
};
type Source = {
  key: string;
  ref: { interviewId: string } | { roundtableId: string };
  pseudonym: string;
  text: string;
};

/** The run as the themes page shows it. */
export type ThemeRun = {
  id: string;
  passages: number;
  createdAt: string;
  /** A run just made without the word vectors (the file could not be read): themes from the words alone. */
  wordsOnly?: boolean;
  themes: (Omit<StoredTheme, 'passages'> & {
    passages: {
      interviewId: string | null;
      roundtableId: string | null;
      pseudonym: string;
      excerpt: string;
    }[];
  })[];
};
const SHOWN_PASSAGES = 3;

/** Every live source of the bureau, opened: interviews not withdrawn and the minutes chosen. */
async function liveSources(): Promise<Source[]> {
  const out: Source[] = [];
  const { items } = await api.get<{ items: { id: string; pseudonym: string; status: string }[] }>(
    '/api/interviews',
  );
  for (const i of items.filter((x) => x.status !== 'withdrawn')) {
    const { text } = await readSourceText('interview', i.id);
    out.push({ key: `i:${i.id}`, ref: { interviewId: i.id }, pseudonym: i.pseudonym, text });
  }
  const tables = await api.get<{ items: { sourceId: string | null; pseudonym: string | null }[] }>(
    '/api/analysis/roundtables',
  );
  for (const r of tables.items.filter((x) => x.sourceId)) {
    const { text } = await readSourceText('roundtable', r.sourceId!);
    out.push({
      key: `r:${r.sourceId}`,
      ref: { roundtableId: r.sourceId! },
      pseudonym: r.pseudonym ?? '',
      text,
    });
  }
  return out;
}

function runInWorker(
  passages: { id: string; text: string }[],
  k: number | undefined,
  onProgress: (share: number) => void,
): Promise<{
  themes: {
    index: number;
    label: string;
    labels?: Partial<Record<Language, string>>;
    terms: { term: string; weight: number; names?: Partial<Record<Language, string>> }[];
    size: number;
    passages: { id: string }[];
  }[];
  assignments: number[];
  wordsOnly: boolean;
}> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./themes.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event) => {
      if (event.data.progress !== undefined) onProgress(event.data.progress);
      else {
        worker.terminate();
        if (event.data.error) reject(new Error(event.data.error));
        else resolve(event.data.result);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ passages, k, language: document.documentElement.lang });
  });
}

/** Suggests themes over every passage of the live sources, in a Web Worker, and keeps the run sealed. */
export async function startThemeRun(
  k: number | undefined,
  onProgress: (share: number) => void,
): Promise<ThemeRun> {
  const { vault } = session();
  const sources = await liveSources();
  const passages = sources.flatMap((s) =>
    splitPassages(s.text).map((p) => ({ id: `${s.key}:${p.start}:${p.end}`, source: s, ...p })),
  );
  const result = await runInWorker(
    passages.map((p) => ({ id: p.id, text: p.text })),
    k,
    onProgress,
  );
  const byId = new Map(passages.map((p) => [p.id, p]));
  const themes: StoredTheme[] = result.themes.map((t) => {
    const shown = t.passages.map((p) => p.id);
    const rest = passages
      .filter((p, i) => result.assignments[i] === t.index && !shown.includes(p.id))
      .map((p) => p.id);
    return {
      index: t.index,
      label: t.label,
      ...(t.labels ? { labels: t.labels } : {}),
      terms: t.terms.map((term) => ({
        term: term.term,
        weight: term.weight,
        ...(term.names ? { names: term.names } : {}),
      })),
      size: t.size,
      state: 'open',
      codeId: null,
      passages: [...shown, ...rest].map((id) => {
        const p = byId.get(id)!;
        return 'interviewId' in p.source.ref
          ? { i: p.source.ref.interviewId, s: p.start, e: p.end }
          : { i: p.source.ref.roundtableId, k: 'r' as const, s: p.start, e: p.end };
      }),
    };
  });
  const id = crypto.randomUUID();
  await api.post('/api/analysis/theme-runs', {
    id,
    passages: passages.length,
    sealedResult: await vault.seal(JSON.stringify(themes), themeContext(id)),
  });
  return {
    ...present(id, passages.length, new Date().toISOString(), themes, sources),
    ...(result.wordsOnly ? { wordsOnly: true } : {}),
  };
}

function present(
  id: string,
  count: number,
  createdAt: string,
  themes: StoredTheme[],
  sources: Source[],
): ThemeRun {
  const byKey = new Map(sources.map((s) => [s.key, s]));
  return {
    id,
    passages: count,
    createdAt,
    themes: themes.map((t) => ({
      ...t,
      passages: t.passages
        .filter((p) => byKey.has(`${p.k === 'r' ? 'r' : 'i'}:${p.i}`))
        .slice(0, SHOWN_PASSAGES)
        .map((p) => {
          const s = byKey.get(`${p.k === 'r' ? 'r' : 'i'}:${p.i}`)!;
          return {
            interviewId: p.k === 'r' ? null : p.i,
            roundtableId: p.k === 'r' ? p.i : null,
            pseudonym: s.pseudonym,
            excerpt: s.text.slice(p.s, p.e),
          };
        }),
    })),
  };
}

async function openRun(id: string) {
  const { vault } = session();
  const run = await api.get<SealedThemeRunView>(`/api/analysis/theme-runs/${id}`);
  const themes = JSON.parse(
    await opened(() => vault.open(run.sealedResult, themeContext(id))),
  ) as StoredTheme[];
  return { run, themes };
}

/** The bureau's latest run, opened, with its most typical passages per theme; null without one. */
export async function readLatestThemeRun(): Promise<ThemeRun | null> {
  session();
  const { id } = await api.get<{ id: string | null }>('/api/analysis/theme-runs/latest');
  if (!id) return null;
  const { run, themes } = await openRun(id);
  return present(run.id, run.passages, run.createdAt, themes, await liveSources());
}

async function saveThemes(id: string, themes: StoredTheme[]) {
  const { vault } = session();
  await api.put(`/api/analysis/theme-runs/${id}`, {
    sealedResult: await vault.seal(JSON.stringify(themes), themeContext(id)),
  });
}

async function openTheme(id: string, index: number) {
  const { themes } = await openRun(id);
  const theme = themes.find((t) => t.index === index);
  if (!theme) throw new ApiError(404, 'NOT_FOUND', 'No such theme');
  if (theme.state !== 'open') throw new ApiError(409, 'CONFLICT', `The theme was ${theme.state} already`);
  return { themes, theme };
}

/**
 * Accepting a theme makes it a code and codes its passages; a passage whose notes changed since the
 * run (beyond the text) or whose source was withdrawn is skipped, and counted.
 */
export async function acceptTheme(runId: string, index: number, name: string) {
  const { themes, theme } = await openTheme(runId, index);
  const code = await createCode({ name, description: '', colour: '#1c7ed6', parentId: null });
  const sources = new Map((await liveSources()).map((s) => [s.key, s]));
  let coded = 0;
  let skipped = 0;
  for (const p of theme.passages) {
    const s = sources.get(`${p.k === 'r' ? 'r' : 'i'}:${p.i}`);
    if (!s || p.e > s.text.length) {
      skipped++;
      continue;
    }
    await createCoding({
      ...(p.k === 'r' ? { roundtableId: p.i } : { interviewId: p.i }),
      start: p.s,
      end: p.e,
      text: s.text,
      codeIds: [code.id],
    });
    coded++;
  }
  theme.state = 'accepted';
  theme.codeId = code.id;
  await saveThemes(runId, themes);
  return { codeId: code.id, coded, skipped };
}

export async function renameTheme(runId: string, index: number, label: string) {
  const { themes, theme } = await openTheme(runId, index);
  theme.label = label;
  delete theme.labels;
  await saveThemes(runId, themes);
}

export async function dismissTheme(runId: string, index: number) {
  const { themes, theme } = await openTheme(runId, index);
  theme.state = 'dismissed';
  await saveThemes(runId, themes);
}

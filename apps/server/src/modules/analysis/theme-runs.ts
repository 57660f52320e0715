import { createHash } from 'node:crypto';
import { findAnalysisRoundtables, getThemeRun, schema, type Tx } from '@brug/db';
import { AppError, splitPassages, suggestThemesAsync, type ThemeRunView } from '@brug/domain';
import { and, desc, eq, gt, isNotNull, lt } from 'drizzle-orm';
import type { AppContext } from '../../http/context.ts';
import { auditBureau, decryptForBureau, encryptForBureau, type UnlockedVault } from '../vault/access.ts';
import { insertCode } from './codebook.ts';
import { insertCoding, openInterviewText, openRoundtableText, type SourceRef } from './coding.ts';

/** A passage by reference only: the words stay in the interview, sealed with its own key. */
type PassageRef = { i: string; k?: 'r'; s: number; e: number; h: string };
type LiveSource = { ref: SourceRef; pseudonym: string; text: string };
const refKey = (p: PassageRef) => (p.k === 'r' ? `r:${p.i}` : `i:${p.i}`);
type StoredTheme = {
  index: number;
  label: string;
  terms: { term: string; weight: number }[];
  size: number;
  state: 'open' | 'accepted' | 'dismissed';
  codeId: string | null;
  /** Most representative first. */
  passages: PassageRef[];
};

const resultContext = (id: string) => `theme-run:${id}:result`;
const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const SHOWN_PASSAGES = 3;

async function livePassages(tx: Tx, vault: UnlockedVault) {
  const rows = await tx
    .select({ id: schema.interviews.id, pseudonym: schema.interviews.pseudonym })
    .from(schema.interviews)
    .where(and(eq(schema.interviews.bureauId, vault.bureauId), isNotNull(schema.interviews.wrappedSubKey)));
  const texts = new Map<string, LiveSource>();
  for (const r of rows)
    texts.set(`i:${r.id}`, {
      ref: { interviewId: r.id },
      pseudonym: r.pseudonym,
      text: (await openInterviewText(tx, vault, r.id)).text,
    });
  // Roundtable minutes the bureau chose to analyse are passages too.
  for (const r of await findAnalysisRoundtables(tx, vault.bureauId))
    texts.set(`r:${r.id}`, {
      ref: { roundtableId: r.id },
      pseudonym: r.pseudonym,
      text: (await openRoundtableText(tx, vault, r.id)).text,
    });
  return texts;
}

/** The pg-boss queue of theme runs. Its jobs carry the run's id and the number of themes asked: no key, no text. */
export const THEME_QUEUE = 'analysis-themes';
export type ThemeJob = { runId: string; k: number | null };
/**
 * A run still `running` after this long was cut off (its process stopped, and the key with it): it
 * is shown as failed and no longer blocks a new run.
 */
const RUN_STALE_MS = 10 * 60_000;
/** A job whose key is not in this process is retried (another app server may hold it) for this long. */
const KEY_WAIT_MS = 2 * 60_000;

/**
 * Keys of runs waiting for their job, per app instance. The data key can only live in the memory of
 * the process where the researcher unlocked the vault (DESIGN §4), so the run keeps a copy here, in
 * that process, until its job starts; the job payload holds only the run's id.
 */
const pendingKeys = new WeakMap<AppContext, Map<string, UnlockedVault>>();

function pendingOf(ctx: AppContext) {
  let map = pendingKeys.get(ctx);
  if (!map) {
    map = new Map();
    pendingKeys.set(ctx, map);
  }
  return map;
}

/**
 * Starts theme suggestions over every passage of the bureau's live sources (interviews
 * and the roundtable minutes it chose): the run's row is
 * written, a copy of the key is kept in this process's memory (so the run can finish even if the
 * vault locks meanwhile; wiped after, or after KEY_WAIT_MS if the job never came) and a job with
 * the run's id is queued. The page polls the row's progress.
 */
export async function startThemeRun(ctx: AppContext, vault: UnlockedVault, input: { k?: number }) {
  const db = ctx.database.db;
  const run = await db.transaction(async (tx) => {
    await tx
      .update(schema.themeRuns)
      .set({ status: 'failed', error: 'INTERRUPTED', finishedAt: new Date() })
      .where(
        and(
          eq(schema.themeRuns.bureauId, vault.bureauId),
          eq(schema.themeRuns.status, 'running'),
          lt(schema.themeRuns.createdAt, new Date(Date.now() - RUN_STALE_MS)),
        ),
      );
    // One run at a time per bureau: the engine takes a core while it works.
    const [busy] = await tx
      .select({ id: schema.themeRuns.id })
      .from(schema.themeRuns)
      .where(
        and(
          eq(schema.themeRuns.bureauId, vault.bureauId),
          eq(schema.themeRuns.status, 'running'),
          gt(schema.themeRuns.createdAt, new Date(Date.now() - RUN_STALE_MS)),
        ),
      )
      .limit(1);
    if (busy) throw new AppError('CONFLICT', 'A theme run is still running');
    const texts = await livePassages(tx, vault);
    const count = [...texts.values()].reduce((n, { text }) => n + splitPassages(text).length, 0);
    const [run] = await tx
      .insert(schema.themeRuns)
      .values({
        zoneId: vault.zoneId,
        bureauId: vault.bureauId,
        passages: count,
        createdById: vault.user.id,
      })
      .returning();
    await auditBureau(
      tx,
      vault,
      'analysis.themes.start',
      { type: 'theme_run', id: run.id },
      { passages: count },
    );
    return run;
  });
  const own: UnlockedVault = { ...vault, dataKey: Buffer.from(vault.dataKey) };
  const pending = pendingOf(ctx);
  pending.set(run.id, own);
  setTimeout(() => {
    if (pending.get(run.id) === own) {
      pending.delete(run.id);
      own.dataKey.fill(0);
    }
  }, KEY_WAIT_MS + 60_000).unref();
  await ctx.jobs.send(
    THEME_QUEUE,
    { runId: run.id, k: input.k ?? null },
    { retryLimit: 60, retryDelay: 2, retryBackoff: false },
  );
  return run;
}

/** The job: runs in whichever process picks it up, but only the one holding the key can do the work. */
export async function runThemeJob(ctx: AppContext, { runId, k }: ThemeJob) {
  const db = ctx.database.db;
  const pending = pendingOf(ctx);
  const vault = pending.get(runId);
  const [row] = await db.select().from(schema.themeRuns).where(eq(schema.themeRuns.id, runId)).limit(1);
  if (row?.status !== 'running') {
    pending.delete(runId);
    vault?.dataKey.fill(0);
    return;
  }
  if (!vault) {
    if (Date.now() - row.createdAt.getTime() < KEY_WAIT_MS) throw new Error('key held by another process');
    await db
      .update(schema.themeRuns)
      .set({ status: 'failed', error: 'KEY_UNAVAILABLE', finishedAt: new Date() })
      .where(eq(schema.themeRuns.id, runId));
    return;
  }
  pending.delete(runId);
  try {
    const texts = await db.transaction((tx) => livePassages(tx, vault));
    const passages = [...texts].flatMap(([key, { ref, text }]) =>
      splitPassages(text).map((p) => ({ id: `${key}:${p.start}:${p.end}`, ref, ...p })),
    );
    let reported = 0;
    const result = await suggestThemesAsync(
      passages.map((p) => ({ id: p.id, text: p.text })),
      {
        k: k ?? undefined,
        onProgress: (share) => {
          const pct = Math.floor(share * 100);
          if (pct - reported >= 10 && pct < 100) {
            reported = pct;
            // A Drizzle query runs only once awaited or caught: catching starts it without waiting.
            db.update(schema.themeRuns)
              .set({ progress: pct })
              .where(eq(schema.themeRuns.id, runId))
              .catch(() => {});
          }
        },
      },
    );
    const byId = new Map(passages.map((p) => [p.id, p]));
    const themes: StoredTheme[] = result.themes.map((t) => {
      const representative = t.passages.map((p) => p.id);
      const rest = passages
        .filter((_, i) => result.assignments[i] === t.index && !representative.includes(passages[i].id))
        .map((p) => p.id);
      return {
        index: t.index,
        label: t.label,
        terms: t.terms,
        size: t.size,
        state: 'open',
        codeId: null,
        passages: [...representative, ...rest].map((id) => {
          const p = byId.get(id)!;
          const at = { s: p.start, e: p.end, h: digest(p.text) };
          return 'interviewId' in p.ref
            ? { i: p.ref.interviewId, ...at }
            : { i: p.ref.roundtableId, k: 'r' as const, ...at };
        }),
      };
    });
    await db
      .update(schema.themeRuns)
      .set({
        status: 'done',
        progress: 100,
        passages: passages.length,
        sealedResult: encryptForBureau(vault, JSON.stringify(themes), resultContext(runId)),
        finishedAt: new Date(),
      })
      .where(eq(schema.themeRuns.id, runId));
  } catch (error) {
    // The error's name only: a message could quote confidential text.
    await db
      .update(schema.themeRuns)
      .set({ status: 'failed', error: (error as Error).name, finishedAt: new Date() })
      .where(eq(schema.themeRuns.id, runId));
  } finally {
    vault.dataKey.fill(0);
  }
}

/** The bureau's latest run, if any (the page shows it again after a reload). */
export async function latestThemeRunId(ctx: AppContext, vault: UnlockedVault) {
  const [row] = await ctx.database.db
    .select({ id: schema.themeRuns.id })
    .from(schema.themeRuns)
    .where(eq(schema.themeRuns.bureauId, vault.bureauId))
    .orderBy(desc(schema.themeRuns.createdAt))
    .limit(1);
  return row?.id ?? null;
}

function readThemes(
  vault: UnlockedVault,
  run: { id: string; sealedResult: string | null },
): StoredTheme[] | null {
  return run.sealedResult
    ? (JSON.parse(decryptForBureau(vault, run.sealedResult, resultContext(run.id))) as StoredTheme[])
    : null;
}

async function requireRun(tx: Tx, vault: UnlockedVault, id: string) {
  const run = await getThemeRun(tx, vault.bureauId, id);
  if (!run) throw new AppError('NOT_FOUND', 'No such theme run');
  return run;
}

/** The run with, per theme, its most representative passages as excerpts (withdrawn sources left out). */
export async function readThemeRun(ctx: AppContext, vault: UnlockedVault, id: string): Promise<ThemeRunView> {
  return ctx.database.db.transaction(async (tx) => {
    const run = await requireRun(tx, vault, id);
    if (run.status === 'running' && Date.now() - run.createdAt.getTime() > RUN_STALE_MS) {
      Object.assign(run, { status: 'failed', error: 'INTERRUPTED', finishedAt: new Date() });
      await tx
        .update(schema.themeRuns)
        .set({ status: run.status, error: run.error, finishedAt: run.finishedAt })
        .where(eq(schema.themeRuns.id, id));
    }
    const themes = readThemes(vault, run);
    let view: ThemeRunView['themes'] = null;
    if (themes) {
      const texts = await livePassages(tx, vault);
      view = themes.map((t) => ({
        index: t.index,
        label: t.label,
        terms: t.terms,
        size: t.size,
        state: t.state,
        codeId: t.codeId,
        passages: t.passages
          .filter((p) => texts.has(refKey(p)))
          .slice(0, SHOWN_PASSAGES)
          .map((p) => {
            const source = texts.get(refKey(p))!;
            return {
              interviewId: p.k === 'r' ? null : p.i,
              roundtableId: p.k === 'r' ? p.i : null,
              pseudonym: source.pseudonym,
              excerpt: source.text.slice(p.s, p.e),
            };
          }),
      }));
      await auditBureau(tx, vault, 'analysis.themes.read', { type: 'theme_run', id });
    }
    return {
      id: run.id,
      status: run.status as ThemeRunView['status'],
      progress: run.progress,
      passages: run.passages,
      error: run.error,
      themes: view,
      createdAt: run.createdAt.toISOString(),
    };
  });
}

async function saveThemes(tx: Tx, vault: UnlockedVault, id: string, themes: StoredTheme[]) {
  await tx
    .update(schema.themeRuns)
    .set({ sealedResult: encryptForBureau(vault, JSON.stringify(themes), resultContext(id)) })
    .where(eq(schema.themeRuns.id, id));
}

async function openTheme(tx: Tx, vault: UnlockedVault, id: string, index: number) {
  const run = await requireRun(tx, vault, id);
  const themes = readThemes(vault, run);
  if (!themes) throw new AppError('CONFLICT', 'The run has not finished');
  const theme = themes.find((t) => t.index === index);
  if (!theme) throw new AppError('NOT_FOUND', 'No such theme');
  if (theme.state !== 'open') throw new AppError('CONFLICT', `The theme was ${theme.state} already`);
  return { themes, theme };
}

/**
 * Accepting a theme makes it a code (its suggested name or the researcher's) and codes its passages.
 * A passage whose notes changed since the run no longer matches and is skipped, and counted.
 */
export async function acceptTheme(
  ctx: AppContext,
  vault: UnlockedVault,
  id: string,
  index: number,
  input: { name?: string; parentId: string | null },
) {
  return ctx.database.db.transaction(async (tx) => {
    const { themes, theme } = await openTheme(tx, vault, id, index);
    const code = await insertCode(tx, vault, {
      name: input.name ?? theme.label,
      description: theme.terms.map((t) => t.term).join(', '),
      colour: '#2f9e44',
      parentId: input.parentId,
    });
    const texts = await livePassages(tx, vault);
    let coded = 0;
    let skipped = 0;
    for (const p of theme.passages) {
      const source = texts.get(refKey(p));
      const text = source?.text.slice(p.s, p.e);
      if (!source || text === undefined || digest(text) !== p.h) {
        skipped++;
        continue;
      }
      await insertCoding(tx, vault, source.ref, { start: p.s, end: p.e, text }, [code.id]);
      coded++;
    }
    theme.state = 'accepted';
    theme.codeId = code.id;
    await saveThemes(tx, vault, id, themes);
    await auditBureau(
      tx,
      vault,
      'analysis.themes.accept',
      { type: 'theme_run', id },
      { index, coded, skipped },
    );
    return { codeId: code.id, coded, skipped };
  });
}

/** Renames a suggested theme and leaves it open: accepting it later takes this name for the code. */
export async function renameTheme(
  ctx: AppContext,
  vault: UnlockedVault,
  id: string,
  index: number,
  label: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    const { themes, theme } = await openTheme(tx, vault, id, index);
    theme.label = label;
    await saveThemes(tx, vault, id, themes);
    await auditBureau(tx, vault, 'analysis.themes.rename', { type: 'theme_run', id }, { index });
  });
}

export async function dismissTheme(ctx: AppContext, vault: UnlockedVault, id: string, index: number) {
  return ctx.database.db.transaction(async (tx) => {
    const { themes, theme } = await openTheme(tx, vault, id, index);
    theme.state = 'dismissed';
    await saveThemes(tx, vault, id, themes);
    await auditBureau(tx, vault, 'analysis.themes.dismiss', { type: 'theme_run', id }, { index });
  });
}

import { type Database, schema, type Tx } from '@brug/db';
import { AppError, type ImportInput, type ImportProgressView, type ImportReport } from '@brug/domain';
import { and, eq, lt } from 'drizzle-orm';
import type { SessionUser } from '../accounts/session-store.ts';
import { audit } from './audit.ts';
import { type ImportPlan, planImport } from './plan-import.ts';
import { readSheet } from './read-sheet.ts';
import { type Progress, writeImport } from './write-import.ts';

/** A preview holds personal data from the file: it is kept only this long. */
const PREVIEW_KEEP_MS = 24 * 60 * 60 * 1000;
/** A running import on PostgreSQL reports progress every chunk; silence this long means its server stopped. */
const STALE_RUNNING_MS = 2 * 60 * 1000;

type Running = ImportProgressView & { zoneId: string; userId: string };

/**
 * Imports in this process, by id: polling them never waits for the database, which on the embedded
 * database is busy with the import's transaction.
 */
const running = new Map<string, Running>();
const pendingWork = new Set<Promise<void>>();

/**
 * Preview (`dryRun`): reads the file once, validates and matches every row, and keeps the rows read
 * under an `importId`. Import: the rows of that preview (or of a file sent again) are written in one
 * transaction — at once, or in the background with progress to poll. Nothing is written when a row is
 * invalid and not skipped.
 */
export async function importOrganisations(
  database: Database,
  actor: SessionUser,
  input: ImportInput,
): Promise<ImportReport> {
  const db = database.db;
  let table: string[][];
  let source: ImportReport['source'];
  let importId = input.importId;
  if (importId) {
    const [row] = await db
      .select({ rows: schema.partnerImports.rows, status: schema.partnerImports.status })
      .from(schema.partnerImports)
      .where(
        and(
          eq(schema.partnerImports.id, importId),
          eq(schema.partnerImports.zoneId, actor.zoneId),
          eq(schema.partnerImports.userId, actor.id),
        ),
      );
    if (!row) throw AppError.validation({ importId: 'no such preview; send the file again' });
    if (row.status !== 'previewed')
      throw AppError.validation({ importId: `this import is already ${row.status}` });
    table = row.rows;
  } else {
    try {
      const sheet = await readSheet(input.format, Buffer.from(input.file ?? '', 'base64'));
      table = sheet.rows;
      if (sheet.encoding && sheet.separator)
        source = { encoding: sheet.encoding, separator: sheet.separator };
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw AppError.validation({ file: `not a readable ${input.format.toUpperCase()} file` });
    }
  }
  const plan = await planImport(db, actor, table, input);
  if (source) plan.report.source = source;

  if (input.dryRun) {
    if (!importId) {
      await db
        .delete(schema.partnerImports)
        .where(lt(schema.partnerImports.createdAt, new Date(Date.now() - PREVIEW_KEEP_MS)));
      const [row] = await db
        .insert(schema.partnerImports)
        .values({ zoneId: actor.zoneId, userId: actor.id, format: input.format, rows: table })
        .returning({ id: schema.partnerImports.id });
      importId = row.id;
    }
    return { ...plan.report, importId, status: 'previewed' };
  }
  const { summary } = plan.report;
  if (summary.invalid > 0) {
    const fields: Record<string, string> = {};
    for (const p of plan.planned.filter((x) => x.action === 'invalid').slice(0, 50))
      for (const [f, m] of Object.entries(p.errors)) fields[`rows.${p.row}.${f}`] = m;
    throw AppError.validation(fields, `${summary.invalid} rows are invalid; fix or skip them`);
  }

  if (input.background) {
    if (!importId) {
      const [row] = await db
        .insert(schema.partnerImports)
        .values({ zoneId: actor.zoneId, userId: actor.id, format: input.format, rows: table })
        .returning({ id: schema.partnerImports.id });
      importId = row.id;
    }
    const [claimed] = await db
      .update(schema.partnerImports)
      .set({ status: 'running', updatedAt: new Date() })
      .where(and(eq(schema.partnerImports.id, importId), eq(schema.partnerImports.status, 'previewed')))
      .returning({ id: schema.partnerImports.id });
    if (!claimed) throw AppError.validation({ importId: 'this import has already started' });
    const state: Running = {
      id: importId,
      zoneId: actor.zoneId,
      userId: actor.id,
      status: 'running',
      done: 0,
      total: 0,
      summary: null,
      error: null,
    };
    running.set(importId, state);
    const work = runInBackground(database, actor, plan, input.format, state);
    pendingWork.add(work);
    void work.finally(() => pendingWork.delete(work));
    return { ...plan.report, importId, status: 'running' };
  }

  await db.transaction((tx) => write(tx, actor, plan, input.format, importId));
  return { ...plan.report, importId, status: importId ? 'done' : undefined, written: true };
}

async function write(
  tx: Tx,
  actor: SessionUser,
  plan: ImportPlan,
  format: string,
  importId: string | undefined,
  progress?: Progress,
) {
  const total = await writeImport(tx, actor, plan, progress);
  await audit(tx, actor, 'partners.import', { type: 'organisation' }, { ...plan.report.summary, format });
  if (importId)
    // Done: the rows read from the file (personal data) are not kept.
    await tx
      .update(schema.partnerImports)
      .set({
        status: 'done',
        rows: [],
        done: total,
        total,
        report: plan.report.summary,
        updatedAt: new Date(),
      })
      .where(eq(schema.partnerImports.id, importId));
}

async function runInBackground(
  database: Database,
  actor: SessionUser,
  plan: ImportPlan,
  format: string,
  state: Running,
) {
  const db = database.db;
  let lastWrite = 0;
  const progress: Progress = async (done, total) => {
    state.done = done;
    state.total = total;
    // Other app servers read the progress from the row; the embedded database is held by the
    // transaction (one connection), and there is only this process to ask.
    if (database.kind === 'postgres' && Date.now() - lastWrite > 250) {
      lastWrite = Date.now();
      await db
        .update(schema.partnerImports)
        .set({ done, total, updatedAt: new Date() })
        .where(eq(schema.partnerImports.id, state.id));
    }
  };
  try {
    await db.transaction((tx) => write(tx, actor, plan, format, state.id, progress));
    state.status = 'done';
    state.done = state.total;
    state.summary = plan.report.summary;
  } catch (err) {
    state.status = 'failed';
    state.error = 'the import could not be written; nothing was changed';
    console.error('[partners.import]', err instanceof Error ? err.message : err);
    await db
      .update(schema.partnerImports)
      .set({ status: 'failed', error: state.error, updatedAt: new Date() })
      .where(eq(schema.partnerImports.id, state.id))
      .catch(() => {});
  }
  // Kept a while for the last polls; the row answers afterwards.
  setTimeout(() => running.delete(state.id), 60_000).unref();
}

/** The progress of an import of this user (this process first, then the stored row). */
export async function getImportProgress(
  database: Database,
  actor: SessionUser,
  id: string,
): Promise<ImportProgressView> {
  const mine = running.get(id);
  if (mine && mine.zoneId === actor.zoneId && mine.userId === actor.id) {
    const { zoneId: _z, userId: _u, ...view } = mine;
    return view;
  }
  const [row] = await database.db
    .select()
    .from(schema.partnerImports)
    .where(
      and(
        eq(schema.partnerImports.id, id),
        eq(schema.partnerImports.zoneId, actor.zoneId),
        eq(schema.partnerImports.userId, actor.id),
      ),
    );
  if (!row) throw new AppError('NOT_FOUND', 'No such import');
  // 'running' but written by no process: on the embedded database only this process could be
  // writing it; on PostgreSQL the writing server reports progress every chunk.
  const interrupted =
    row.status === 'running' &&
    (database.kind === 'pglite' || Date.now() - row.updatedAt.getTime() > STALE_RUNNING_MS);
  return {
    id: row.id,
    status: interrupted ? 'failed' : (row.status as ImportProgressView['status']),
    done: row.done,
    total: row.total,
    summary: (row.report as ImportProgressView['summary']) ?? null,
    error: interrupted ? 'the import was interrupted; nothing was changed' : row.error,
  };
}

/** Lets a closing server finish the imports it is writing before the database closes. */
export function importsSettled(): Promise<unknown> {
  return Promise.allSettled([...pendingWork]);
}

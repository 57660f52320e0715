import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DURATIONS = path.join(ROOT, 'test-durations.json');

/** Seconds per test file (path from the repository root) of a whole run, written by `record-test-durations.mjs`. */
function recorded(): Record<string, number> {
  if (!existsSync(DURATIONS)) return {};
  return JSON.parse(readFileSync(DURATIONS, 'utf8')) as Record<string, number>;
}

/**
 * The files in the order to start them: longest recorded first, files without a record (new ones)
 * before all, ties in the order given.
 */
export function longestFirst<T extends { moduleId: string }>(
  files: readonly T[],
  seconds: Record<string, number>,
  root: string = ROOT,
): T[] {
  const of = (file: T) =>
    seconds[path.relative(root, file.moduleId).split(path.sep).join('/')] ?? Number.POSITIVE_INFINITY;
  return files
    .map((file, index) => ({ file, index, s: of(file) }))
    .sort((a, b) => (a.s === b.s ? a.index - b.index : b.s > a.s ? 1 : -1))
    .map(({ file }) => file);
}

/**
 * Starts the files that took longest in a recorded run first, so that the last minutes of a run are
 * not one long file on one worker while the other waits. Vitest does this itself from its own cache,
 * which a clean clone (CI) does not have; there it would order by file size, and a short file full of
 * browser journeys would start last.
 */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return longestFirst(await super.sort(files), recorded());
  }
}

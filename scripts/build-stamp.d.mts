export type BuildTarget = {
  name: string;
  /** Files and folders (read recursively) the build is made from, relative to the root. */
  inputs: string[];
  stampFile: string;
  /** Files the build writes; a missing one means the build must run again. */
  outputs: string[];
};
export const ROOT: string;
export const WEB_BUILD: BuildTarget;
export const SERVER_BUILD: BuildTarget;
export function sourceStamp(root: string, inputs: string[]): string;
export function builtStamp(root: string, target: BuildTarget): string;
export function writeStamp(root: string, target: BuildTarget, stamp: string): void;
export function buildIfChanged(
  root: string,
  target: BuildTarget,
  build: () => unknown,
  options?: { force?: boolean },
): Promise<boolean>;

// `npm test`'s typecheck: each workspace's files checked once, under that workspace's tsconfig.
//
// `tsc --noEmit -p <workspace>` checks every source file its program reaches, so a workspace that
// imports another's sources checks them again: the server checks packages/domain and packages/db, the
// benchmarks check the server, and so on. Here each workspace's program is built as tsc builds it (same
// tsconfig, same files, same options), and its diagnostics are the configuration's, the options', the
// global ones, the syntax of every file, and the types of the files that no other listed workspace
// includes: those of its own `include`, and any reached file that no workspace includes (the root
// scripts the e2e config imports). That is what `tsc -b` with project references would check, without
// changing the workspaces' tsconfigs.
//
// Usage: node scripts/typecheck.mjs [--jobs N] workspace…   (exit 1 and the errors when any fails)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseConfig(workspace) {
  const configPath = path.join(ROOT, workspace, 'tsconfig.json');
  const problems = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    { noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => problems.push(d),
    },
  );
  if (!parsed) throw new Error(format(problems));
  return parsed;
}

const host = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => ROOT,
  getNewLine: () => '\n',
};
const format = (diagnostics) => ts.formatDiagnostics(diagnostics, host);

/** The diagnostics of one workspace; `others` are the other workspaces, whose own files it skips. */
function check(workspace, others) {
  const parsed = parseConfig(workspace);
  const elsewhere = new Set(others.flatMap((w) => parseConfig(w).fileNames.map((f) => path.resolve(f))));
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
  });
  const diagnostics = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
  ];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || elsewhere.has(path.resolve(file.fileName))) continue;
    diagnostics.push(...program.getSemanticDiagnostics(file));
  }
  return ts.sortAndDeduplicateDiagnostics(diagnostics);
}

const args = process.argv.slice(2);
if (args[0] === '--one') {
  // A child: one workspace, the others named after it.
  const [, workspace, ...others] = args;
  const diagnostics = check(workspace, others);
  if (diagnostics.length > 0) {
    process.stdout.write(`✗ ${workspace}\n${format(diagnostics)}`);
    process.exitCode = 1;
  }
} else {
  // tsc is single-threaded: the workspaces are checked N at a time (default 2), in the order given.
  let jobs = 2;
  if (args[0] === '--jobs') {
    jobs = Number(args[1]);
    args.splice(0, 2);
  }
  if (args.length === 0) {
    // Without workspaces nothing would be checked, and that would look like a pass.
    process.stderr.write('usage: node scripts/typecheck.mjs [--jobs N] workspace… (see scripts/test.sh)\n');
    process.exit(2);
  }
  const queue = [...args];
  let failed = false;
  const worker = async () => {
    for (let w = queue.shift(); w; w = queue.shift()) {
      const others = args.filter((o) => o !== w);
      const code = await new Promise((resolve) => {
        const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--one', w, ...others], {
          stdio: 'inherit',
        });
        child.on('exit', (c) => resolve(c ?? 1));
      });
      if (code !== 0) failed = true;
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  process.exitCode = failed ? 1 : 0;
}

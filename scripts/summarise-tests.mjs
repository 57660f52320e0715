// Adds up the JSON reports of every test run into one closing line: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
const failures = [];
for (const file of existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : []) {
  const r = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  for (const suite of r.testResults ?? []) {
    for (const t of suite.assertionResults ?? []) {
      if (t.status === 'failed') {
        const message = (t.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300);
        failures.push(
          `  ${path.basename(file, '.json')}: ${path.relative(process.cwd(), suite.name)} > ${t.fullName}\n      ${message}`,
        );
      }
    }
    if (suite.status === 'failed' && !(suite.assertionResults ?? []).some((t) => t.status === 'failed')) {
      failures.push(
        `  ${path.basename(file, '.json')}: ${path.relative(process.cwd(), suite.name)}\n      ${(suite.message ?? '').split('\n')[0].slice(0, 300)}`,
      );
    }
  }
  lines.push(
    `  ${path.basename(file, '.json').padEnd(10)} ${r.numPassedTests} passed, ${r.numFailedTests} failed (${r.numTotalTestSuites} files)`,
  );
}
console.log(`\n━━ summary\n${lines.join('\n')}`);
if (failures.length > 0) console.log(`failed tests:\n${failures.join('\n')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

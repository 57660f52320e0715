// Writes test-durations.json (seconds per test file, the longest of the runs given) from the JSON
// reports of a whole `npm test` run: `node scripts/record-test-durations.mjs .test-results`. The
// sequencer (scripts/longest-first.ts) starts the longest files first.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? '.test-results';
const root = process.cwd();
const seconds = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  for (const suite of report.testResults ?? []) {
    const name = path.relative(root, suite.name).split(path.sep).join('/');
    const s = Math.round((suite.endTime - suite.startTime) / 100) / 10;
    seconds[name] = Math.max(seconds[name] ?? 0, s);
  }
}
const sorted = Object.fromEntries(Object.entries(seconds).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(path.join(root, 'test-durations.json'), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`test-durations.json: ${Object.keys(sorted).length} files`);

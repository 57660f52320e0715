// The server bundle under V8's CPU profiler (LOAD_CPU_PROF): started like dist/main.js, writes
// <LOAD_CPU_PROF_FILE> when the process exits (SIGTERM ends it through process.exit).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 1000 });
session.post('Profiler.start');
process.on('exit', () => {
  session.post('Profiler.stop', (err, result) => {
    if (!err) writeFileSync(process.env.LOAD_CPU_PROF_FILE, JSON.stringify(result.profile));
  });
});
// main.js starts the server only when it is the entry point (process.argv[1]).
process.argv[1] = path.resolve('dist/main.js');
await import(process.argv[1]);

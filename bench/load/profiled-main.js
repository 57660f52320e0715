// The server bundle under V8's CPU profiler (LOAD_CPU_PROF): started like dist/main.js, writes
// <LOAD_CPU_PROF_FILE> when it is told to stop (SIGTERM) or exits.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 1000 });
session.post('Profiler.start');
// Written when SIGTERM arrives, before the server's own shutdown, and again at exit if not yet: after a
// PostgreSQL load run the 'exit' handler alone wrote nothing.
let written = false;
const write = () => {
  if (written) return;
  written = true;
  session.post('Profiler.stop', (err, result) => {
    if (!err) writeFileSync(process.env.LOAD_CPU_PROF_FILE, JSON.stringify(result.profile));
  });
};
process.on('SIGTERM', write);
process.on('exit', write);
// main.js starts the server only when it is the entry point (process.argv[1]).
process.argv[1] = path.resolve('dist/main.js');
await import(process.argv[1]);

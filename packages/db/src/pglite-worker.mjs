// The embedded database (PGlite) on a thread of its own, so its work (PostgreSQL compiled to
// WebAssembly, and the parsing of result rows) runs beside the server's HTTP and validation work
// instead of taking turns with it on one core. Plain JavaScript so that Node loads it as it is,
// from the sources (tests, `npm run dev`) and from the bundled server alike; the other side is
// `pglite-thread.ts`, which describes the messages.
//
// PGlite runs one statement at a time. Waiting calls go in order of the work they belong to (the
// request's arrival, `key`), then of their asking; while a transaction is open only its own
// statements run, in the order they were sent. Each next statement starts after the thread has
// read the messages that arrived meanwhile (`setImmediate`), so the order sees them.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

/** @type {PGlite} */
let db;
try {
  db = await PGlite.create(workerData.dataDir, workerData.options);
} catch (err) {
  parentPort.postMessage({ type: 'failed', error: describe(err) });
  process.exit(1);
}

/** Calls outside a transaction, oldest work first: sorted by key, then seq. */
const waiting = [];
/** The open transaction's calls, in the order they came. */
let inTransaction = [];
let openTransaction = 0;
let seq = 0;
let running = false;
/** parsers that leave the value as PostgreSQL wrote it, per list of type ids */
const keepAsText = new Map();

parentPort.on('message', (message) => {
  if (message.tx !== undefined && message.tx === openTransaction) inTransaction.push(message);
  else insert({ ...message, seq: seq++ });
  if (!running) {
    // Idle: start at once.
    running = true;
    runNext();
  }
});

function insert(item) {
  let lo = 0;
  let hi = waiting.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = waiting[mid];
    if (m.key < item.key || (m.key === item.key && m.seq < item.seq)) lo = mid + 1;
    else hi = mid;
  }
  waiting.splice(lo, 0, item);
}

function nextCall() {
  if (openTransaction) return inTransaction.shift();
  return waiting.shift();
}

async function runNext() {
  const call = nextCall();
  if (!call) {
    running = false;
    return;
  }
  try {
    const result = await run(call);
    if (result instanceof Uint8Array) parentPort.postMessage({ id: call.id, result }, [result.buffer]);
    else parentPort.postMessage({ id: call.id, result });
  } catch (err) {
    parentPort.postMessage({ id: call.id, error: describe(err) });
  }
  setImmediate(runNext);
}

async function run(call) {
  switch (call.op) {
    case 'query':
      return db.query(call.sql, call.params, {
        rowMode: call.rowMode,
        parsers: call.keepAsText ? parsersKeeping(call.keepAsText) : undefined,
      });
    case 'exec':
      return db.exec(call.sql);
    case 'begin':
      await db.exec('begin');
      // The other side sends the transaction's statements once this has answered.
      openTransaction = call.tx;
      inTransaction = [];
      return null;
    case 'commit':
    case 'rollback':
      try {
        await db.exec(call.op);
      } finally {
        openTransaction = 0;
        inTransaction = [];
      }
      return null;
    case 'dump': {
      const file = await db.dumpDataDir(call.compression);
      return new Uint8Array(await file.arrayBuffer());
    }
    case 'close':
      await db.close();
      return null;
    default:
      throw new Error(`unknown call ${call.op}`);
  }
}

function parsersKeeping(typeIds) {
  const key = typeIds.join(',');
  let parsers = keepAsText.get(key);
  if (!parsers) {
    parsers = Object.fromEntries(typeIds.map((id) => [id, (value) => value]));
    keepAsText.set(key, parsers);
  }
  return parsers;
}

/** An error as plain data: its message and PostgreSQL's fields (code, detail, constraint, …). */
function describe(err) {
  const out = { message: err instanceof Error ? err.message : String(err), name: err?.name ?? 'Error' };
  for (const [k, v] of Object.entries(err ?? {})) {
    if (v === undefined || v === null || ['string', 'number', 'boolean'].includes(typeof v)) out[k] = v;
  }
  return out;
}

parentPort.postMessage({ type: 'ready' });

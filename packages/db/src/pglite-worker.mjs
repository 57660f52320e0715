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
import { PGlite, protocol } from '@electric-sql/pglite';

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

/** Statements of transactions whose begin waits its turn: the other side does not wait for the begin. */
const early = new Map();

parentPort.on('message', (message) => {
  if (message.tx === undefined || message.op === 'begin') insert({ ...message, seq: seq++ });
  else if (message.tx === openTransaction) inTransaction.push(message);
  else if (early.has(message.tx)) early.get(message.tx).push(message);
  else early.set(message.tx, [message]);
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
    // Bytes (a query's raw answer, a dump) are handed over, not copied.
    if (result instanceof Uint8Array) parentPort.postMessage({ id: call.id, result }, [result.buffer]);
    else parentPort.postMessage({ id: call.id, result });
  } catch (err) {
    parentPort.postMessage({ id: call.id, error: describe(err) });
  }
  setImmediate(runNext);
}

async function run(call) {
  switch (call.op) {
    case 'query': {
      const values = call.params ? asText(call.params) : [];
      if (values) return raw(extendedQuery(call.sql, values));
      return db.query(call.sql, call.params, {
        rowMode: call.rowMode,
        parsers: call.keepAsText ? parsersKeeping(call.keepAsText) : undefined,
      });
    }
    case 'exec':
      return db.exec(call.sql);
    case 'begin': {
      const sent = early.get(call.tx) ?? [];
      early.delete(call.tx);
      try {
        await db.exec('begin');
      } catch (err) {
        for (const m of sent) parentPort.postMessage({ id: m.id, error: describe(err) });
        throw err;
      }
      openTransaction = call.tx;
      inTransaction = sent;
      return null;
    }
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

/**
 * The parameters as PostgreSQL's text, when each has one form whatever its column's type: null,
 * strings, numbers, booleans, dates and bytes (what drizzle sends). Undefined when one is a list or an
 * object, whose text depends on the type (a JSON value or an array): PGlite's own query asks the
 * types first for those.
 */
function asText(params) {
  const out = new Array(params.length);
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (p === null || p === undefined) out[i] = null;
    else if (typeof p === 'string') out[i] = p;
    else if (typeof p === 'number' || typeof p === 'bigint') out[i] = String(p);
    else if (typeof p === 'boolean') out[i] = p ? 't' : 'f';
    else if (p instanceof Date) out[i] = p.toISOString();
    else if (p instanceof Uint8Array)
      out[i] = `\\x${Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('hex')}`;
    else return undefined;
  }
  return out;
}

/**
 * One pass through PostgreSQL for the whole statement; the other side reads the answer. (PGlite's
 * `execProtocolRaw` also parses the answer and keeps every parsed message: its streaming form does not.)
 */
async function raw(message) {
  const chunks = [];
  await db.execProtocolRawStream(message, {
    syncToFs: openTransaction === 0,
    onRawData: (bytes) => {
      chunks.push(bytes.slice());
    },
  });
  return chunks.length === 1 ? chunks[0] : concat(chunks);
}

/** Parse, bind, describe, execute and sync in one message, as a PostgreSQL client pipelines them. */
function extendedQuery(text, values) {
  const parts = [
    protocol.serialize.parse({ text }),
    protocol.serialize.bind({ values }),
    protocol.serialize.describe({ type: 'P' }),
    protocol.serialize.execute({}),
    protocol.serialize.sync(),
  ];
  return concat(parts);
}

/**
 * The parts in one new array of its own. (Not `Buffer.concat`: a small Buffer shares a pooled
 * ArrayBuffer, which must not be handed to the other thread.)
 */
function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
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

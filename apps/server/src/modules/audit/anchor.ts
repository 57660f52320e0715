import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { auditHashes, auditHead, type Db, onAuditAppended, verifyAuditChain } from '@brug/db';
import type { Logger } from 'pino';

/**
 * The audit chain's anchor outside the database (docs/ARCHITECTURE.md, "The audit log").
 *
 * The chain in `audit_log` proves that no entry was changed *unless* someone recomputes every hash
 * after the change, and it cannot show that its last entries were deleted: whoever can write the
 * database (a superuser, the database operator) can do both. So the server signs a checkpoint of the
 * head — the last entry's id and hash — with an Ed25519 key that is not in the database, and appends
 * it to a file that is not in the database either: the anchor folder, beside the data folder
 * (`data.audit/`, or `AUDIT_DIR`). `brug audit verify` then needs the database to reach every
 * checkpoint with the same hash: a cut-off end or a rewrite with recomputed hashes no longer passes.
 *
 * Checkpoints are written shortly after every burst of entries (a quarter of a second after the last
 * one), every minute, and when the server stops. The head is also shown to admins and the bureau
 * (`GET /api/audit/anchor`) so that a copy kept elsewhere can be checked with
 * `brug audit verify --expect ID:HASH` — that covers whoever controls the server's files as well.
 */
export type Checkpoint = { id: number; hash: string; at: string; sig: string };

const KEY_FILE = 'signing-key.pem';
const LOG_FILE = 'checkpoints.jsonl';
const DEBOUNCE_MS = 250;
const INTERVAL_MS = 60_000;

function signedText(c: Omit<Checkpoint, 'sig'>): Buffer {
  return Buffer.from(`brug-audit-checkpoint:v1\n${c.id}\n${c.hash}\n${c.at}`);
}

/** `data` → `data.audit`: beside the data folder, so that a copy of the folder does not hold it. */
export const anchorDirFor = (dataDir: string) => `${path.resolve(dataDir)}.audit`;

export function checkpointValid(publicKey: KeyObject, c: Checkpoint): boolean {
  try {
    return verify(null, signedText(c), publicKey, Buffer.from(c.sig, 'base64'));
  } catch {
    return false;
  }
}

export type AnchorProblem = {
  kind: 'cut' | 'rewritten' | 'forged';
  message: string;
  checkpoint?: Checkpoint;
};

export class AuditAnchor {
  readonly publicKey: KeyObject;
  private readonly privateKey: KeyObject;
  private last: Checkpoint | undefined;
  private timer: NodeJS.Timeout | undefined;
  private interval: NodeJS.Timeout | undefined;
  private unlisten: (() => void) | undefined;
  private running: Promise<unknown> = Promise.resolve();
  /** Set once the database was seen behind or different from a checkpoint; checkpoints stop then. */
  problem: AnchorProblem | undefined;

  private constructor(
    readonly dir: string,
    privateKey: KeyObject,
  ) {
    this.privateKey = privateKey;
    this.publicKey = createPublicKey(privateKey);
    this.last = this.checkpoints().at(-1);
  }

  /** Opens the anchor folder, creating it and its signing key (0600) on first use. */
  static open(dir: string): AuditAnchor {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const keyFile = path.join(dir, KEY_FILE);
    if (!existsSync(keyFile)) {
      const { privateKey } = generateKeyPairSync('ed25519');
      try {
        writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
          mode: 0o600,
          flag: 'wx',
        });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    chmodSync(keyFile, 0o600);
    return new AuditAnchor(dir, createPrivateKey(readFileSync(keyFile)));
  }

  /** The public key (SPKI, PEM), and a short fingerprint of it to compare by eye. */
  publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  fingerprint(): string {
    const der = this.publicKey.export({ type: 'spki', format: 'der' });
    return createHash('sha256').update(der).digest('hex').slice(0, 16);
  }

  /** Every checkpoint in the file, oldest first; a line that does not parse is returned as forged. */
  checkpoints(): Checkpoint[] {
    const file = path.join(this.dir, LOG_FILE);
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        try {
          const c = JSON.parse(line) as Checkpoint;
          return { id: Number(c.id), hash: String(c.hash), at: String(c.at), sig: String(c.sig) };
        } catch {
          return { id: 0, hash: '', at: '', sig: '' };
        }
      });
  }

  latest(): Checkpoint | undefined {
    return this.last;
  }

  /**
   * Compares the database with the latest checkpoint and, when the chain grew, signs its new head.
   * A database that is behind the checkpoint or differs at it is a problem, logged once; the file is
   * then left as it is (it is the evidence).
   */
  async checkpoint(db: Db, log?: Logger): Promise<void> {
    const run = this.running.then(async () => {
      if (this.problem) return;
      const head = await auditHead(db);
      const last = this.last;
      if (last) {
        const problem = await compareWith(db, last, head);
        if (problem) {
          this.problem = problem;
          log?.error({ audit: problem.kind, checkpoint: last.id }, `audit log: ${problem.message}`);
          return;
        }
      }
      if (!head || head.id === last?.id) return;
      const unsigned = { id: head.id, hash: head.hash, at: new Date().toISOString() };
      const c: Checkpoint = {
        ...unsigned,
        sig: sign(null, signedText(unsigned), this.privateKey).toString('base64'),
      };
      appendFileSync(path.join(this.dir, LOG_FILE), `${JSON.stringify(c)}\n`, { mode: 0o600 });
      this.last = c;
    });
    this.running = run.catch(() => {});
    return run;
  }

  /** Checkpoints after every burst of appended entries and every minute, until `stop`. */
  start(db: Db, log?: Logger): Promise<void> {
    const later = () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.checkpoint(db, log).catch((err) => log?.error({ err }, 'audit checkpoint failed'));
      }, DEBOUNCE_MS);
      this.timer.unref();
    };
    this.unlisten = onAuditAppended(later);
    this.interval = setInterval(later, INTERVAL_MS);
    this.interval.unref();
    return this.checkpoint(db, log);
  }

  /** Stops the timers and writes the last checkpoint. */
  async stop(db: Db, log?: Logger): Promise<void> {
    this.unlisten?.();
    clearTimeout(this.timer);
    clearInterval(this.interval);
    await this.checkpoint(db, log).catch((err) => log?.error({ err }, 'audit checkpoint failed'));
  }
}

async function compareWith(
  db: Db,
  c: Checkpoint,
  head: { id: number; hash: string } | undefined,
): Promise<AnchorProblem | undefined> {
  if (!head || head.id < c.id) {
    return {
      kind: 'cut',
      checkpoint: c,
      message: `entries were removed from the end: the log ends at entry ${head?.id ?? 0}, but the checkpoint of ${c.at} recorded entry ${c.id}`,
    };
  }
  const stored = (await auditHashes(db, [c.id])).get(c.id);
  if (stored !== c.hash) {
    return {
      kind: 'rewritten',
      checkpoint: c,
      message: `entry ${c.id} is not the one the checkpoint of ${c.at} recorded: entries up to it were rewritten`,
    };
  }
  return undefined;
}

export type AnchoredResult =
  | { ok: true; entries: number; checkpoints: number }
  | { ok: false; entries: number; problem: string };

/**
 * The whole check: the chain itself, then every checkpoint (its signature, and the database reaching
 * it with the same hash), then a head someone kept (`expect`).
 */
export async function verifyAnchoredChain(
  db: Db,
  options: { anchor?: AuditAnchor; expect?: { id: number; hash: string } } = {},
): Promise<AnchoredResult> {
  const chain = await verifyAuditChain(db);
  if (!chain.ok) {
    return {
      ok: false,
      entries: chain.entries,
      problem: `entry ${chain.brokenAt}: ${chain.reason}`,
    };
  }
  const checkpoints = options.anchor?.checkpoints() ?? [];
  const expected = [...checkpoints];
  for (const c of checkpoints) {
    if (!checkpointValid(options.anchor!.publicKey, c)) {
      return {
        ok: false,
        entries: chain.entries,
        problem: `checkpoint ${c.id ? `of entry ${c.id} ` : ''}has no valid signature: the anchor file was edited`,
      };
    }
  }
  if (options.expect) expected.push({ ...options.expect, at: 'the expected head', sig: '' });
  const stored = await auditHashes(
    db,
    expected.map((c) => c.id),
  );
  for (const c of expected) {
    const hash = stored.get(c.id);
    const when = c.sig ? `the checkpoint of ${c.at}` : 'the expected head';
    if (hash === undefined)
      return {
        ok: false,
        entries: chain.entries,
        problem: `entries were removed from the end: the log ends at entry ${chain.entries}, but ${when} recorded entry ${c.id}`,
      };
    if (hash !== c.hash)
      return {
        ok: false,
        entries: chain.entries,
        problem: `entry ${c.id} is not the one ${when} recorded: entries up to it were rewritten`,
      };
  }
  return { ok: true, entries: chain.entries, checkpoints: checkpoints.length };
}

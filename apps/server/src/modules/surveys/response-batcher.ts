import { type NewResponse, type ResponseClaim, submitSurveyResponses, type Tx } from '@brug/db';

type Pending = {
  response: NewResponse;
  claim: ResponseClaim;
  resolve: (stored: boolean) => void;
  reject: (error: unknown) => void;
};

/** Large enough for a room answering together, small enough to keep one statement short. */
const MAX_BATCH = 250;
const batchers = new WeakMap<object, ResponseBatcher>();

/**
 * Respondents of an activity answer together. Their answers are written together: while one
 * batch is being stored, the answers that arrive wait and go into the next statement (group
 * commit). One respondent alone is stored at once. When a batch fails, its answers are retried one
 * by one, so one bad answer never costs the others theirs.
 */
class ResponseBatcher {
  private queue: Pending[] = [];
  private busy = false;

  constructor(private readonly db: Tx) {}

  submit(response: NewResponse, claim: ResponseClaim): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ response, claim, resolve, reject });
      // Started after the requests that arrived with this one have been read, so that they join
      // this batch instead of each taking a transaction of its own.
      if (!this.busy) {
        this.busy = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.take();
        try {
          const stored = await submitSurveyResponses(this.db, batch);
          batch.forEach((p, i) => {
            p.resolve(stored[i]);
          });
        } catch (error) {
          if (batch.length === 1) batch[0].reject(error);
          else
            for (const p of batch)
              await submitSurveyResponses(this.db, [p]).then(([stored]) => p.resolve(stored), p.reject);
        }
      }
    } finally {
      this.busy = false;
    }
  }

  /** The next batch; a second answer with the same code or device token waits for the next one. */
  private take(): Pending[] {
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    const claims = new Set<string>();
    for (const p of this.queue) {
      const key = p.claim.kind === 'code' ? `c:${p.claim.codeHash}` : `d:${p.claim.tokenHash}`;
      if (batch.length < MAX_BATCH && !claims.has(key)) {
        claims.add(key);
        batch.push(p);
      } else rest.push(p);
    }
    this.queue = rest;
    return batch;
  }
}

/** Stores one response through the database's batcher; false when its code or token was used. */
export function storeResponse(db: Tx, response: NewResponse, claim: ResponseClaim): Promise<boolean> {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new ResponseBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher.submit(response, claim);
}

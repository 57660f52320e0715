import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, waitFor } from '../../../test/helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('[JOBS] background work', () => {
  it('runs a job that succeeded once, even when another job of its batch failed and is tried again', async () => {
    const runs = new Map<string, number>();
    let calls = 0;
    // Sent before the worker starts, so that the first fetch takes all four as one batch.
    for (const key of ['one', 'two', 'three', 'four'])
      await t.ctx.jobs.send('test.batch', { key }, { retryDelay: 1, retryBackoff: false });
    // The second job run fails once: the first has finished by then, whatever the fetch order.
    await t.ctx.jobs.work<{ key: string }>('test.batch', async ({ key }) => {
      runs.set(key, (runs.get(key) ?? 0) + 1);
      calls++;
      if (calls === 2) throw new Error('first try fails');
    });
    await waitFor(async () => calls >= 5 && runs.size === 4, 30_000);
    // Give a wrongly retried batch the time to run its neighbours again.
    await new Promise((r) => setTimeout(r, 2500));
    expect([...runs.values()].sort()).toEqual([1, 1, 1, 2]);
    expect(calls).toBe(5);
  }, 60_000);
});

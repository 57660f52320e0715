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

  it('sends several jobs of several queues in one statement, stored as one by one would be', async () => {
    const later = new Date(Date.now() + 3 * 86_400_000);
    await t.ctx.jobs.send('test.one-a', { k: 1 });
    await t.ctx.jobs.send('test.one-b', { k: 2 }, { startAfter: later });
    await t.ctx.jobs.sendMany([
      { name: 'test.many-a', data: { k: 1 } },
      { name: 'test.many-b', data: { k: 2 }, startAfter: later },
    ]);
    const { rows } = await t.ctx.database.executeSql(
      `select name, data, state, priority, retry_limit, retry_delay, retry_backoff, expire_in::text as expire_in,
         start_after, keep_until - start_after as kept, singleton_key, dead_letter, policy
       from pgboss.job where name like 'test.one-%' or name like 'test.many-%' order by name`,
      [],
    );
    const byName = Object.fromEntries(rows.map((r) => [r.name as string, r]));
    const same = (a: Record<string, unknown>, b: Record<string, unknown>) => {
      const { name: _a, start_after: sa, ...restA } = a;
      const { name: _b, start_after: sb, ...restB } = b;
      expect(restB).toEqual(restA);
      return [sa as Date, sb as Date];
    };
    const [nowOne, nowMany] = same(byName['test.one-a'], byName['test.many-a']);
    expect(Math.abs(new Date(nowMany).getTime() - new Date(nowOne).getTime())).toBeLessThan(10_000);
    const [laterOne, laterMany] = same(byName['test.one-b'], byName['test.many-b']);
    expect(new Date(laterOne).getTime()).toBe(later.getTime());
    expect(new Date(laterMany).getTime()).toBe(later.getTime());
    expect(byName['test.many-a']).toMatchObject({ retry_limit: 5, retry_delay: 5, retry_backoff: true });
    // Both are worked like jobs sent one by one.
    const seen: number[] = [];
    await t.ctx.jobs.work<{ k: number }>('test.many-a', async ({ k }) => {
      seen.push(k);
    });
    await waitFor(async () => seen.length === 1, 10_000);
    expect(seen).toEqual([1]);
  }, 30_000);
});

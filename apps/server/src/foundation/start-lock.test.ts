import { openDatabase } from '@brug/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfiguredDatabase } from './test-database.ts';

/**
 * Two app servers starting together on one PostgreSQL database both created the job queue's schema
 * and one failed ("duplicate key value violates unique constraint pg_namespace_nspname_index"): the
 * start-up steps that create shared objects run one server at a time.
 */
describe('[FOUNDATION] start-up steps that create shared objects', () => {
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ env, drop } = await createConfiguredDatabase());
  }, 120_000);
  afterAll(async () => drop?.(), 120_000);

  it('run one server at a time: two starts at once do not overlap, and each gets its answer', async () => {
    const open = () =>
      env.DATABASE_URL ? openDatabase({ databaseUrl: env.DATABASE_URL, poolSize: 2 }) : undefined;
    const [a, b] = await Promise.all([open(), open()]);
    if (!a || !b) {
      // The embedded database belongs to one process: nothing to take turns with.
      const database = await openDatabase({ dataDir: 'memory://' });
      expect(await database.oneStartAtATime(async () => 'started')).toBe('started');
      await database.close();
      return;
    }
    const events: string[] = [];
    const step = (name: string) => async () => {
      events.push(`${name} in`);
      await new Promise((r) => setTimeout(r, 300));
      events.push(`${name} out`);
      return name;
    };
    try {
      expect(await Promise.all([a.oneStartAtATime(step('a')), b.oneStartAtATime(step('b'))])).toEqual([
        'a',
        'b',
      ]);
      // Whichever came first, the other entered only after it left.
      expect([events[0].split(' ')[0], events[1]]).toEqual([
        events[0].split(' ')[0],
        `${events[0].split(' ')[0]} out`,
      ]);
      // A failing start lets the next one in.
      await expect(a.oneStartAtATime(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(await b.oneStartAtATime(async () => 'after')).toBe('after');
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);
});

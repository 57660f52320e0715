import { is, type Placeholder, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './client.ts';

/** What `build` returns: a drizzle query written with `sql.placeholder(...)` for its values. */
type Preparable = {
  prepare(name: string): { execute(values?: Record<string, unknown>): Promise<unknown> };
};

type Executed<Q extends Preparable> = ReturnType<ReturnType<Q['prepare']>['execute']>;

const taken = new Set<string>();

/**
 * A query of the pages people open most, written once with a placeholder for each of its values
 * (`keys`; `build` gets them as `sql.placeholder(key)`).
 * Drizzle's building of a query costs about as much of the server's CPU as the round trip to the
 * database itself (about 0.1 ms for a select of one table); a prepared query is built once per
 * database, and on PostgreSQL it is a named statement each connection parses once and plans for each
 * call's values (`withCustomPlans` in `client.ts`).
 *
 * In a transaction the query is built and run there, unprepared: a prepared query runs on the pool,
 * outside any transaction. `name` is the statement's name on PostgreSQL: unique, at most 63 bytes.
 */
export function preparedQuery<const K extends string, Q extends Preparable>(
  name: string,
  keys: readonly K[],
  build: (db: Tx, values: Record<K, Placeholder<K>>) => Q,
): (db: Tx, values: Record<K, unknown>) => Executed<Q> {
  if (taken.has(name)) throw new Error(`preparedQuery: the name "${name}" is taken`);
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name))
    throw new Error(`preparedQuery: "${name}" is not a statement name`);
  taken.add(name);
  const placeholders = Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)])) as Record<
    K,
    Placeholder<K>
  >;
  const byDatabase = new WeakMap<Db, ReturnType<Q['prepare']>>();
  return (db, values) => {
    if (is(db, PgTransaction)) return build(db, placeholders).prepare('').execute(values) as Executed<Q>;
    let query = byDatabase.get(db as Db);
    if (!query) {
      query = build(db, placeholders).prepare(name) as ReturnType<Q['prepare']>;
      byDatabase.set(db as Db, query);
    }
    return query.execute(values) as Executed<Q>;
  };
}

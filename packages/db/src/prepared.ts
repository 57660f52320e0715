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
 * How PostgreSQL plans a prepared query. `shared`: a named statement each connection parses once;
 * PostgreSQL plans its first five calls for their values and then keeps one plan for any value when
 * that plan costs no more (`plan_cache_mode = auto`, see `withPlanCacheMode`), so a lookup by key or
 * an aggregate over a zone is no longer planned at every call. `per call`: the same text sent as an
 * unnamed statement, planned for each call's values — for a query whose best plan depends on them:
 * a filter that a null value switches off, a range, a page of a sorted list (a plan made once for any
 * value sorted every idea of a zone through an index lookup per row, 11 ms a page under load instead of 1.4).
 * Either way Drizzle builds the query once.
 */
export type PlanChoice = 'shared' | 'per call';

/**
 * A query of the pages people open most, written once with a placeholder for each of its values
 * (`keys`; `build` gets them as `sql.placeholder(key)`).
 * Drizzle's building of a query costs about as much of the server's CPU as the round trip to the
 * database itself (about 0.1 ms for a select of one table); a prepared query is built once per
 * database. On PostgreSQL it is a named statement each connection parses once, or the same text sent
 * unnamed and planned at each call (`plan`, see `PlanChoice`).
 *
 * In a transaction it runs on the transaction's connection: the query built for the first transaction
 * of a kind of database is kept, and each transaction gets a copy that differs only in its connection
 * (Drizzle's prepared query reads nothing else of the session it was made on). On PostgreSQL it is the
 * same named statement. `name` is the statement's name on PostgreSQL: unique, at most 63 bytes.
 */
export function preparedQuery<const K extends string, Q extends Preparable>(
  name: string,
  keys: readonly K[],
  build: (db: Tx, values: Record<K, Placeholder<K>>) => Q,
  plan: PlanChoice,
): (db: Tx, values: Record<K, unknown>) => Executed<Q> {
  if (taken.has(name)) throw new Error(`preparedQuery: the name "${name}" is taken`);
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name))
    throw new Error(`preparedQuery: "${name}" is not a statement name`);
  taken.add(name);
  const placeholders = Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)])) as Record<
    K,
    Placeholder<K>
  >;
  // node-postgres sends a query without a name as an unnamed statement; PGlite ignores the name.
  const statement = (plan === 'shared' ? name : undefined) as string;
  const byDatabase = new WeakMap<Db, ReturnType<Q['prepare']>>();
  // Keyed by the transaction's session class (node-postgres or PGlite): its queries run the same way.
  const inTransactions = new Map<object, ReturnType<Q['prepare']>>();
  return (db, values) => {
    if (is(db, PgTransaction)) {
      const session = (db as unknown as { session: { client: unknown } }).session;
      const kind = Object.getPrototypeOf(session) as object;
      let template = inTransactions.get(kind);
      if (!template) {
        template = build(db, placeholders).prepare(statement) as ReturnType<Q['prepare']>;
        // The first transaction's connection must not be used again through the template.
        (template as unknown as { client: unknown }).client = undefined;
        inTransactions.set(kind, template);
      }
      const onThisConnection = Object.create(template, { client: { value: session.client } });
      return onThisConnection.execute(values) as Executed<Q>;
    }
    let query = byDatabase.get(db as Db);
    if (!query) {
      query = build(db, placeholders).prepare(statement) as ReturnType<Q['prepare']>;
      byDatabase.set(db as Db, query);
    }
    return query.execute(values) as Executed<Q>;
  };
}

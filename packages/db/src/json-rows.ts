import { getTableColumns, type InferSelectModel, type SQL, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * A row's children read in the same statement as the row: a column of the outer select that holds
 * every row of `table` that `where` finds (a condition on the outer row's columns) as one JSON array,
 * `[]` when there is none. A page that showed a row and its lists sent a statement for each; under
 * load every statement is a round trip to PostgreSQL and a send that wakes it, so one statement
 * instead of four is what the page costs less. Read it back with `fromJsonRows`.
 *
 * Write `where` with Drizzle's columns (`eq(child.parentId, parent.id)`): a condition passed this way
 * keeps each column's table. A column put straight into the select's own text does not: in a select of
 * one table Drizzle writes it without its table, and inside the subquery `"id"` would name the child's.
 */
export function jsonRows(table: PgTable, where: SQL, orderBy?: SQL): SQL<unknown[]> {
  const order = orderBy ? sql` order by ${orderBy}` : sql``;
  return sql<
    unknown[]
  >`coalesce((select json_agg(${table}${order}) from ${table} where ${where}), '[]'::json)`;
}

/**
 * The rows of `jsonRows`, as a select of the table gives them: each column under its TypeScript key and
 * turned into its TypeScript value by the column itself (a timestamp into a Date, a date stays text).
 */
export function fromJsonRows<T extends PgTable>(table: T, value: unknown): InferSelectModel<T>[] {
  // The database's names of the columns: the client maps keys to snake case (`casing` in client.ts).
  const columns = Object.entries(getTableColumns(table)).map(
    ([key, column]) => [key, column.keyAsName ? toSnakeCase(column.name) : column.name, column] as const,
  );
  const rows = (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>[];
  return rows.map((raw) => {
    const row: Record<string, unknown> = {};
    for (const [key, name, column] of columns) {
      const v = raw[name];
      row[key] = v === null || v === undefined ? null : column.mapFromDriverValue(v);
    }
    return row as InferSelectModel<T>;
  });
}

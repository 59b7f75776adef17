/**
 * Prepared statements kept by their SQL text, for both clients. Planning a statement is a real part of
 * a small query's cost (the dashboard's big GROUPING SETS statements over the demo extract), and in the
 * browser preparing and closing are two more trips to the worker; a filter change mostly repeats the
 * SQL of an earlier one with other parameters, so its statements are planned once.
 */

import { recentPromises } from './recentPromises';

/** A prepared statement as either DuckDB-WASM API gives it: closing may or may not be asynchronous. */
interface Closable {
  close(): unknown;
}

/**
 * Statements kept: a refresh runs about ten, and the dashboard prepares those of the next clicks ahead
 * (src/views/data/prepareAhead.ts), up to some fifty more.
 */
const STATEMENTS_KEPT = 256;

/** Only reads are kept: any other statement may change the tables a kept plan was made for. */
const READ = /^\s*(SELECT|WITH)\b/i;

/**
 * A cache of at most `limit` prepared statements, least recently used dropped first. `statementFor`
 * returns a kept statement for a read, or undefined for anything else — having first dropped every
 * kept statement, since the schema may be about to change. Tell it of statements run without
 * preparing (`unprepared`), call `clear` when the schema changes otherwise (exec, a table created from
 * Arrow), and `forget` a statement that failed.
 */
export function statementCache<S extends Closable>(prepare: (sql: string) => S | Promise<S>, limit = STATEMENTS_KEPT) {
  const kept = recentPromises<S>(limit, (statement) => void statement.then((s) => s.close()).catch(() => undefined));
  return {
    statementFor(sql: string): Promise<S> | undefined {
      if (!READ.test(sql)) {
        kept.clear();
        return undefined;
      }
      return kept.get(sql, () => Promise.resolve().then(() => prepare(sql)));
    },
    unprepared(sql: string): void {
      if (!READ.test(sql)) kept.clear();
    },
    forget: (sql: string): void => kept.drop(sql),
    clear: () => kept.clear(),
  };
}

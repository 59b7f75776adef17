/**
 * Prepared statements kept by their SQL text, for both clients. Planning a statement is a real part of
 * a small query's cost (the dashboard's big GROUPING SETS statements over the demo extract), and in the
 * browser preparing and closing are two more trips to the worker; a filter change mostly repeats the
 * SQL of an earlier one with other parameters, so its statements are planned once.
 */

/** A prepared statement as either DuckDB-WASM API gives it: closing may or may not be asynchronous. */
interface Closable {
  close(): unknown;
}

/** Only reads are kept: any other statement may change the tables a kept plan was made for. */
const READ = /^\s*(SELECT|WITH)\b/i;

/**
 * A cache of at most `limit` prepared statements, least recently used dropped first. `statementFor`
 * returns a kept statement for a read, or undefined for anything else — having first dropped every
 * kept statement, since the schema may be about to change. Tell it of statements run without
 * preparing (`unprepared`), call `clear` when the schema changes otherwise (exec, a table created from
 * Arrow), and `forget` a statement that failed.
 */
export function statementCache<S extends Closable>(prepare: (sql: string) => S | Promise<S>, limit = 64) {
  const kept = new Map<string, Promise<S>>();
  const close = (statement: Promise<S>) => statement.then((s) => s.close()).catch(() => undefined);
  const clear = () => {
    for (const statement of kept.values()) void close(statement);
    kept.clear();
  };
  return {
    statementFor(sql: string): Promise<S> | undefined {
      if (!READ.test(sql)) {
        clear();
        return undefined;
      }
      let statement = kept.get(sql);
      if (statement) kept.delete(sql); // re-inserted below as the most recently used
      else statement = Promise.resolve().then(() => prepare(sql));
      kept.set(sql, statement);
      if (kept.size > limit) {
        const [oldest] = kept.keys();
        void close(kept.get(oldest)!);
        kept.delete(oldest);
      }
      return statement;
    },
    unprepared(sql: string): void {
      if (!READ.test(sql)) clear();
    },
    forget(sql: string): void {
      const statement = kept.get(sql);
      if (statement) void close(statement);
      kept.delete(sql);
    },
    clear,
  };
}

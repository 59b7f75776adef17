/**
 * `DbClient.query` over one engine's statement calls, for both clients: a query without parameters
 * runs as it is; one with parameters runs a prepared statement kept by its SQL text (statementCache.ts),
 * or, for SQL that is not a read, one prepared, run and closed. Results arrive as Arrow IPC bytes and
 * are read by our own reader (src/data/arrow/).
 */
import { arrowRows, readArrowIpc } from './arrow/ipc';
import type { Row, SqlParam } from './client';
import { statementCache } from './statementCache';

/** One engine's statement calls (each may answer at once or later); `S` is its prepared statement's handle. */
export interface StatementCalls<S> {
  run(sql: string): Uint8Array | Promise<Uint8Array>;
  prepare(sql: string): S | Promise<S>;
  runPrepared(statement: S, params: readonly SqlParam[]): Uint8Array | Promise<Uint8Array>;
  closePrepared(statement: S): unknown;
}

const rowsOf = <T>(bytes: Uint8Array) => arrowRows(readArrowIpc(bytes)) as T[];

/** `query` over `calls`, and the statements it keeps (clear them when the schema changes). */
export function preparedQueries<S>(calls: StatementCalls<S>) {
  const statements = statementCache(async (sql) => {
    const statement = await calls.prepare(sql);
    return { query: (params: readonly SqlParam[]) => calls.runPrepared(statement, params), close: () => calls.closePrepared(statement) };
  });
  async function query<T = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    if (params.length === 0) {
      statements.unprepared(sql);
      return rowsOf<T>(await calls.run(sql));
    }
    const kept = statements.statementFor(sql);
    if (kept) {
      try {
        return rowsOf<T>(await (await kept).query(params));
      } catch (error) {
        statements.forget(sql);
        throw error;
      }
    }
    const statement = await calls.prepare(sql);
    try {
      return rowsOf<T>(await calls.runPrepared(statement, params));
    } finally {
      await calls.closePrepared(statement);
    }
  }
  /**
   * Prepares and keeps a read's statement without running it (see DbClient.prepare). One that fails to
   * prepare is not kept: the cache forgets a rejected promise itself (recentPromises.ts).
   */
  async function prepare(sql: string): Promise<void> {
    await statements.statementFor(sql);
  }
  return { query, prepare, statements };
}

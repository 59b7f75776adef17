/**
 * A client that answers a repeated query from its first answer. Several figures of one refresh read the
 * same breakdown (the borough counts feed the map, the sub-region totals and the funnel plot; the
 * pyramid feeds the modal age): remembered, each runs once. Only for as long as the tables cannot change
 * underneath it: one refresh, or (the dashboard's) one version of the loaded data, with a `limit`.
 */
import type { DbClient, Row, SqlParam } from '../data/client';
import { recentPromises } from '../data/recentPromises';

/**
 * `db` with `query` remembered by SQL text and parameters, the `limit` most recently used answers at most;
 * every other method passes straight through.
 */
export function rememberingClient(db: DbClient, limit = Infinity): DbClient {
  const answers = recentPromises<unknown[]>(limit);
  return {
    query<T = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
      return answers.get(JSON.stringify([sql, params]), () => db.query<T>(sql, params)) as Promise<T[]>;
    },
    prepare: (sql) => db.prepare(sql),
    exec: (sql) => db.exec(sql),
    registerFile: (name, bytes) => db.registerFile(name, bytes),
    decodeParquet: (bytes, rows) => db.decodeParquet(bytes, rows),
    insertArrow: (table, ipc) => db.insertArrow(table, ipc),
    warmMemory: (bytes) => db.warmMemory(bytes),
    dropFile: (name) => db.dropFile(name),
    close: () => db.close(),
  };
}

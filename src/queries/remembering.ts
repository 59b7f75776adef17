/**
 * A client that answers a repeated query from its first answer. Several figures of one refresh read the
 * same breakdown (the borough counts feed the map, the sub-region totals and the funnel plot; the
 * pyramid feeds the modal age): remembered, each runs once. Only for as long as the tables cannot change
 * underneath it: one refresh, or (the dashboard's) one version of the loaded data, with a `limit`.
 */
import type { DbClient, Row, SqlParam } from '../data/client';

/**
 * `db` with `query` remembered by SQL text and parameters, the `limit` most recently used answers at most;
 * every other method passes straight through.
 */
export function rememberingClient(db: DbClient, limit = Infinity): DbClient {
  const answers = new Map<string, Promise<unknown[]>>();
  return {
    query<T = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
      const key = JSON.stringify([sql, params]);
      let answer = answers.get(key);
      if (answer) answers.delete(key); // re-inserted below: Map order is the recency order
      else {
        answer = db.query<T>(sql, params);
        answer.catch(() => answers.delete(key)); // a failure is not an answer
      }
      answers.set(key, answer);
      if (answers.size > limit) answers.delete(answers.keys().next().value as string);
      return answer as Promise<T[]>;
    },
    exec: (sql) => db.exec(sql),
    registerFile: (name, bytes) => db.registerFile(name, bytes),
    decodeParquet: (bytes, rows) => db.decodeParquet(bytes, rows),
    insertArrow: (table, ipc) => db.insertArrow(table, ipc),
    warmMemory: (bytes) => db.warmMemory(bytes),
    dropFile: (name) => db.dropFile(name),
    close: () => db.close(),
  };
}

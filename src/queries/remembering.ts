/**
 * A client that answers a repeated query from its first answer. Several figures of one refresh read the
 * same breakdown (the borough counts feed the map, the sub-region totals and the funnel plot; the
 * pyramid feeds the modal age): remembered, each runs once. Only for the life of one selection, whose
 * tables cannot change underneath it.
 */
import type { DbClient, Row, SqlParam } from '../data/client';

/** `db` with `query` remembered by SQL text and parameters; every other method passes straight through. */
export function rememberingClient(db: DbClient): DbClient {
  const answers = new Map<string, Promise<unknown[]>>();
  return {
    query<T = Row>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
      const key = JSON.stringify([sql, params]);
      let answer = answers.get(key);
      if (!answer) {
        answer = db.query<T>(sql, params);
        answers.set(key, answer);
        answer.catch(() => answers.delete(key)); // a failure is not an answer
      }
      return answer as Promise<T[]>;
    },
    exec: (sql) => db.exec(sql),
    registerFile: (name, bytes) => db.registerFile(name, bytes),
    loadParquet: (table, bytes) => db.loadParquet(table, bytes),
    dropFile: (name) => db.dropFile(name),
    close: () => db.close(),
  };
}

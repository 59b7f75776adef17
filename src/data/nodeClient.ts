/**
 * DbClient over DuckDB-WASM's Node build (`duckdb-node-blocking.cjs`): the very engine the browser
 * runs, so tests and the report command compute exactly what the dashboard shows.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OFFLINE_SETTINGS, type DbClient, type Row, type SqlParam } from './client';
import { toPlainRows } from './arrowRows';
import { statementCache } from './statementCache';

const require = createRequire(import.meta.url);

/** Opens a fresh in-memory database. About 0.8 s: open one per test file or command, not per query. */
export async function openNodeClient(): Promise<DbClient> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = db.connect();
  conn.query(OFFLINE_SETTINGS);

  const statements = statementCache((sql) => conn.prepare(sql));
  return {
    async query<T = Row>(sql: string, params: readonly SqlParam[] = []) {
      if (params.length === 0) {
        statements.unprepared(sql);
        return toPlainRows(conn.query(sql)) as T[];
      }
      const kept = statements.statementFor(sql);
      if (kept) {
        try {
          return toPlainRows((await kept).query(...params)) as T[];
        } catch (error) {
          statements.forget(sql);
          throw error;
        }
      }
      const statement = conn.prepare(sql);
      try {
        return toPlainRows(statement.query(...params)) as T[];
      } finally {
        statement.close();
      }
    },
    async exec(sql) {
      statements.clear();
      conn.query(sql);
    },
    async registerFile(name, bytes) {
      db.registerFileBuffer(name, bytes);
    },
    async loadParquet(table, bytes, rows) {
      statements.clear();
      const { readParquet } = require('parquet-wasm/node');
      conn.insertArrowFromIPCStream(readParquet(bytes, rows ?? null).intoIPCStream(), { name: table, create: true });
    },
    async dropFile(name) {
      db.dropFile(name);
    },
    async close() {
      statements.clear();
      conn.close();
      await db.terminate?.();
    },
  };
}

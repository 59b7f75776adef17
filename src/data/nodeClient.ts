/**
 * DbClient over DuckDB-WASM's Node build (`duckdb-node-blocking.cjs`): the very engine the browser
 * runs, so tests and the report command compute exactly what the dashboard shows. Results travel as
 * Arrow IPC bytes and are read by the same reader as in the browser (src/data/arrow/).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OFFLINE_SETTINGS, PARQUET_BATCH_ROWS, type DbClient, type RowSlice, type SqlParam } from './client';
import { preparedQueries } from './preparedQueries';

const require = createRequire(import.meta.url);

/** The part of DuckDB-WASM's blocking bindings this client uses: statements in, Arrow IPC bytes out. */
export interface NodeBindings {
  runQuery(conn: number, text: string): Uint8Array;
  createPrepared(conn: number, text: string): number;
  runPrepared(conn: number, statement: number, params: readonly SqlParam[]): Uint8Array;
  closePrepared(conn: number, statement: number): void;
}

/**
 * A fresh in-memory database in DuckDB-WASM's Node build, connected, offline: the engine, its
 * connection and the connection's id. `openNodeClient` wraps it; tests read raw results from it.
 */
export async function openNodeEngine() {
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
  const id: number = conn.useUnsafe((_: unknown, connection: number) => connection);
  (db as NodeBindings).runQuery(id, OFFLINE_SETTINGS);
  return { db, conn, bindings: db as NodeBindings, id };
}

/** Parquet → Arrow IPC with parquet-wasm's Node build (see DbClient.decodeParquet). */
export function decodeParquetInNode(bytes: Uint8Array, rows?: RowSlice): Uint8Array {
  const { readParquet } = require('parquet-wasm/node');
  return readParquet(bytes, { ...rows, batchSize: PARQUET_BATCH_ROWS }).intoIPCStream();
}

/** Opens a fresh in-memory database. About 0.8 s: open one per test file or command, not per query. */
export async function openNodeClient(): Promise<DbClient> {
  const { db, conn, bindings, id } = await openNodeEngine();

  const { query, prepare, statements } = preparedQueries({
    run: (sql) => bindings.runQuery(id, sql),
    prepare: (sql) => bindings.createPrepared(id, sql),
    runPrepared: (statement, params) => bindings.runPrepared(id, statement, params),
    closePrepared: (statement) => bindings.closePrepared(id, statement),
  });
  return {
    query,
    prepare,
    async exec(sql) {
      statements.clear();
      bindings.runQuery(id, sql);
    },
    async registerFile(name, bytes) {
      db.registerFileBuffer(name, bytes);
    },
    async decodeParquet(bytes, rows) {
      return decodeParquetInNode(bytes, rows);
    },
    async insertArrow(table, ipc) {
      statements.clear();
      conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
    },
    async warmMemory() {
      // This engine runs in the caller's thread: warming would only add to the load (see DbClient).
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

/**
 * The benchmark's speed reference: the DbClient API over native DuckDB (@duckdb/node-api, multi-
 * threaded), so the very same loader and query functions can be timed on both engines. Bench only:
 * the product itself runs one engine version everywhere (DuckDB-WASM).
 */
import { DuckDBInstance, type DuckDBPreparedStatement, type DuckDBResultReader, type DuckDBValue } from '@duckdb/node-api';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DbClient, Row, SqlParam } from '../src/data/client';
import { statementCache } from '../src/data/statementCache';
import { decodeParquetInNode } from '../src/data/nodeClient';

const require = createRequire(import.meta.url);

/** Converts native values to what the WASM client returns (numbers for BIGINT, epoch ms for dates). */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** A kept statement: binding and running are two calls, so one query at a time takes its turn. */
interface KeptStatement {
  prepared: DuckDBPreparedStatement;
  turn: Promise<unknown>;
  close(): void;
}

function runKept(kept: KeptStatement, params: readonly SqlParam[]): Promise<DuckDBResultReader> {
  const run = kept.turn.then(() => {
    kept.prepared.bind(params as DuckDBValue[]);
    return kept.prepared.runAndReadAll();
  });
  kept.turn = run.catch(() => undefined);
  return run;
}

/** Opens native DuckDB in memory; registered files live in a temporary folder on its search path. */
export async function openNativeClient(threads = 2): Promise<DbClient> {
  const folder = await mkdtemp(join(tmpdir(), 'cse-native-'));
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  await connection.run(`SET file_search_path = '${folder}'`);
  // Plans kept as the WASM clients keep theirs (src/data/statementCache.ts), so the ratio compares engines.
  const statements = statementCache<KeptStatement>((sql) =>
    connection.prepare(sql).then((prepared) => ({ prepared, turn: Promise.resolve(), close: () => prepared.destroySync() })));
  return {
    async query<T = Row>(sql: string, params: readonly SqlParam[] = []) {
      const kept = params.length ? statements.statementFor(sql) : (statements.unprepared(sql), undefined);
      const reader = kept ? await runKept(await kept, params) : await connection.runAndReadAll(sql, params as DuckDBValue[]);
      return reader.getRowObjectsJS().map((row) => plain(row)) as T[];
    },
    async prepare(sql) {
      await statements.statementFor(sql);
    },
    async exec(sql) {
      statements.clear();
      await connection.run(sql);
    },
    async registerFile(name, bytes) {
      await writeFile(join(folder, name), bytes);
    },
    async decodeParquet(bytes, rows) {
      return decodeParquetInNode(bytes, rows);
    },
    async warmMemory() {
      // Native DuckDB's memory is the operating system's: nothing to warm.
    },
    async insertArrow(table, ipc) {
      // Native DuckDB reads Arrow only through an extension (none can be fetched here): the stream goes
      // to it as Parquet, written by parquet-wasm, which keeps every column's type.
      const { Table, writeParquet } = require('parquet-wasm/node');
      await writeFile(join(folder, `${table}.parquet`), writeParquet(Table.fromIPCStream(ipc)));
      await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet('${table}.parquet')`);
    },
    async dropFile(name) {
      await rm(join(folder, name), { force: true });
    },
    async close() {
      statements.clear();
      connection.closeSync();
      instance.closeSync();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

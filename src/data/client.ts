/**
 * The one database API every figure goes through. Two implementations run the same engine
 * (DuckDB-WASM 1.32 / DuckDB 1.4.3): `nodeClient.ts` for tests and the report command, and
 * `browserClient.ts` (a web worker) for the dashboard.
 */

/** A value that may be bound to a `?` placeholder. Lists are not bindable in DuckDB-WASM: see `sqlList`. */
export type SqlParam = string | number | boolean | null;

/** A result row: column name → JS value (BIGINT is cast to number, DATE/TIMESTAMP to epoch ms). */
export type Row = Record<string, unknown>;

/** Rows per Arrow batch when parquet-wasm decodes a file (both clients): its default, 1,024, makes thousands of small batches. */
export const PARQUET_BATCH_ROWS = 65_536;

/** A run of a file's rows: `limit` rows after skipping the first `offset`. */
export interface RowSlice {
  offset: number;
  limit: number;
}

export interface DbClient {
  /** Runs one statement with positional `?` parameters and returns its rows as plain objects. */
  query<T = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /**
   * Prepares and keeps the statement of a read (SELECT or WITH) with `?` parameters, without running it,
   * so its first run costs only the run: for statements a user is likely to ask for next.
   */
  prepare(sql: string): Promise<void>;
  /** Runs SQL without parameters (DDL, several statements). Never pass text from a file or URL here. */
  exec(sql: string): Promise<void>;
  /** Makes bytes readable by `read_csv`/`read_parquet` under `name` (a name chosen by the app, never by the user). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /**
   * Decodes a Parquet file's bytes into an Arrow IPC stream (for the loader to read). DuckDB-WASM 1.32
   * does not link its Parquet reader and would fetch it from the internet, so the file is decoded by
   * parquet-wasm. With `rows`, only that slice of the file's rows (in file order) is decoded, so a large
   * file never has to be held decoded whole.
   */
  decodeParquet(bytes: Uint8Array, rows?: RowSlice): Promise<Uint8Array>;
  /** Creates table `table` (a name chosen by the app) from an Arrow IPC stream, its rows in stream order. */
  insertArrow(table: string, ipc: Uint8Array): Promise<void>;
  /**
   * Has the engine write `bytes` of its memory and free them again (resolves when it has), so that the
   * tables a large load is about to build reuse memory already mapped. The loader starts it before
   * checking the rows and waits for it only before writing the table. Only the browser's engine does
   * anything: it runs beside the page while the page checks; first writes to fresh WebAssembly memory
   * cost 2.6 ms a megabyte on this workplace's machines (docs/performance.md). Node's engine runs in
   * the caller's thread, where the same work would only add to the load.
   */
  warmMemory(bytes: number): Promise<void>;
  /** Forgets a registered file. */
  dropFile(name: string): Promise<void>;
  /** Releases the engine. */
  close(): Promise<void>;
}

/**
 * Run after connecting: the engine must never fetch an extension from the internet. A query needing an
 * extension that is not built in then fails at once with an error instead of waiting on the network.
 */
export const OFFLINE_SETTINGS = 'SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;';

/**
 * The statement that warms `bytes` of the engine's memory (see `DbClient.warmMemory`): a temporary
 * table of BIGINTs, DuckDB's quickest way to write memory from SQL (about 3.5 ms a megabyte on this
 * workplace's machines, most of it the first writes themselves), dropped at once so its blocks go
 * back to the allocator for the load's tables.
 */
export function warmMemorySql(bytes: number): string {
  const values = Number.isFinite(bytes) ? Math.max(0, Math.floor(bytes / 8)) : 0;
  return `CREATE OR REPLACE TEMP TABLE cse_warm_memory AS SELECT range AS v FROM range(${values}); DROP TABLE cse_warm_memory;`;
}

/** Separator for list parameters: unit separator, which never occurs in extract values we accept. */
export const LIST_SEPARATOR = '\u001f';

/**
 * Encodes a list as one bindable string; SQL reads it back with `string_split(?, chr(31))`.
 * DuckDB-WASM's prepared statements cannot bind arrays, and pasting values into SQL is not allowed.
 */
export function sqlList(values: readonly (string | number)[]): string {
  return values.map(String).join(LIST_SEPARATOR);
}

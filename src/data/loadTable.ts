/**
 * The load itself, once the file is CSV or Parquet bytes: header match → reading rules, row by row in
 * JavaScript (src/data/reading/) → the accepted records written to the engine in one Arrow stream →
 * swap. The new tables replace the old ones in one transaction, and only once everything has succeeded
 * (never a half-load).
 */
import type { DbClient } from './client';
import { ColumnMappingNeeded, PREVIEW_ROWS } from './columnMapping';
import { DERIVED_TYPES_SQL } from './derivedColumns';
import { matchHeaders, type HeaderMatch } from './headers';
import type { ExtractFile, LoadOptions } from './ingest';
import { isOutOfMemory } from './limits';
import { pacer } from './pacing';
import { ExtractError, type LoadReport } from './loadReport';
import { recordTypesSql } from './recordColumns';
import { keyRecords, VICTIM_KEY_COLUMNS } from './recordKeys';
import { ByteValues } from './reading/byteValues';
import { checkCsv, checkParquet } from './reading/checkRows';
import { CsvSource } from './reading/csvSource';
import { csvShape } from './sizeProbes';
import { assertParquetFraming, PARQUET_SLICE_ROWS, parquetPlan, parquetPreview } from './reading/parquetSource';
import { UnclosedQuote } from './reading/csvRows';
import { summariseLoad } from './reading/loadSummary';
import { ParquetCells } from './reading/parquetCells';
import { RejectionSink } from './reading/rejectionSink';
import { RowChecker } from './reading/rowChecker';
import { writeRecords } from './reading/recordsTable';

/** The formats the loader reads (a workbook arrives as CSV). */
export type ExtractFormat = 'csv' | 'parquet';

/** Turns a reader's error into one sentence naming the file. */
function unreadable(file: string, format: ExtractFormat, error: unknown): Error {
  // Running out of memory is said as such by withinMemory (src/data/limits.ts), one level up.
  if (error instanceof ExtractError || isOutOfMemory(error)) return error as Error;
  const detail = String(error instanceof Error ? error.message : error).split('\n')[0].replace(/^[\w ]*Error: /, '');
  return new ExtractError(`${file} could not be read as ${format === 'csv' ? 'CSV' : 'Parquet'}: ${detail}.`.replace(/\.\.$/, '.'));
}

async function hasRecords(db: DbClient): Promise<boolean> {
  const tables = await db.query<{ n: number }>(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'records'`);
  return tables[0].n > 0;
}

/** The record_ids already loaded, for an append (a new row repeating one is rejected). */
async function loadedRecordIds(db: DbClient): Promise<ByteValues> {
  const ids = new ByteValues();
  const encoder = new TextEncoder();
  for (const { id } of await db.query<{ id: string }>('SELECT record_id AS id FROM records')) {
    const bytes = encoder.encode(id);
    ids.indexOf(bytes, 0, bytes.length);
  }
  return ids;
}

/** The header match for this load, or ColumnMappingNeeded (with the first rows) when the headers do not make an extract. */
function headerMatch(file: string, headers: string[], options: LoadOptions, preview: () => string[][]): HeaderMatch {
  const mapping = options.mapping ?? options.mappingFor?.(headers);
  try {
    if (options.reviewMapping) throw new ExtractError(`Check which column of ${file} is which.`);
    return matchHeaders(file, headers, mapping);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    throw new ColumnMappingNeeded(error.message, headers, preview(), mapping);
  }
}

/** Everything a load reads before checking rows: the header match, and a function that checks them all. */
interface OpenedFile {
  headers: string[];
  match: HeaderMatch;
  /** About how many rows the file has (a CSV's lines, a Parquet footer's rows). */
  rows: number;
  check(checker: RowChecker, sink: RejectionSink): Promise<number>;
}

async function openFile(db: DbClient, file: ExtractFile, format: ExtractFormat, options: LoadOptions, csvRows?: number): Promise<OpenedFile> {
  const control = { signal: options.signal, onProgress: options.onProgress };
  if (format === 'csv') {
    const source = new CsvSource(file.bytes);
    const rows = csvRows ?? Math.max(0, csvShape(file.bytes).lines - 1);
    const match = headerMatch(file.name, source.headers, options, () => CsvSource.preview(file.bytes, source.headers.length, PREVIEW_ROWS));
    return {
      headers: source.headers, match, rows,
      check: (checker, sink) => {
        options.onProgress?.({ stage: 'checking', rows });
        return checkCsv(source, checker, sink, { ...control, rows });
      },
    };
  }
  assertParquetFraming(file);
  const { plan, first } = await parquetPlan(db, file, options.parquetSliceRows ?? PARQUET_SLICE_ROWS);
  const cells = new ParquetCells(first.fields);
  const headers = first.fields.map((field) => field.name);
  const match = headerMatch(file.name, headers, options, () => parquetPreview(first, cells));
  return { headers, match, rows: plan.rows, check: (checker, sink) => checkParquet(plan, cells, checker, sink, control) };
}

/** Below this many rows the first writes of a load cost about a tenth of a second: not worth warming. */
const WARM_FROM_ROWS = 100_000;
/** Memory the engine's tables take per record while a load builds them (about 500 bytes at the high-water mark; warming half of it). */
const WARM_BYTES_PER_ROW = 250;
/** Warming stops here, far below what DuckDB-WASM may take (4 GiB). */
const WARM_AT_MOST = 1024 ** 3;

/** Starts warming the engine's memory for a load of about `rows` rows (see DbClient.warmMemory); settles, never fails. */
function warmFor(db: DbClient, rows: number): Promise<void> | undefined {
  if (rows < WARM_FROM_ROWS) return undefined;
  return db.warmMemory(Math.min(rows * WARM_BYTES_PER_ROW, WARM_AT_MOST)).catch(() => undefined); // the load reports its own errors
}

/** Appending: the loaded records and the new ones, keyed and ordered together (src/data/recordKeys.ts). */
async function mergeWithLoaded(db: DbClient): Promise<void> {
  const keys = VICTIM_KEY_COLUMNS.join(', ');
  await db.exec(`CREATE OR REPLACE TABLE records_next AS SELECT * EXCLUDE (${keys}) FROM records
    UNION ALL BY NAME SELECT * EXCLUDE (${keys}) FROM records_keyed; DROP TABLE records_keyed;`);
  await keyRecords(db);
}

/**
 * Loads CSV or Parquet bytes (a workbook arrives here already as CSV). `csvRows`: a CSV's rows as the
 * limit check measured them (src/data/limits.ts), so the file is not measured twice.
 */
export async function loadTable(db: DbClient, file: ExtractFile, format: ExtractFormat, options: LoadOptions, csvRows?: number): Promise<LoadReport> {
  const { signal, onProgress } = options;
  await db.exec(recordTypesSql() + DERIVED_TYPES_SQL);
  onProgress?.({ stage: 'reading' });
  signal?.throwIfAborted();
  try {
    const opened = await openFile(db, file, format, options, csvRows).catch((error: unknown) => {
      throw unreadable(file.name, format, error); // a ColumnMappingNeeded is an ExtractError: passed through
    });
    const append = options.mode === 'append' && (await hasRecords(db));
    const checker = new RowChecker(opened.match, append ? await loadedRecordIds(db) : null, opened.rows);
    // After the loaded ids are read (the engine answers in turn), before the rows are checked.
    const warming = warmFor(db, opened.rows);
    const sink = new RejectionSink(db, opened.headers.length, options.rejectionSampleSize ?? 100);
    const rowsRead = await opened.check(checker, sink).catch((error: unknown) => {
      throw signal?.aborted || !(error instanceof UnclosedQuote || format === 'parquet') ? error : unreadable(file.name, format, error);
    });
    onProgress?.({ stage: 'summarising' });
    signal?.throwIfAborted();
    await sink.flush();
    const report = summariseLoad(file.name, format, opened.headers, opened.match, checker, sink, rowsRead);
    onProgress?.({ stage: 'saving' });
    signal?.throwIfAborted();
    await warming;
    await writeRecords(db, checker, pacer(signal));
    if (append) await mergeWithLoaded(db);
    // The last moment to stop: after the swap the new data is loaded.
    signal?.throwIfAborted();
    await db.exec(`BEGIN TRANSACTION;
      DROP TABLE IF EXISTS records; ALTER TABLE records_keyed RENAME TO records;
      DROP TABLE IF EXISTS load_rejections; ALTER TABLE load_rejections_next RENAME TO load_rejections;
      DROP TABLE IF EXISTS load_rejected_raw; ALTER TABLE load_rejected_raw_next RENAME TO load_rejected_raw;
      COMMIT;`);
    return report;
  } finally {
    await db.exec(`DROP TABLE IF EXISTS records_staged; DROP TABLE IF EXISTS records_next; DROP TABLE IF EXISTS records_keyed;
      DROP TABLE IF EXISTS load_rejections_next; DROP TABLE IF EXISTS load_rejected_raw_next; DROP TABLE IF EXISTS cse_rejected_batch;`);
  }
}

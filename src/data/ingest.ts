/**
 * Loads one extract file into the `records` table: file → reading rules → DuckDB table.
 * DuckDB reads the file itself (no row-by-row JavaScript), rejects are kept with their row numbers,
 * and the new table replaces the old one only once everything has succeeded (never a half-load).
 */
import { oneLineEnding } from './lineEndings';
import type { DbClient } from './client';
import { matchHeaders } from './headers';
import { ExtractError, type LoadReport } from './loadReport';
import { checkedRowsSql, KEY_MACROS, recordColumnsSql } from './readingRules';
import { readRawTable, type ExtractFormat } from './rawTable';
import { summariseLoad } from './loadSummary';
import { createVocabularyTable } from './vocabulary';
import { sheetAsCsv } from './excel';
import { assertWithinLimits, withinMemory } from './limits';
import { ColumnMappingNeeded, previewRows } from './columnMapping';

/** A file handed to the loader: its user-facing name (shown as text only) and its bytes. */
export interface ExtractFile {
  name: string;
  bytes: Uint8Array;
}

export interface LoadOptions {
  /** Source header → format column, from the column-mapping step; overrides the header rules. */
  mapping?: Record<string, string>;
  /** How many rejected rows to list in the report (all are kept in `load_rejections`). */
  rejectionSampleSize?: number;
  /** For an Excel workbook: the sheet to read (the first by default). */
  sheet?: string;
  /**
   * `replace` (default) starts over; `append` adds the file to what is loaded (e.g. next month's
   * extract), rejecting records whose record_id is already loaded so nothing is counted twice.
   */
  mode?: 'replace' | 'append';
  /**
   * Asked with the file's headers when `mapping` is not given: a mapping remembered for these headers,
   * or undefined to use the header rules alone.
   */
  mappingFor?: (headers: readonly string[]) => Record<string, string> | undefined;
  /**
   * Cancels the load. Checked as each stage starts, right after `onProgress` hears it (DuckDB-WASM
   * cannot stop a statement it has started through `query`); a cancelled load rejects with the signal's
   * reason and loads nothing.
   */
  signal?: AbortSignal;
  /**
   * Stops after reading the headers with ColumnMappingNeeded, even when they match: for the dashboard's
   * "change the column mapping" (the data already loaded stays).
   */
  reviewMapping?: boolean;
  /** Hears each stage as it starts; `rows` (rows read) is known from the `checking` stage on. */
  onProgress?: (progress: LoadProgress) => void;
}

/** Where a load is: reading the file (a workbook is converted first), checking rows, counting, swapping in. */
export interface LoadProgress {
  stage: 'workbook' | 'reading' | 'checking' | 'summarising' | 'saving';
  rows?: number;
}

const prepared = new WeakSet<DbClient>();

/** Creates the macros and vocabulary the reading rules need, once per database. */
async function prepareRules(db: DbClient): Promise<void> {
  if (prepared.has(db)) return;
  await db.exec(KEY_MACROS);
  await createVocabularyTable(db);
  prepared.add(db);
}

const PARQUET_MAGIC = 'PAR1';
const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** Picks the reader by content (Parquet's and zip's magic bytes), falling back to the file name. */
export function detectFormat(file: ExtractFile): ExtractFormat | 'xlsx' {
  const magic = ascii(file.bytes.subarray(0, 4));
  if (magic === PARQUET_MAGIC || /\.parquet$/i.test(file.name)) return 'parquet';
  return magic === 'PK\u0003\u0004' || /\.xlsx$/i.test(file.name) ? 'xlsx' : 'csv';
}

/**
 * A Parquet file starts and ends with PAR1 around an 8-byte footer length. Checked before the engine
 * sees the file, because DuckDB-WASM 1.32 hangs on some malformed Parquet instead of failing.
 */
function assertParquetFraming(file: ExtractFile): void {
  const { bytes } = file;
  if (bytes.length < 12 || ascii(bytes.subarray(0, 4)) !== PARQUET_MAGIC || ascii(bytes.subarray(-4)) !== PARQUET_MAGIC) {
    throw new ExtractError(`${file.name} could not be read as Parquet: it is not a complete Parquet file (truncated or another format).`);
  }
}

async function hasRecords(db: DbClient): Promise<boolean> {
  const tables = await db.query<{ n: number }>(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'records'`);
  return tables[0].n > 0;
}

/** Rows the engine read from the file: the ones it split into fields and the ones it could not. */
async function rowsRead(db: DbClient): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT (SELECT count(*) FROM cse_raw) + (SELECT count(*) FROM cse_bad_lines) AS n');
  return Number(row.n);
}

const FY_SQL = `printf('%d/%02d', year(recorded_date) - (month(recorded_date) < 4)::INT,
  (year(recorded_date) - (month(recorded_date) < 4)::INT + 1) % 100)`;

/**
 * Reads `file` into `records` (replacing or appending, see `LoadOptions.mode`) and reports what
 * happened to this file's rows.
 * Throws ExtractError (one sentence naming the file) when the file is not a readable extract;
 * the previously loaded data is then untouched.
 */
export async function loadExtract(db: DbClient, file: ExtractFile, options: LoadOptions = {}): Promise<LoadReport> {
  // Hardening (src/data/limits.ts): size and row limits before reading; running out of memory becomes one sentence.
  await assertWithinLimits(file, detectFormat(file));
  return withinMemory(file.name, () => readExtract(db, file, options));
}

async function readExtract(db: DbClient, file: ExtractFile, options: LoadOptions): Promise<LoadReport> {
  if (file.bytes.length === 0) throw new ExtractError(`${file.name} is empty: there is nothing to load.`);
  const format = detectFormat(file);
  if (format !== 'xlsx') return loadTable(db, file, format, options);
  options.onProgress?.({ stage: 'workbook' });
  const sheet = await sheetAsCsv(file.name, file.bytes, options.sheet);
  try {
    const report = await loadTable(db, { name: file.name, bytes: new TextEncoder().encode(sheet.csv) }, 'csv', options);
    return { ...report, format: 'xlsx', sheet: sheet.sheet, sheets: sheet.sheets };
  } catch (error) {
    // The mapping step offers the workbook's other sheets: real workbooks often start with a notes sheet.
    if (error instanceof ColumnMappingNeeded) Object.assign(error, { sheet: sheet.sheet, sheets: sheet.sheets });
    throw error;
  }
}

/** The header match for this load, or ColumnMappingNeeded (with the first rows) when the headers do not make an extract. */
async function headerMatch(db: DbClient, file: string, headers: string[], options: LoadOptions) {
  const mapping = options.mapping ?? options.mappingFor?.(headers);
  try {
    if (options.reviewMapping) throw new ExtractError(`Check which column of ${file} is which.`);
    return matchHeaders(file, headers, mapping);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    throw new ColumnMappingNeeded(error.message, headers, await previewRows(db, headers.length), mapping);
  }
}

/** Loads CSV or Parquet bytes (a workbook arrives here already as CSV). */
async function loadTable(db: DbClient, file: ExtractFile, format: ExtractFormat, options: LoadOptions): Promise<LoadReport> {
  const { signal, onProgress } = options;
  await prepareRules(db);
  if (format === 'parquet') assertParquetFraming(file);
  onProgress?.({ stage: 'reading' });
  signal?.throwIfAborted();
  const registered = `cse-upload.${format}`;
  if (format === 'csv') await db.registerFile(registered, oneLineEnding(file.bytes));
  try {
    const raw = await readRawTable(db, file.name, registered, format, file.bytes);
    const match = await headerMatch(db, file.name, raw.headers, options);
    const append = options.mode === 'append' && (await hasRecords(db));
    onProgress?.({ stage: 'checking', rows: await rowsRead(db) });
    signal?.throwIfAborted();
    await db.exec(`CREATE OR REPLACE TEMP TABLE cse_checked AS ${checkedRowsSql('cse_raw', match, append ? 'records' : undefined)}`);
    await db.exec(`CREATE OR REPLACE TABLE load_rejections AS
      SELECT src_row AS "row", problem."column" AS "column", coalesce(problem.value, '') AS value, problem.reason AS reason
      FROM cse_checked WHERE problem IS NOT NULL
      UNION ALL SELECT "row", '(row)', csv_line, reason FROM cse_bad_lines`);
    await db.exec(`CREATE OR REPLACE TABLE records_next AS
      SELECT *, ${FY_SQL} AS fy, date_trunc('month', recorded_date)::DATE AS month
      FROM (SELECT ${recordColumnsSql()} FROM cse_checked AS p WHERE problem IS NULL ORDER BY src_row)`);
    onProgress?.({ stage: 'summarising' });
    signal?.throwIfAborted();
    const accepted = await summariseLoad(db, file.name, format, raw.headers, match, options.rejectionSampleSize ?? 100);
    if (append) await db.exec('INSERT INTO records_next BY NAME SELECT * FROM records');
    onProgress?.({ stage: 'saving' });
    // The last moment to stop: after the swap the new data is loaded.
    signal?.throwIfAborted();
    await db.exec(`BEGIN TRANSACTION; DROP TABLE IF EXISTS records; ALTER TABLE records_next RENAME TO records; COMMIT;`);
    return accepted;
  } finally {
    await db.exec('DROP TABLE IF EXISTS cse_checked; DROP TABLE IF EXISTS records_next;');
    if (format === 'csv') await db.dropFile(registered);
  }
}

/**
 * Loads one extract file into the `records` table: file → reading rules → DuckDB table.
 * The reading rules run in JavaScript over the file's bytes (src/data/reading/), rejects are kept with
 * their row numbers, and the new table replaces the old one only once everything has succeeded (never a
 * half-load).
 */
import type { DbClient } from './client';
import { ExtractError, type LoadReport } from './loadReport';
import type { ExtractFormat } from './loadTable';
import { sheetAsCsv } from './excel';
import { assertWithinLimits, withinMemory } from './limits';
import { ColumnMappingNeeded } from './columnMapping';
import { loadTable } from './loadTable';
import { ascii, PARQUET_MAGIC } from './reading/parquetSource';

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
   * Cancels the load. Checked as each stage starts, right after `onProgress` hears it, and each time the
   * load gives the page back while it checks rows or builds the table (src/data/pacing.ts; DuckDB-WASM
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
  /** Rows of a Parquet file checked at a time (PARQUET_SLICE_ROWS by default): for tests and measurement. */
  parquetSliceRows?: number;
}

/** Where a load is: reading the file (a workbook is converted first), checking rows, counting, swapping in. */
export interface LoadProgress {
  stage: 'workbook' | 'reading' | 'checking' | 'summarising' | 'saving';
  /** Rows in the file (read, or declared by a Parquet footer). */
  rows?: number;
  /** Rows checked so far: heard as each slice of a large Parquet file starts, and every ~50 ms of a CSV's check. */
  checked?: number;
}

/** Picks the reader by content (Parquet's and zip's magic bytes), falling back to the file name. */
export function detectFormat(file: ExtractFile): ExtractFormat | 'xlsx' {
  const magic = ascii(file.bytes.subarray(0, 4));
  if (magic === PARQUET_MAGIC || /\.parquet$/i.test(file.name)) return 'parquet';
  return magic === 'PK\u0003\u0004' || /\.xlsx$/i.test(file.name) ? 'xlsx' : 'csv';
}

/**
 * Reads `file` into `records` (replacing or appending, see `LoadOptions.mode`) and reports what
 * happened to this file's rows.
 * Throws ExtractError (one sentence naming the file) when the file is not a readable extract;
 * the previously loaded data is then untouched.
 */
export async function loadExtract(db: DbClient, file: ExtractFile, options: LoadOptions = {}): Promise<LoadReport> {
  // Hardening (src/data/limits.ts): size and row limits before reading; running out of memory becomes one sentence.
  const csvRows = await assertWithinLimits(file, detectFormat(file));
  return withinMemory(file.name, () => readExtract(db, file, options, csvRows));
}

/** `csvRows`: a CSV's rows as the limit check measured them. */
async function readExtract(db: DbClient, file: ExtractFile, options: LoadOptions, csvRows: number | undefined): Promise<LoadReport> {
  if (file.bytes.length === 0) throw new ExtractError(`${file.name} is empty: there is nothing to load.`);
  const format = detectFormat(file);
  if (format !== 'xlsx') return loadTable(db, file, format, options, csvRows);
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

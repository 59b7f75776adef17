/**
 * The load itself, once the file is CSV or Parquet bytes: read → header match → reading rules (slice by
 * slice for a large Parquet file) → summary → swap. The new table replaces the old one only once
 * everything has succeeded (never a half-load).
 */
import { oneLineEnding } from './lineEndings';
import type { DbClient, RowSlice } from './client';
import { matchHeaders } from './headers';
import { ExtractError, type LoadReport } from './loadReport';
import { KEY_MACROS } from './readingRules';
import { recordTypesSql } from './recordColumns';
import { keyRecords, VICTIM_KEY_COLUMNS } from './recordKeys';
import { DERIVED_TYPES_SQL } from './derivedColumns';
import { dropRawTable, readRawTable, type ExtractFormat } from './rawTable';
import { summariseLoad } from './loadSummary';
import { createVocabularyTable } from './vocabulary';
import { ColumnMappingNeeded, previewRows } from './columnMapping';
import { checkSlice } from './checkRows';
import { parquetShape } from './sizeProbes';
import type { ExtractFile, LoadOptions } from './ingest';

/**
 * Rows of a Parquet file decoded and checked at a time. Measured with DuckDB-WASM (Node, 1M generated
 * records): a whole-file load peaked at ~1.3 GB of wasm memory, mostly the decoded file held as Arrow,
 * typed, as text and as checked rows at once; slices bound that part of the peak whatever the file's size.
 */
export const PARQUET_SLICE_ROWS = 250_000;

const prepared = new WeakSet<DbClient>();

/** Creates the macros and vocabulary the reading rules need, once per database. */
async function prepareRules(db: DbClient): Promise<void> {
  if (prepared.has(db)) return;
  await db.exec(KEY_MACROS);
  await db.exec(recordTypesSql() + DERIVED_TYPES_SQL);
  await createVocabularyTable(db);
  prepared.add(db);
}

/** The first and last four bytes of a Parquet file. */
export const PARQUET_MAGIC = 'PAR1';
/** Bytes as Latin-1 text, for comparing magic numbers. */
export const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);

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

/** The slices a file is read in: one (the whole file) for CSV or a Parquet file whose footer gives no row count. */
function slicesOf(file: ExtractFile, format: ExtractFormat, sliceRows: number): (RowSlice | undefined)[] {
  const rows = format === 'parquet' ? parquetShape(file.bytes)?.rows : undefined;
  if (rows === undefined || rows <= sliceRows) return [undefined];
  return Array.from({ length: Math.ceil(rows / sliceRows) }, (_, i) => ({ offset: i * sliceRows, limit: sliceRows }));
}

/** Loads CSV or Parquet bytes (a workbook arrives here already as CSV). */
export async function loadTable(db: DbClient, file: ExtractFile, format: ExtractFormat, options: LoadOptions): Promise<LoadReport> {
  const { signal, onProgress } = options;
  await prepareRules(db);
  if (format === 'parquet') assertParquetFraming(file);
  onProgress?.({ stage: 'reading' });
  signal?.throwIfAborted();
  const registered = `cse-upload.${format}`;
  if (format === 'csv') await db.registerFile(registered, oneLineEnding(file.bytes));
  try {
    const slices = slicesOf(file, format, options.parquetSliceRows ?? PARQUET_SLICE_ROWS);
    const raw = await readRawTable(db, file.name, registered, format, file.bytes, slices[0]);
    const match = await headerMatch(db, file.name, raw.headers, options);
    const append = options.mode === 'append' && (await hasRecords(db));
    const total = slices[0] ? parquetShape(file.bytes)!.rows : await rowsRead(db);
    let split = 0;
    for (const [index, slice] of slices.entries()) {
      onProgress?.({ stage: 'checking', rows: total, ...(slices.length > 1 ? { checked: slice!.offset } : {}) });
      signal?.throwIfAborted();
      if (index > 0) await readRawTable(db, file.name, registered, format, file.bytes, slice);
      split += await checkSlice(db, match, { first: index === 0, last: index === slices.length - 1, append });
    }
    onProgress?.({ stage: 'summarising' });
    signal?.throwIfAborted();
    const accepted = await summariseLoad(db, file.name, format, raw.headers, match, options.rejectionSampleSize ?? 100, split);
    if (append) await db.exec(`INSERT INTO records_next BY NAME SELECT * EXCLUDE (${VICTIM_KEY_COLUMNS.join(', ')}) FROM records`);
    onProgress?.({ stage: 'saving' });
    signal?.throwIfAborted();
    await keyRecords(db);
    // The last moment to stop: after the swap the new data is loaded.
    signal?.throwIfAborted();
    await db.exec(`BEGIN TRANSACTION; DROP TABLE IF EXISTS records; ALTER TABLE records_keyed RENAME TO records; COMMIT;`);
    return accepted;
  } finally {
    await dropRawTable(db);
    await db.exec('DROP TABLE IF EXISTS cse_checked; DROP TABLE IF EXISTS cse_seen; DROP TABLE IF EXISTS records_next; DROP TABLE IF EXISTS records_keyed;');
    if (format === 'csv') await db.dropFile(registered);
  }
}

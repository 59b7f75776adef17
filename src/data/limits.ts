/**
 * The largest extract the loader reads, checked before reading, and the engine running out of memory
 * turned into one sentence. DuckDB-WASM's heap cannot grow past 4 GB (its memory_limit is 3.1 GiB), and
 * the browser tab holds the file's bytes too, so an oversized file must be refused up front rather than
 * crash the tab or leave the engine broken.
 *
 * Measured (Node, DuckDB-WASM 1.32, the product's engine and loader, 24 Nov 2026): loading the generated
 * 200,000-record extract (26 MB) peaks at 0.67 GB resident, 1,000,000 records (132 MB) at 1.67 GB:
 * about 1.25 KB per record while the reading rules run. MAX_ROWS keeps a load under ~1.7 GB, well inside
 * the 4 GB heap on a machine with less memory to spare; MAX_FILE_BYTES allows the same rows with values
 * twice as long as the generated ones. With the reading rules in JavaScript (5 Dec 2026) the same 1M-record
 * CSV peaks at 1.04 GB: the limits were kept, the margin is wider.
 *
 * A Parquet file is decoded and checked in slices of rows (PARQUET_SLICE_ROWS, src/data/reading/parquetSource.ts), so
 * its peak grows only with what is kept: measured (same setup, 25 Nov 2026) 1,000,000 records peak at
 * 1.17 GB resident instead of 2.35 GB read whole, and 5,000,000 records (an 89 MB file) at 1.65 GB,
 * leaving room under the 4 GB heap for the dashboard's queries over them and for the data loaded before,
 * which stays until the new load succeeds. (JavaScript reading rules, 5 Dec 2026: 1,000,000 records peak at
 * 1.24 GB.)
 */
import { ExtractError } from './loadReport';
import { csvShape, isWideText, parquetShape } from './sizeProbes';
import { probeWorkbook } from './sheetProbe';

/** Largest file read: 256 MiB (CSV, Parquet or Excel). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** Most records in one CSV file or workbook sheet: 1,000,000 (a London year has tens of thousands). */
export const MAX_ROWS = 1_000_000;
/** Most records in one Parquet file: 5,000,000, checked in slices (see above). */
export const MAX_PARQUET_ROWS = 5_000_000;
/**
 * Most columns: 500. The format has 28; every column costs a text column in the engine and a name in
 * the warnings (10,000 columns took 40 s to load one row), so a wider file is not an extract.
 */
export const MAX_COLUMNS = 500;
/** Longest CSV line: 2 MB, the engine's own limit (DuckDB's max_line_size), said up front in words. */
export const MAX_LINE_BYTES = 2_000_000;
/**
 * Most cells in a workbook sheet (rows × columns): 3,000,000, about 100,000 records of the format's
 * 28 columns. The workbook reader holds each cell's text and then the sheet as CSV text beside the
 * workbook's bytes, far heavier than the engine's columns; bigger extracts should be saved as CSV.
 */
export const MAX_SHEET_CELLS = 3_000_000;
/** Most bytes a workbook may unpack to (its parts together), so a zip bomb is refused unopened. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

const count = (n: number) => n.toLocaleString('en-GB');
const mb = (bytes: number) => `${count(Math.ceil(bytes / (1024 * 1024)))} MB`;
const SPLIT = 'split it (for example by financial year) and add the parts with "Add to current data"';
const AS_CSV = 'save the extract sheet as CSV and load that';

/** Throws one sentence naming the file, unless `ok`. */
function refuseUnless(ok: boolean, sentence: () => string): void {
  if (!ok) throw new ExtractError(sentence());
}

/**
 * Throws ExtractError (one sentence naming the file and the limit) when `file` is larger than the
 * dashboard can load (bytes, rows, columns, line length, workbook cells) or is UTF-16 text, which the
 * engine would misread as one garbled column. `type` is the reader the loader chose (`detectFormat`).
 * For a CSV, returns about how many rows it has (its lines after the header), measured for the row
 * limit, so that the loader need not measure the file again.
 */
export async function assertWithinLimits(file: { name: string; bytes: Uint8Array }, type: 'csv' | 'parquet' | 'xlsx'): Promise<number | undefined> {
  const { name, bytes } = file;
  refuseUnless(bytes.length <= MAX_FILE_BYTES, () => `${name} is ${mb(bytes.length)}, more than the ${mb(MAX_FILE_BYTES)} this dashboard can load: ${SPLIT}.`);
  if (type === 'csv') return assertCsvWithinLimits(name, bytes);
  if (type === 'parquet') {
    const shape = parquetShape(bytes);
    refuseUnless(!shape || shape.rows <= MAX_PARQUET_ROWS, () => `${name} has ${count(shape!.rows)} rows, more than the ${count(MAX_PARQUET_ROWS)} this dashboard can load from Parquet: ${SPLIT}.`);
    refuseUnless(!shape || shape.columns <= MAX_COLUMNS, () => `${name} has ${count(shape!.columns)} columns, more than the ${count(MAX_COLUMNS)} an extract can have: check it is a CSE extract.`);
  }
  if (type === 'xlsx') await assertWorkbookWithinLimits(name, bytes);
  return undefined;
}

/** Throws unless the CSV is within the limits; returns its rows after the header, about. */
function assertCsvWithinLimits(name: string, bytes: Uint8Array): number {
  refuseUnless(!isWideText(bytes), () => `${name} is saved as UTF-16 (or another two-byte text encoding): save it as "CSV UTF-8" and load it again.`);
  const shape = csvShape(bytes);
  refuseUnless(shape.lines - 1 <= MAX_ROWS, () => `${name} has about ${count(shape.lines - 1)} rows, more than the ${count(MAX_ROWS)} this dashboard can load from CSV ` +
    `(Parquet can hold ${count(MAX_PARQUET_ROWS)}): ${SPLIT}.`);
  refuseUnless(shape.headerFields <= MAX_COLUMNS, () => `${name} has ${count(shape.headerFields)} columns, more than the ${count(MAX_COLUMNS)} an extract can have: check it is a CSE extract.`);
  refuseUnless(shape.longestLine <= MAX_LINE_BYTES, () => `${name} has a line of ${mb(shape.longestLine)} (line ${count(shape.longestLineNumber)}), ` +
    `longer than the 2 MB a record can take: check it is a CSE extract with one record per line.`);
  return Math.max(0, shape.lines - 1);
}

async function assertWorkbookWithinLimits(name: string, bytes: Uint8Array): Promise<void> {
  const extent = await probeWorkbook(bytes, MAX_UNPACKED_BYTES);
  if (!extent) return;
  refuseUnless(extent.unpackedBytes <= MAX_UNPACKED_BYTES, () => `${name} unpacks to more than ${mb(MAX_UNPACKED_BYTES)}, more than this dashboard can open: ${AS_CSV}.`);
  const { rows, columns } = extent;
  refuseUnless(rows - 1 <= MAX_ROWS && columns <= MAX_COLUMNS && rows * columns <= MAX_SHEET_CELLS, () => `${name} has a sheet of ${count(rows)} rows by ` +
    `${count(columns)} columns, more than the ${count(MAX_SHEET_CELLS)} cells this dashboard can open from a workbook: ${AS_CSV}.`);
}

// How the engine, the wasm runtime and the JS engine say they ran out of memory.
const OUT_OF_MEMORY = /out of memory|failed to allocate|could not allocate|memory access out of bounds|cannot enlarge memory|array buffer allocation failed|aborted\(oom\)|invalid (array|string) length/i;

/** True when `error` says the engine or the browser ran out of memory. */
export function isOutOfMemory(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return OUT_OF_MEMORY.test(text);
}

/**
 * Runs a load; if it runs out of memory, throws ExtractError with one sentence instead of the engine's
 * message. The load builds its new table beside the old one and swaps only at the end, so the data
 * loaded before is still there.
 */
export async function withinMemory<T>(name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isOutOfMemory(error)) throw error;
    throw new ExtractError(`${name} ran out of memory while loading, so nothing from it was loaded and the data loaded before is unchanged: ${SPLIT}.`);
  }
}

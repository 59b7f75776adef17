/**
 * Step one of a load: DuckDB reads the registered file into `cse_raw_read`, seen through the view
 * `cse_raw` (every column as text, named c0, c1, … by position, plus `src_row`), and rows it cannot split
 * into fields into `cse_bad_lines`.
 */
import type { DbClient, RowSlice } from './client';
import { ExtractError } from './loadReport';

export type ExtractFormat = 'csv' | 'parquet';

/** Fixed dialect: extracts are comma-separated with double quotes; sniffing them guessed wrong on ragged files. */
const CSV_OPTIONS = `header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', comment = ''`;

// DuckDB's names for a row it could not split, turned into a reason a user can act on.
const BAD_LINE_REASON = `CASE error_type
  WHEN 'TOO MANY COLUMNS' THEN 'more fields than the header has columns'
  WHEN 'MISSING COLUMNS' THEN 'fewer fields than the header has columns'
  WHEN 'UNQUOTED VALUE' THEN 'a quote in the wrong place'
  WHEN 'INVALID UNICODE' THEN 'text that is not UTF-8: save the file as "CSV UTF-8"'
  WHEN 'INVALID ENCODING' THEN 'text that is not UTF-8: save the file as "CSV UTF-8"'
  WHEN 'LINE SIZE OVER MAXIMUM' THEN 'a line longer than 2 MB'
  ELSE lower(CAST(error_type AS VARCHAR)) END`;

/** Turns an engine error into one sentence naming the file. */
function unreadable(file: string, format: ExtractFormat, error: unknown): ExtractError {
  const detail = String(error instanceof Error ? error.message : error).split('\n')[0].replace(/^[\w ]*Error: /, '');
  return new ExtractError(`${file} could not be read as ${format === 'csv' ? 'CSV' : 'Parquet'}: ${detail}`);
}

/**
 * Reads `registered` (a CSV file name chosen by the app) or Parquet `bytes` into `cse_raw` and `cse_bad_lines`;
 * for Parquet, only the rows of `slice` when given (`src_row` still counts from the file's first row).
 * Returns the source headers in order. Throws ExtractError when the engine cannot read the file.
 */
export async function readRawTable(db: DbClient, file: string, registered: string, format: ExtractFormat, bytes: Uint8Array, slice?: RowSlice) {
  const csv = (extra = '') => `read_csv('${registered}', ${CSV_OPTIONS}${extra})`;
  const source = format === 'csv' ? csv() : 'cse_parquet';
  let described: { column_name: string; column_type: string }[];
  try {
    if (format === 'parquet') {
      await db.exec('DROP TABLE IF EXISTS cse_parquet');
      await db.loadParquet('cse_parquet', bytes, slice);
    }
    // Rows that break the structure are dealt with in the real read; here only the header matters.
    const describeSource = format === 'csv' ? csv(', ignore_errors = true') : source;
    described = await db.query(`DESCRIBE SELECT * FROM ${describeSource}`);
  } catch (error) {
    throw unreadable(file, format, error);
  }
  const headers = described.map((column) => column.column_name);
  const names = headers.map((_, index) => `c${index}`).join(', ');
  try {
    if (format === 'csv') await readCsv(db, registered, names);
    else await readParquet(db, source, names, described.map((column) => column.column_type), slice?.offset ?? 0);
  } catch (error) {
    throw unreadable(file, format, error);
  }
  return { headers };
}

async function readCsv(db: DbClient, registered: string, names: string): Promise<void> {
  await db.exec(`DROP TABLE IF EXISTS cse_reject_errors; DROP TABLE IF EXISTS cse_reject_scans;
    CREATE OR REPLACE TEMP TABLE cse_raw_read AS SELECT * FROM read_csv('${registered}', ${CSV_OPTIONS},
      store_rejects = true, rejects_table = 'cse_reject_errors', rejects_scan = 'cse_reject_scans') AS t(${names});
    CREATE OR REPLACE TEMP TABLE cse_bad_lines AS
      SELECT "row", csv_line, reason, "row" - row_number() OVER (ORDER BY "row") AS good_before
      FROM (SELECT DISTINCT ON (line) CAST(line - 1 AS BIGINT) AS "row",
              trim(csv_line, chr(10) || chr(13)) AS csv_line, ${BAD_LINE_REASON} AS reason
            FROM cse_reject_errors ORDER BY line, column_idx);
    DROP TABLE IF EXISTS cse_reject_errors; DROP TABLE IF EXISTS cse_reject_scans;`);
  const [{ bad }] = await db.query<{ bad: number }>('SELECT count(*) AS bad FROM cse_bad_lines');
  if (bad === 0) {
    // A data row's number is its place in the table read: a view, not a copy (at 1M rows, 1.7 s saved).
    await db.exec('CREATE OR REPLACE TEMP VIEW cse_raw AS SELECT r.rowid + 1 AS src_row, r.* FROM cse_raw_read AS r');
    return;
  }
  // A good row's number also counts the bad rows before it: worked out once, into a copy.
  await db.exec(`CREATE OR REPLACE TEMP TABLE cse_raw_numbered AS
      SELECT r.rowid + 1 + (SELECT count(*) FROM cse_bad_lines AS b WHERE b.good_before < r.rowid + 1) AS src_row, r.*
      FROM cse_raw_read AS r;
    DROP TABLE cse_raw_read; ALTER TABLE cse_raw_numbered RENAME TO cse_raw_read;
    CREATE OR REPLACE TEMP VIEW cse_raw AS SELECT * FROM cse_raw_read;`);
}

/** Drops what `readRawTable` made: the rows read (`cse_raw_read`) and the view giving their numbers (`cse_raw`). */
export async function dropRawTable(db: DbClient): Promise<void> {
  await db.exec('DROP VIEW IF EXISTS cse_raw; DROP TABLE IF EXISTS cse_raw_read;');
}

/** Parquet columns arrive typed: whole floating-point values become whole-number text, as a CSV would hold them. */
async function readParquet(db: DbClient, source: string, names: string, types: string[], rowsBefore: number): Promise<void> {
  const asText = types.map((type, index) =>
    /^(FLOAT|DOUBLE|DECIMAL)/.test(type)
      ? `CASE WHEN c${index} = trunc(c${index}) THEN CAST(CAST(c${index} AS BIGINT) AS VARCHAR) ELSE CAST(c${index} AS VARCHAR) END AS c${index}`
      : `CAST(c${index} AS VARCHAR) AS c${index}`,
  );
  // cse_parquet's rowid is the file's row order (the Arrow batches are inserted in order).
  await db.exec(`CREATE OR REPLACE TEMP TABLE cse_raw_read AS SELECT r.rowid + ${Math.trunc(rowsBefore) + 1} AS src_row, ${asText.join(', ')}
      FROM ${source} AS r(${names});
    CREATE OR REPLACE TEMP VIEW cse_raw AS SELECT * FROM cse_raw_read;
    DROP TABLE cse_parquet;
    CREATE OR REPLACE TEMP TABLE cse_bad_lines ("row" BIGINT, csv_line VARCHAR, reason VARCHAR, good_before BIGINT);`);
}

/**
 * The benchmark's extracts: the demo generator's records (same distributions, more rows), made once
 * and kept in bench/data/ (git-ignored) as CSV and, for the browser half, as Parquet.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoCsvLines } from '../scripts/demo';

/** Where generated extracts are cached. */
export const DATA_DIR = resolve(import.meta.dirname, 'data');

/** Extract formats the benchmark hands to the app. */
export type ExtractFormat = 'csv' | 'parquet';

/**
 * The path of the CSV extract of `records` rows, generating it on first use. Written line by line in
 * batches (a 5M-row file is ~600 MB, more than one JavaScript string holds), to a temporary name first
 * so an interrupted run never leaves a truncated file behind.
 */
export function csvExtract(records: number): string {
  const path = `${DATA_DIR}/demo-${records}.csv`;
  if (existsSync(path)) return path;
  mkdirSync(DATA_DIR, { recursive: true });
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    let batch: string[] = [];
    for (const line of demoCsvLines({ totalRecords: records })) {
      batch.push(line);
      if (batch.length === 50_000) {
        writeSync(fd, batch.join('\n') + '\n');
        batch = [];
      }
    }
    if (batch.length) writeSync(fd, batch.join('\n') + '\n');
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  return path;
}

/**
 * The path of the same extract as Parquet, written by native DuckDB from the CSV. Every column stays
 * text (`all_varchar`), so the app's reading rules see exactly the values the CSV holds and both
 * formats load the same records.
 */
export async function parquetExtract(records: number): Promise<string> {
  const path = `${DATA_DIR}/demo-${records}.parquet`;
  if (existsSync(path)) return path;
  const csv = csvExtract(records);
  const partial = `${path}.partial`;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(
      `COPY (SELECT * FROM read_csv('${csv}', header = true, all_varchar = true)) TO '${partial}' (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  renameSync(partial, path);
  return path;
}

/** The extract of `records` rows in `format`, generated on first use. */
export async function extractPath(records: number, format: ExtractFormat): Promise<string> {
  return format === 'csv' ? csvExtract(records) : parquetExtract(records);
}

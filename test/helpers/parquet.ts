/**
 * Writes Parquet fixtures with native DuckDB (@duckdb/node-api): DuckDB-WASM's Node build cannot write
 * files, and the same native engine is the benchmark's speed reference.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The bytes of a Parquet file holding the result of `select` (SQL written by the test itself). */
export async function parquetOf(select: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'cse-parquet-'));
  const path = join(dir, 'fixture.parquet');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`COPY (${select}) TO '${path}' (FORMAT parquet)`);
    return new Uint8Array(await readFile(path));
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A Parquet file as the loader reads it: checked for its framing, decoded by parquet-wasm a slice of
 * rows at a time (so a large file is never held decoded whole), its text columns left as bytes for the
 * checker (ParquetCells), and its first rows for the column-mapping step.
 */
import { readArrowBatches, type ArrowBatches } from '../arrow/ipc';
import type { DbClient, RowSlice } from '../client';
import { PREVIEW_ROWS } from '../columnMapping';
import type { ExtractFile } from '../ingest';
import { ExtractError } from '../loadReport';
import { parquetShape } from '../sizeProbes';
import type { ParquetPlan } from './checkRows';
import type { ParquetCells } from './parquetCells';

/**
 * Rows of a Parquet file decoded and checked at a time, so that a large file is never held decoded
 * whole (5,000,000 records load; see src/data/limits.ts).
 */
export const PARQUET_SLICE_ROWS = 250_000;

/** The first and last four bytes of a Parquet file. */
export const PARQUET_MAGIC = 'PAR1';
/** Bytes as Latin-1 text, for comparing magic numbers. */
export const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** A Parquet file starts and ends with PAR1 around an 8-byte footer length: checked before decoding. */
export function assertParquetFraming(file: ExtractFile): void {
  const { bytes } = file;
  if (bytes.length < 12 || ascii(bytes.subarray(0, 4)) !== PARQUET_MAGIC || ascii(bytes.subarray(-4)) !== PARQUET_MAGIC) {
    throw new ExtractError(`${file.name} could not be read as Parquet: it is not a complete Parquet file (truncated or another format).`);
  }
}

/** A Parquet file's plan: its rows and slices, each slice decoded from the file when asked (the first kept). */
export async function parquetPlan(db: DbClient, file: ExtractFile, sliceRows: number): Promise<{ plan: ParquetPlan; first: ArrowBatches }> {
  const rows = parquetShape(file.bytes)?.rows;
  const slices: (RowSlice | undefined)[] = rows === undefined || rows <= sliceRows
    ? [undefined]
    : Array.from({ length: Math.ceil(rows / sliceRows) }, (_, i) => ({ offset: i * sliceRows, limit: sliceRows }));
  const decode = async (index: number) => readArrowBatches(await db.decodeParquet(file.bytes, slices[index]), true);
  const first = await decode(0);
  const plan = { rows: rows ?? first.batches.reduce((n, batch) => n + batch.length, 0), slices, slice: (i: number) => (i === 0 ? Promise.resolve(first) : decode(i)) };
  return { plan, first };
}

/** The first rows of a decoded Parquet slice as text, for the column-mapping step. */
export function parquetPreview(first: ArrowBatches, cells: ParquetCells): string[][] {
  const preview: string[][] = [];
  for (const batch of first.batches) {
    for (let r = 0; r < batch.length && preview.length < PREVIEW_ROWS; r++) {
      cells.moveTo(batch.columns, r);
      preview.push(Array.from({ length: cells.fields }, (_, i) => cells.text(i) ?? ''));
    }
  }
  return preview;
}


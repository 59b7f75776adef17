/**
 * RowCells over a Parquet file decoded to Arrow, slice by slice. Text columns are looked up by their
 * bytes as the stream holds them (no string per cell); other columns become the text DuckDB would cast
 * them to (a whole number without its decimals, a date as YYYY-MM-DD), so a Parquet file and its CSV
 * export read alike. The distinct values of each column carry over from slice to slice.
 */
import type { ArrowField, TextColumn } from '../arrow/ipc';
import { validAt } from '../arrow/scalars';
import { ByteValues } from './byteValues';
import { trimmedId, type ByteRange, type RowCells } from './rowCells';
import { utf8 } from '../utf8';

const encoder = new TextEncoder();
const EMPTY = new Uint8Array(0);

/** A non-text Parquet value as the text DuckDB's CAST to VARCHAR gives (what the rules read). */
function parquetText(value: unknown, field: ArrowField): string | null {
  if (value === null || value === undefined) return null;
  switch (field.type.kind) {
    case 'float': case 'decimal': {
      const n = value as number;
      return Number.isInteger(n) ? n.toFixed(0) : String(n);
    }
    case 'date': return new Date(value as number).toISOString().slice(0, 10);
    case 'timestamp': return new Date(value as number).toISOString().slice(0, 23).replace('T', ' ').replace(/\.000$/, '');
    default: return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** Whether value `row` of a text column is null. */
const isNull = (column: TextColumn, row: number) => column.validity !== null && !validAt(column.validity, row);

/** The cells of one row of the current batch. */
export class ParquetCells implements RowCells {
  private readonly values: ByteValues[];
  private columns: (unknown[] | TextColumn)[] = [];
  private row = 0;

  constructor(private readonly fieldsOf: readonly ArrowField[]) {
    this.values = fieldsOf.map(() => new ByteValues());
  }

  get fields(): number {
    return this.fieldsOf.length;
  }

  /** Makes row `row` of `columns` (one batch) the current row. */
  moveTo(columns: (unknown[] | TextColumn)[], row: number): void {
    this.columns = columns;
    this.row = row;
  }

  distinct(i: number): number {
    const column = this.columns[i];
    const row = this.row;
    if (!('text' in column)) {
      const { bytes, start, end } = this.raw(i);
      return this.values[i].indexOf(bytes, start, end);
    }
    // The common case, with nothing allocated per cell: a text value's bytes where the stream has them.
    if (isNull(column, row)) return this.values[i].indexOf(EMPTY, 0, 0);
    return this.values[i].indexOf(column.data, column.offsets[row], column.offsets[row + 1]);
  }

  distinctText(i: number, index: number): string {
    return utf8.decode(this.values[i].bytesOf(index));
  }

  idBytes(i: number): ByteRange {
    const { bytes, start, end } = this.raw(i);
    return trimmedId(bytes, start, end);
  }

  text(i: number): string | null {
    const column = this.columns[i];
    if (!('text' in column)) return parquetText(column[this.row], this.fieldsOf[i]);
    return isNull(column, this.row) ? null : utf8.decode(column.data.subarray(column.offsets[this.row], column.offsets[this.row + 1]));
  }

  /** The current row's field `i` as bytes (null and empty alike: both read as blank). */
  private raw(i: number): ByteRange {
    const column = this.columns[i];
    if ('text' in column) {
      if (isNull(column, this.row)) return { bytes: EMPTY, start: 0, end: 0 };
      return { bytes: column.data, start: column.offsets[this.row], end: column.offsets[this.row + 1] };
    }
    const text = parquetText(column[this.row], this.fieldsOf[i]);
    const bytes = text === null ? EMPTY : encoder.encode(text);
    return { bytes, start: 0, end: bytes.length };
  }
}

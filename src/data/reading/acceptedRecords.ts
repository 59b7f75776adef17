/**
 * The accepted records of a load, column by column in typed arrays, as the checker finds them: each
 * column of the format stored as a number per record (an id as its index among the file's distinct ids,
 * an enumeration as its index among the format's canonical values). They become the `records` table
 * once the whole file has been read (see recordsTable.ts).
 */
import { COLUMNS, type ColumnSpec } from '../format';
import { canonicalValues } from '../recordColumns';
import { grown } from './grown';

/** Where `record_id`, `victim_id` and the recorded date are among the format's columns (and `AcceptedRecords.columns`). */
export const RECORD_ID = COLUMNS.findIndex((column) => column.name === 'record_id');
export const VICTIM_ID = COLUMNS.findIndex((column) => column.name === 'victim_id');
export const RECORDED_DATE = COLUMNS.findIndex((column) => column.kind === 'date');

/** An enumerated, borough or boolean value that is not recorded. */
export const NOT_RECORDED = 255;

/** The typed array one column of the format is kept in. */
type ColumnArray = Int32Array | Float64Array | Uint8Array;

/** How a column's values are stored: ids as indices, enumerations and booleans as small codes, the rest as numbers (NaN: not recorded). */
export function storageOf(column: ColumnSpec): 'id' | 'code' | 'number' {
  if (column.kind === 'id') return 'id';
  return column.kind === 'enum' || column.kind === 'borough' || column.kind === 'boolean' ? 'code' : 'number';
}

/** A reading's stored value as the number its column keeps (see storageOf). */
export function encodeValue(column: ColumnSpec, value: string | number | boolean | null): number {
  if (value === null) return storageOf(column) === 'code' ? NOT_RECORDED : NaN;
  if (column.kind === 'boolean') return value ? 1 : 0;
  if (column.kind === 'enum' || column.kind === 'borough') {
    const code = canonicalValues(column).indexOf(String(value));
    if (code < 0) throw new Error(`${String(value)} is not a ${column.name} value.`);
    return code;
  }
  return Number(value);
}

/** Accepted records: one typed array per format column, in the order the records were accepted. */
export class AcceptedRecords {
  /** Records accepted so far. */
  length = 0;
  readonly columns: ColumnArray[];

  constructor(capacity = 1024) {
    this.columns = COLUMNS.map((column) => {
      const storage = storageOf(column);
      return storage === 'id' ? new Int32Array(capacity) : storage === 'code' ? new Uint8Array(capacity) : new Float64Array(capacity);
    });
  }

  /** Room for one more record (the next one is written at index `length`). */
  reserve(): void {
    if (this.length < this.columns[0].length) return;
    for (let c = 0; c < this.columns.length; c++) this.columns[c] = grown(this.columns[c], this.length + 1);
  }
}

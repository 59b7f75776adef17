/**
 * The reading rules applied to one row at a time: each column of the format read through its column's
 * distinct values (the rules run once per distinct value, see cellRules.ts), ids checked for blanks and
 * repeats, and the first rule broken, in the format's column order, named. An accepted row's values go
 * into AcceptedRecords; a rejected row is returned with its reason.
 */
import { COLUMNS, type ColumnSpec } from '../format';
import type { HeaderMatch } from '../headers';
import type { Rejection } from '../loadReport';
import { MAX_PARQUET_ROWS } from '../limits';
import { AcceptedRecords, encodeValue, RECORD_ID, storageOf, VICTIM_ID } from './acceptedRecords';
import { ByteValues } from './byteValues';
import { cellReader } from './cellRules';
import type { ByteRange, RowCells } from './rowCells';
import { utf8 } from '../utf8';

const BLANK = 'blank, but required';

/** How one column of the format reads each distinct value of its source column, filled in as first seen. */
interface ColumnReadings {
  column: ColumnSpec;
  /** Source column index, or undefined when the file has no such column. */
  source: number | undefined;
  read: (text: string | null) => { text: string | null; value: string | number | boolean | null; reason: string | null };
  /** Per distinct value: the reason it is rejected (null: read), its text, and its stored code. */
  reasons: (string | null)[];
  texts: (string | null)[];
  codes: number[];
}

/** Checks rows against the reading rules, remembering ids across rows (and across a file's slices). */
export class RowChecker {
  /** Every record_id read so far (a later row repeating one is a duplicate, accepted or not). */
  readonly recordIds = new ByteValues();
  /** The victim_id of every accepted record. */
  readonly victimIds = new ByteValues();
  readonly accepted: AcceptedRecords;
  private readonly readings: ColumnReadings[];
  private readonly absent: { reason: string | null; text: string | null; code: number }[];
  private readonly recordIdSource: number;
  private readonly victimIdSource: number;

  /**
   * `loaded`: the record_ids already in `records` when appending (a row repeating one is rejected too).
   * `expectedRows`: about how many rows the file has, so the accepted records' columns are made once
   * at that size (at most the largest load, MAX_PARQUET_ROWS) instead of doubled as they fill (each
   * doubling copies, and writes fresh memory).
   */
  constructor(match: HeaderMatch, private readonly loaded: ByteValues | null = null, expectedRows = 0) {
    this.accepted = new AcceptedRecords(Math.max(1024, Math.min(expectedRows, MAX_PARQUET_ROWS)));
    this.readings = COLUMNS.map((column) => ({
      column, source: match.byColumn.get(column.name), read: cellReader(column), reasons: [], texts: [], codes: [],
    }));
    this.absent = this.readings.map(({ column, read }) => {
      const reading = read(null);
      return { reason: reading.reason, text: reading.text, code: reading.reason ? 0 : encodeValue(column, reading.value) };
    });
    this.recordIdSource = match.byColumn.get('record_id')!;
    this.victimIdSource = match.byColumn.get('victim_id')!;
  }

  /** Checks the current row of `cells`; null when it is accepted, else its rejection (data row `row`). */
  check(row: number, cells: RowCells): Rejection | null {
    const id = cells.idBytes(this.recordIdSource);
    if (id.end === id.start) return { row, column: 'record_id', value: '', reason: BLANK };
    const known = this.recordIds.size;
    const idIndex = this.recordIds.indexOf(id.bytes, id.start, id.end);
    if (idIndex < known) return { row, column: 'record_id', value: idText(id), reason: 'duplicate record_id' };
    if (this.loaded?.has(id.bytes, id.start, id.end)) {
      return { row, column: 'record_id', value: idText(id), reason: 'duplicate record_id (already loaded)' };
    }
    const victim = cells.idBytes(this.victimIdSource);
    if (victim.end === victim.start) return { row, column: 'victim_id', value: '', reason: BLANK };
    const problem = this.readRow(cells);
    if (problem) return { row, ...problem };
    this.accept(cells, idIndex);
    return null;
  }

  /** Codes of every non-id column's value into `scratch`, or the first rule broken. */
  private readonly scratch = new Float64Array(COLUMNS.length);
  private readRow(cells: RowCells): Omit<Rejection, 'row'> | null {
    for (let c = 0; c < this.readings.length; c++) {
      const readings = this.readings[c];
      if (readings.column.kind === 'id') continue;
      if (readings.source === undefined) {
        const absent = this.absent[c];
        if (absent.reason) return { column: readings.column.name, value: absent.text ?? '', reason: absent.reason };
        this.scratch[c] = absent.code;
        continue;
      }
      const index = cells.distinct(readings.source);
      if (index >= readings.reasons.length) this.readDistinct(readings, cells, index);
      const reason = readings.reasons[index];
      if (reason) return { column: readings.column.name, value: readings.texts[index] ?? '', reason };
      this.scratch[c] = readings.codes[index];
    }
    return null;
  }

  /** Reads the distinct values of a column not read yet, up to `index` (they are numbered as first seen). */
  private readDistinct(readings: ColumnReadings, cells: RowCells, index: number): void {
    for (let i = readings.reasons.length; i <= index; i++) {
      const reading = readings.read(cells.distinctText(readings.source!, i));
      readings.reasons.push(reading.reason);
      readings.texts.push(reading.text);
      readings.codes.push(reading.reason ? 0 : encodeValue(readings.column, reading.value));
    }
  }

  // Column indices by storage: a loop per kind of typed array keeps each store site to one array type.
  private readonly codeColumns = COLUMNS.flatMap((column, c) => (storageOf(column) === 'code' ? [c] : []));
  private readonly numberColumns = COLUMNS.flatMap((column, c) => (storageOf(column) === 'number' ? [c] : []));

  private accept(cells: RowCells, idIndex: number): void {
    const { accepted, scratch } = this;
    accepted.reserve();
    const at = accepted.length++;
    for (const c of this.codeColumns) (accepted.columns[c] as Uint8Array)[at] = scratch[c];
    for (const c of this.numberColumns) (accepted.columns[c] as Float64Array)[at] = scratch[c];
    accepted.columns[RECORD_ID][at] = idIndex;
    const victim = cells.idBytes(this.victimIdSource);
    accepted.columns[VICTIM_ID][at] = this.victimIds.indexOf(victim.bytes, victim.start, victim.end);
  }
}

function idText(id: ByteRange): string {
  return utf8.decode(id.bytes.subarray(id.start, id.end));
}

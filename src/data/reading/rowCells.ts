/**
 * One row's cells as the checker reads them, whatever the file format: CSV (fields as byte ranges of the
 * file) or Parquet (columns of values). Each non-id field is named by its index among its column's
 * distinct values, so the reading rules run once per distinct value; ids are given as their trimmed bytes.
 */

/** The current row of a file being checked. */
export interface RowCells {
  /** How many fields the row has (a CSV row may be ragged). */
  readonly fields: number;
  /** The index of field `i`'s value among the distinct values of source column `i` seen so far. */
  distinct(i: number): number;
  /** The text of distinct value `index` of source column `i` (as written, untrimmed). */
  distinctText(i: number, index: number): string;
  /**
   * Field `i` trimmed as the rules trim an id, as UTF-8 bytes: `[start, end)` of the returned array, valid
   * until the next call.
   */
  idBytes(i: number): { bytes: Uint8Array; start: number; end: number };
  /** Field `i` as written, or null when empty (for the rejected rows as read). */
  text(i: number): string | null;
}

/**
 * One row's cells as the checker reads them, whatever the file format: CSV (fields as byte ranges of the
 * file) or Parquet (columns of values). Each non-id field is named by its index among its column's
 * distinct values, so the reading rules run once per distinct value; ids are given as their trimmed bytes.
 */

import { utf8 } from '../utf8';
import { trimSpaces } from './cellText';

const SPACE = 32;
const encoder = new TextEncoder();

/** Bytes `[start, end)` of `bytes`. */
export interface ByteRange {
  bytes: Uint8Array;
  start: number;
  end: number;
}

/**
 * An id's bytes trimmed as the engine trims text: spaces off both ends in place, and when a non-ASCII
 * character is left at an edge (it may be a wider space separator, U+00A0…), the text trimmed and
 * re-encoded.
 */
export function trimmedId(bytes: Uint8Array, start: number, end: number): ByteRange {
  while (start < end && bytes[start] === SPACE) start++;
  while (end > start && bytes[end - 1] === SPACE) end--;
  if (start === end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80)) return { bytes, start, end };
  const trimmed = encoder.encode(trimSpaces(utf8.decode(bytes.subarray(start, end))));
  return { bytes: trimmed, start: 0, end: trimmed.length };
}

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
  idBytes(i: number): ByteRange;
  /** Field `i` as written, or null when empty (for the rejected rows as read). */
  text(i: number): string | null;
}

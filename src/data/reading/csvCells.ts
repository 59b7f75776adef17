/**
 * RowCells over CSV rows (csvRows.ts): each column's fields numbered by their distinct values, keyed by
 * their bytes with any doubled quotes undone (so `"a""b"` and a bare `a"b` are one value), and ids
 * unescaped and trimmed into a scratch buffer.
 */
import { ByteValues } from './byteValues';
import { trimSpaces } from './cellRules';
import { CsvRows, FieldForm } from './csvRows';
import type { RowCells } from './rowCells';

const SPACE = 32;
// ignoreBOM: a U+FEFF at the start of a value is data (the engine keeps it), not a byte-order mark.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** The fields of the current row of `rows`, for the checker. */
export class CsvCells implements RowCells {
  /** One map of distinct values per source column. */
  private readonly values: ByteValues[];
  private scratch = new Uint8Array(256);

  constructor(private readonly rows: CsvRows, columns: number) {
    this.values = Array.from({ length: columns }, () => new ByteValues());
  }

  get fields(): number {
    return this.rows.fields;
  }

  distinct(i: number): number {
    const { rows } = this;
    if (rows.forms[i] !== FieldForm.Escaped) return this.values[i].indexOf(rows.bytes, rows.starts[i], rows.ends[i]);
    const { bytes, start, end } = this.unescaped(rows.starts[i], rows.ends[i]);
    return this.values[i].indexOf(bytes, start, end);
  }

  distinctText(i: number, index: number): string {
    return utf8.decode(this.values[i].bytesOf(index));
  }

  idBytes(i: number): { bytes: Uint8Array; start: number; end: number } {
    const { rows } = this;
    let bytes = rows.bytes;
    let start = rows.starts[i];
    let end = rows.ends[i];
    if (rows.forms[i] === FieldForm.Escaped) {
      ({ bytes, start, end } = this.unescaped(start, end));
    }
    while (start < end && bytes[start] === SPACE) start++;
    while (end > start && bytes[end - 1] === SPACE) end--;
    if (start < end && (bytes[start] >= 0x80 || bytes[end - 1] >= 0x80)) return this.trimmedText(bytes, start, end);
    return { bytes, start, end };
  }

  text(i: number): string | null {
    return this.rows.starts[i] === this.rows.ends[i] ? null : this.rows.text(i);
  }

  /** A quoted field with its doubled quotes undone, in the scratch buffer. */
  private unescaped(start: number, end: number): { bytes: Uint8Array; start: number; end: number } {
    const { bytes } = this.rows;
    if (this.scratch.length < end - start) this.scratch = new Uint8Array(2 * (end - start));
    let length = 0;
    for (let at = start; at < end; at++) {
      this.scratch[length++] = bytes[at];
      if (bytes[at] === 34) at++;
    }
    return { bytes: this.scratch, start: 0, end: length };
  }

  /** Non-ASCII at an edge: trimmed as the engine trims text (space separators beyond ASCII too). */
  private trimmedText(bytes: Uint8Array, start: number, end: number): { bytes: Uint8Array; start: number; end: number } {
    const trimmed = encoder.encode(trimSpaces(utf8.decode(bytes.subarray(start, end))));
    return { bytes: trimmed, start: 0, end: trimmed.length };
  }
}

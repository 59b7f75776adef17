/**
 * RowCells over CSV rows (csvRows.ts): each column's fields numbered by their distinct values, keyed by
 * their bytes with any doubled quotes undone (so `"a""b"` and a bare `a"b` are one value), and ids
 * unescaped and trimmed into a scratch buffer.
 */
import { ByteValues } from './byteValues';
import { CsvRows, FieldForm } from './csvRows';
import { trimmedId, type ByteRange, type RowCells } from './rowCells';
import { utf8 } from '../utf8';


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

  idBytes(i: number): ByteRange {
    const { rows } = this;
    if (rows.forms[i] !== FieldForm.Escaped) return trimmedId(rows.bytes, rows.starts[i], rows.ends[i]);
    const { bytes, start, end } = this.unescaped(rows.starts[i], rows.ends[i]);
    return trimmedId(bytes, start, end);
  }

  text(i: number): string | null {
    return this.rows.starts[i] === this.rows.ends[i] ? null : this.rows.text(i);
  }

  /** A quoted field with its doubled quotes undone, in the scratch buffer. */
  private unescaped(start: number, end: number): ByteRange {
    const { bytes } = this.rows;
    if (this.scratch.length < end - start) this.scratch = new Uint8Array(2 * (end - start));
    let length = 0;
    for (let at = start; at < end; at++) {
      this.scratch[length++] = bytes[at];
      if (bytes[at] === 34) at++;
    }
    return { bytes: this.scratch, start: 0, end: length };
  }
}

/**
 * CSV rows straight from the file's bytes: field boundaries only, nothing decoded until a value is
 * needed. The dialect is fixed (comma, double quotes doubled to escape, any of LF, CRLF or CR ending a
 * row, even mixed in one file; line breaks inside quotes are data), as extracts are written. Blank lines
 * are skipped. A row it cannot read cleanly (text after a closing quote) is marked, not guessed at,
 * so the loader can reject it with its reason; a quoted value that never closes fails the whole file,
 * since where its row ends cannot be known.
 */

import { utf8 } from '../utf8';
import { grown } from './grown';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const SPACE = 32;

/** A quoted value that runs to the end of the file: data row `row` (1 = first after the header; 0 the header) opened it. */
export class UnclosedQuote extends Error {
  constructor(readonly row: number) {
    super(row === 0 ? 'a quoted value in the header is never closed' : `the quoted value that starts on row ${row} is never closed`);
    this.name = 'UnclosedQuote';
  }
}

/** How a field was written: bare, quoted, or quoted with doubled quotes inside (to be unescaped). */
export const FieldForm = { Bare: 0, Quoted: 1, Escaped: 2 } as const;
type FieldForm = (typeof FieldForm)[keyof typeof FieldForm];

/** Reads CSV bytes one row at a time; the current row's fields are `[starts[i], ends[i])` of `bytes`. */
export class CsvRows {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  forms = new Uint8Array(64);
  /** Fields in the current row. */
  fields = 0;
  /** The current row's bytes, line break excluded: what a rejection of the whole row shows. */
  lineStart = 0;
  lineEnd = 0;
  /** The current row has text after a closing quote. */
  misquoted = false;
  /** The current row has a byte above 0x7F (so its UTF-8 must be checked). */
  nonAscii = false;
  /** Rows read so far, the header included (blank lines not counted). */
  rowsRead = 0;
  private position: number;

  constructor(readonly bytes: Uint8Array) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    this.position = bom ? 3 : 0;
  }

  /** Moves to the next row, skipping blank lines; false at the end of the file. */
  next(): boolean {
    const { bytes } = this;
    let at = this.position;
    while (at < bytes.length && (bytes[at] === LF || bytes[at] === CR)) at++;
    if (at >= bytes.length) return false;
    this.lineStart = at;
    this.fields = 0;
    this.misquoted = false;
    let high = 0;
    for (;;) {
      const start = at;
      let end: number;
      let form: FieldForm = FieldForm.Bare;
      if (bytes[at] === QUOTE) {
        [end, at, form, high] = this.quoted(at, high);
      } else {
        while (at < bytes.length) {
          const byte = bytes[at];
          if (byte === COMMA || byte === LF || byte === CR) break;
          high |= byte;
          at++;
        }
        end = at;
      }
      this.push(form === FieldForm.Bare ? start : start + 1, end, form);
      if (at < bytes.length && bytes[at] === COMMA) {
        at++;
        continue;
      }
      break;
    }
    this.lineEnd = at;
    if (bytes[at] === CR && bytes[at + 1] === LF) at += 2;
    else if (at < bytes.length) at++;
    this.position = at;
    this.nonAscii = (high & 0x80) !== 0;
    this.rowsRead++;
    return true;
  }

  /**
   * A quoted field from its opening quote at `at`: its content's end, the position after it (spaces after
   * the closing quote are skipped; anything else up to the next comma or line break marks the row
   * misquoted), its form, and the high bits seen.
   */
  private quoted(at: number, high: number): [number, number, FieldForm, number] {
    const { bytes } = this;
    let form: FieldForm = FieldForm.Quoted;
    let i = at + 1;
    for (;;) {
      if (i >= bytes.length) throw new UnclosedQuote(this.rowsRead);
      const byte = bytes[i];
      if (byte === QUOTE) {
        if (bytes[i + 1] !== QUOTE) break;
        form = FieldForm.Escaped;
        i += 2;
        continue;
      }
      high |= byte;
      i++;
    }
    const end = i++;
    while (i < bytes.length && bytes[i] === SPACE) i++;
    while (i < bytes.length && bytes[i] !== COMMA && bytes[i] !== LF && bytes[i] !== CR) {
      this.misquoted = true;
      high |= bytes[i++];
    }
    return [end, i, form, high];
  }

  private push(start: number, end: number, form: FieldForm): void {
    if (this.fields === this.starts.length) {
      this.starts = grown(this.starts, this.fields + 1);
      this.ends = grown(this.ends, this.fields + 1);
      this.forms = grown(this.forms, this.fields + 1);
    }
    this.starts[this.fields] = start;
    this.ends[this.fields] = end;
    this.forms[this.fields] = form;
    this.fields++;
  }

  /** Field `i` of the current row as text (doubled quotes undone); invalid UTF-8 becomes U+FFFD. */
  text(i: number): string {
    const value = utf8.decode(this.bytes.subarray(this.starts[i], this.ends[i]));
    return this.forms[i] === FieldForm.Escaped ? value.replaceAll('""', '"') : value;
  }

  /** The whole current row as written (line break excluded). */
  line(): string {
    return utf8.decode(this.bytes.subarray(this.lineStart, this.lineEnd));
  }

  /** Whether the current row's bytes are valid UTF-8 (always, when they are all ASCII). */
  validUtf8(): boolean {
    if (!this.nonAscii) return true;
    try {
      strictUtf8.decode(this.bytes.subarray(this.lineStart, this.lineEnd));
      return true;
    } catch {
      return false;
    }
  }
}

// The file's own byte-order mark is skipped above; one opening a value is data (see ../utf8.ts).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The fields of one line of CSV text (a rejected row, for the rejected-rows download), as well as they split. */
export function splitCsvLine(line: string): string[] {
  const rows = new CsvRows(new TextEncoder().encode(line));
  try {
    if (!rows.next()) return [];
  } catch (error) {
    if (error instanceof UnclosedQuote) return [line];
    throw error;
  }
  return Array.from({ length: rows.fields }, (_, i) => rows.text(i));
}

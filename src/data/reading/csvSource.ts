/**
 * A CSV file as the loader reads it: its header (named as the engine names CSV columns, so a file's
 * column names and warnings read as before), its first rows for the column-mapping step, and each data
 * row either as cells for the reading rules or with the reason it cannot be split into the header's fields.
 */
import { CsvRows, FieldForm } from './csvRows';
import { CsvCells } from './csvCells';

/** Why a row cannot be read field by field (the rejection's reason, column `(row)`). */
const ROW_PROBLEMS = {
  quote: 'a quote in the wrong place',
  more: 'more fields than the header has columns',
  fewer: 'fewer fields than the header has columns',
  encoding: 'text that is not UTF-8: save the file as "CSV UTF-8"',
} as const;

/**
 * Column names as DuckDB's CSV reader gives them: trimmed; an empty one `column<i>`; a repeat (ignoring
 * case) suffixed `_1`, `_2`, … until it is unique.
 */
function csvColumnNames(raw: readonly string[]): string[] {
  const taken = new Map<string, number>();
  return raw.map((text, index) => {
    let name = text.trim() || `column${index}`;
    const base = name.toLowerCase();
    if (taken.has(base)) {
      let suffix = taken.get(base)!;
      while (taken.has(`${name}_${suffix}`.toLowerCase())) suffix++;
      taken.set(base, suffix + 1);
      name = `${name}_${suffix}`;
    }
    taken.set(name.toLowerCase(), taken.get(name.toLowerCase()) ?? 1);
    return name;
  });
}

/** A CSV file opened for reading: its column names, and its rows from the first after the header. */
export class CsvSource {
  readonly headers: string[];
  readonly rows: CsvRows;
  readonly cells: CsvCells;

  constructor(bytes: Uint8Array) {
    this.rows = new CsvRows(bytes);
    const raw = this.rows.next() ? Array.from({ length: this.rows.fields }, (_, i) => this.rows.text(i)) : [];
    this.headers = csvColumnNames(raw);
    this.cells = new CsvCells(this.rows, this.headers.length);
  }

  /** The data row number of the current row (1 = the first after the header). */
  get row(): number {
    return this.rows.rowsRead - 1;
  }

  /**
   * Why the current row cannot be split into the header's fields, or null. Empty fields after the last
   * column are allowed (a spreadsheet's trailing commas), as the engine allowed them.
   */
  rowProblem(): string | null {
    const { rows } = this;
    const width = this.headers.length;
    if (rows.misquoted) return ROW_PROBLEMS.quote;
    if (rows.fields < width) return ROW_PROBLEMS.fewer;
    for (let i = width; i < rows.fields; i++) {
      if (rows.ends[i] > rows.starts[i] || rows.forms[i] !== FieldForm.Bare) return ROW_PROBLEMS.more;
    }
    return rows.validUtf8() ? null : ROW_PROBLEMS.encoding;
  }

  /** The next `count` rows' fields as text (for the column-mapping step's preview), read from a fresh start. */
  static preview(bytes: Uint8Array, width: number, count: number): string[][] {
    const rows = new CsvRows(bytes);
    const preview: string[][] = [];
    if (!rows.next()) return preview;
    while (preview.length < count && rows.next()) preview.push(Array.from({ length: width }, (_, i) => (i < rows.fields ? rows.text(i) : '')));
    return preview;
  }
}


/** Builds small extracts for tests: a valid row by default, with the cells a test cares about changed. */
import { COLUMN_NAMES } from '../../src/data/format';

export type Cells = Record<string, string>;

/** A valid row; `n` makes its ids unique. */
export function validRow(n: number, cells: Cells = {}): Cells {
  return {
    record_id: `R${n}`, victim_id: `V${n}`, recorded_date: '2014-06-01', cse_category: '1', record_type: 'suspicion',
    victim_gender: 'female', ...cells,
  };
}

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** CSV text with the given header (all format columns by default) and rows; `eol` chooses LF or CRLF. */
export function csvText(rows: Cells[], header: string[] = [...COLUMN_NAMES], eol = '\n'): string {
  const lines = [header.map(quote).join(','), ...rows.map((row) => header.map((h) => quote(row[h] ?? '')).join(','))];
  return lines.join(eol) + eol;
}

/** The bytes of a file for the loader. */
export function file(name: string, text: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new TextEncoder().encode(text) };
}

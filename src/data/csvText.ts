/** Writing CSV for people to open in spreadsheets: quoted where needed, and safe from formula injection. */

const NEEDS_QUOTES = /[",\r\n]/;
// Cells a spreadsheet would run as a formula (OWASP "CSV injection"): =, +, -, @, tab, carriage return.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as CSV text. Text that could run as a formula gets a leading apostrophe (unless `guard` is
 * false: only for CSV the app reads back itself, never for a download); numbers stay numbers.
 */
export function csvCell(value: unknown, guard = true): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (guard && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document (CRLF line ends, as spreadsheets expect) from a header and rows of cells. */
export function csvDocument(header: readonly string[], rows: readonly (readonly unknown[])[], guard = true): string {
  return [header, ...rows].map((cells) => cells.map((cell) => csvCell(cell, guard)).join(',')).join('\r\n') + '\r\n';
}

/**
 * Header rules: which source column is which format column. Headers match case-insensitively after
 * trimming, with spaces, hyphens and underscores alike; unknown columns are ignored with a warning.
 */
import { COLUMNS } from './format';
import { ExtractError } from './loadReport';

/** The comparable form of a header: `Offence Borough` and `offence-borough` both give `offence_borough`. */
export function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_-]+/g, '_');
}

/** Source column index → format column name, plus what was left over. */
export interface HeaderMatch {
  /** Format column name → index of the source column that feeds it. */
  byColumn: Map<string, number>;
  /** Source headers that match no format column (ignored). */
  unknown: string[];
}

/**
 * Matches source headers to format columns. `mapping` (source header → format column) overrides the
 * rules for the headers it names, as chosen in the dashboard's column-mapping step.
 * Throws ExtractError naming the file when a required column is missing or a column appears twice.
 */
export function matchHeaders(file: string, headers: readonly string[], mapping: Record<string, string> = {}): HeaderMatch {
  const known = new Set(COLUMNS.map((column) => column.name));
  const byColumn = new Map<string, number>();
  const unknown: string[] = [];
  headers.forEach((header, index) => {
    const target = mapping[header] ?? headerKey(header);
    if (!known.has(target)) {
      unknown.push(header);
      return;
    }
    if (byColumn.has(target)) {
      const first = headers[byColumn.get(target)!];
      throw new ExtractError(`${file} has two columns that both read as ${target} ("${first}" and "${header}"): keep one.`);
    }
    byColumn.set(target, index);
  });
  const missing = COLUMNS.filter((column) => column.required && !byColumn.has(column.name)).map((column) => column.name);
  if (missing.length) {
    const list = missing.join(', ');
    throw new ExtractError(
      `${file} is not a CSE extract in the expected format: it has no ${list} column${missing.length > 1 ? 's' : ''}.`,
    );
  }
  return { byColumn, unknown };
}

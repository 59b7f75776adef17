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

/** What the header rules (and a mapping) make of a file's headers, before deciding whether it can be loaded. */
export interface HeaderResolution extends HeaderMatch {
  /** Required format columns that no source column feeds. */
  missing: string[];
  /** The first format column fed by two source columns, with both headers; null when there is none. */
  twice: { column: string; first: string; second: string } | null;
}

/**
 * Applies the header rules, with `mapping` (source header → format column; any other value, e.g. `''`,
 * means "ignore this column") overriding them for the headers it names. Never throws: the column-mapping
 * step uses it to say what is still wrong while the user chooses.
 */
export function resolveHeaders(headers: readonly string[], mapping: Record<string, string> = {}): HeaderResolution {
  const known = new Set(COLUMNS.map((column) => column.name));
  const byColumn = new Map<string, number>();
  const unknown: string[] = [];
  let twice: HeaderResolution['twice'] = null;
  headers.forEach((header, index) => {
    const target = Object.hasOwn(mapping, header) ? mapping[header] : headerKey(header);
    if (!known.has(target)) unknown.push(header);
    else if (!byColumn.has(target)) byColumn.set(target, index);
    else twice ??= { column: target, first: headers[byColumn.get(target)!], second: header };
  });
  const missing = COLUMNS.filter((column) => column.required && !byColumn.has(column.name)).map((column) => column.name);
  return { byColumn, unknown, missing, twice };
}

/**
 * Matches source headers to format columns. `mapping` (source header → format column) overrides the
 * rules for the headers it names, as chosen in the dashboard's column-mapping step.
 * Throws ExtractError naming the file when a required column is missing or a column appears twice.
 */
export function matchHeaders(file: string, headers: readonly string[], mapping: Record<string, string> = {}): HeaderMatch {
  const { byColumn, unknown, missing, twice } = resolveHeaders(headers, mapping);
  if (twice) {
    throw new ExtractError(`${file} has two columns that both read as ${twice.column} ("${twice.first}" and "${twice.second}"): keep one.`);
  }
  if (missing.length) {
    const list = missing.join(', ');
    throw new ExtractError(
      `${file} is not a CSE extract in the expected format: it has no ${list} column${missing.length > 1 ? 's' : ''}.`,
    );
  }
  return { byColumn, unknown };
}

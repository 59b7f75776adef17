/**
 * Columns of `records` derived from each record's own values when it is loaded, so that a figure
 * grouping by them groups by a stored one-byte column instead of computing an expression per row on
 * every refresh (at 1M records, the nine SAFEGUARD factors grouped one by one cost 60 ms a refresh;
 * grouped by their stored pattern, 5 ms).
 */
import { SAFEGUARD_FACTORS } from './format';

const FACTORS = SAFEGUARD_FACTORS.map((factor) => factor.column);

/** A victim's missing status: a blank episode count is unknown, never zero. */
export const MISSING_STATUSES = ['missing', 'not_missing', 'unknown'] as const;

/** The types the derived columns use. */
export const DERIVED_TYPES_SQL = `CREATE TYPE IF NOT EXISTS cse_missing_status AS ENUM (${MISSING_STATUSES.map((s) => `'${s}'`).join(', ')});`;

/**
 * The SAFEGUARD pattern: each factor one base-3 digit, the first factor the lowest (0 not recorded,
 * 1 absent, 2 present). Every SAFEGUARD figure is a sum over the patterns: see src/queries/safeguard.ts.
 */
const PATTERN_SQL = FACTORS.map((column, i) => `(CASE WHEN ${column} THEN 2 WHEN NOT ${column} THEN 1 ELSE 0 END) * ${3 ** i}`).join(' + ');

/** Each derived column's SQL over a record's columns. */
export const DERIVED_COLUMNS = {
  missing_status: `CAST(CASE WHEN missing_episodes_12m IS NULL THEN 'unknown' WHEN missing_episodes_12m >= 1 THEN 'missing'
    ELSE 'not_missing' END AS cse_missing_status)`,
  // Not least(n, 15): DuckDB's least() skips NULLs, which would file every unknown count under 15+.
  episode_bin: 'CAST(CASE WHEN missing_episodes_12m >= 15 THEN 15 ELSE missing_episodes_12m END AS UTINYINT)',
  safeguard_pattern: `CAST(${PATTERN_SQL} AS USMALLINT)`,
} as const satisfies Record<string, string>;

/** A derived column's name. */
export type DerivedColumn = keyof typeof DERIVED_COLUMNS;

/** Digit `i` of a SAFEGUARD pattern: 0 not recorded, 1 absent, 2 present. */
export function patternDigit(pattern: number, i: number): number {
  return Math.floor(pattern / 3 ** i) % 3;
}

/** The derived columns as a SELECT list. */
export function derivedColumnsSql(): string {
  return Object.entries(DERIVED_COLUMNS).map(([name, sql]) => `${sql} AS ${name}`).join(', ');
}

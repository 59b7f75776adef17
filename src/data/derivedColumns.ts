/**
 * Columns of `records` derived from each record's own values when it is loaded (computed by
 * src/data/reading/derivedValues.ts), so that a figure grouping by them groups by a stored one-byte
 * column instead of computing an expression per row on every refresh (at 1M records, the nine SAFEGUARD
 * factors grouped one by one cost 60 ms a refresh; grouped by their stored pattern, 5 ms).
 */
import { words } from './recordColumns';

/** A victim's missing status: a blank episode count is unknown, never zero. */
export const MISSING_STATUSES = ['missing', 'not_missing', 'unknown'] as const;

/** The ENUM type of the missing status column. */
export const MISSING_STATUS_TYPE = 'cse_missing_status';

/** The types the derived columns use. */
export const DERIVED_TYPES_SQL = `CREATE TYPE IF NOT EXISTS ${MISSING_STATUS_TYPE} AS ENUM (${words(MISSING_STATUSES)});`;

/**
 * The derived columns: the missing status; missing episodes binned (15 and over as 15, unknown stays
 * NULL); the SAFEGUARD pattern, each factor one base-3 digit, the first factor the lowest (0 not
 * recorded, 1 absent, 2 present; every SAFEGUARD figure is a sum over the patterns, see
 * src/queries/safeguard.ts).
 */
export const DERIVED_COLUMNS = ['missing_status', 'episode_bin', 'safeguard_pattern'] as const;

/** A derived column's name. */
export type DerivedColumn = (typeof DERIVED_COLUMNS)[number];

/** Digit `i` of a SAFEGUARD pattern: 0 not recorded, 1 absent, 2 present. */
export function patternDigit(pattern: number, i: number): number {
  return Math.floor(pattern / 3 ** i) % 3;
}

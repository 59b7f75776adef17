/**
 * The keys a breakdown may group by: columns of `records`, and a few fixed expressions over them. A
 * fixed list, so no caller can put other text into SQL.
 */
import { SAFEGUARD_FACTORS } from '../data/format';

/** Columns `countBy` may group by. */
export const GROUPABLE = [
  'cse_category', 'fy', 'record_type', 'outcome', 'offence_borough', 'victim_home_borough', 'online', 'gang_group',
  'victim_gender', 'suspect_gender', 'victim_age', 'suspect_age', 'suspect_relationship', 'missing_episodes_12m',
  'looked_after', 'referral_source', 'investigating_unit',
] as const;
/** A column `countBy` may group by. */
export type GroupColumn = (typeof GROUPABLE)[number];

/** The SAFEGUARD factor columns, each checked against the shape of a format column name. */
export const FACTOR_COLUMNS: readonly string[] = SAFEGUARD_FACTORS.map((factor) => {
  if (!/^sf_[a-z_]+$/.test(factor.column)) throw new Error(`Not a SAFEGUARD column: ${factor.column}`);
  return factor.column;
});

/** A victim's missing status from their latest record: a blank episode count is unknown, never zero. */
const MISSING_STATUS = `CASE WHEN missing_episodes_12m IS NULL THEN 'unknown' WHEN missing_episodes_12m >= 1 THEN 'missing' ELSE 'not_missing' END`;

const DERIVED = {
  missing_status: MISSING_STATUS,
  // Not least(n, 15): DuckDB's least() skips NULLs, which would file every unknown count under 15+.
  episode_bin: 'CASE WHEN missing_episodes_12m >= 15 THEN 15 ELSE missing_episodes_12m END',
  // Factors present; one not recorded counts as not present.
  safeguard_factors: FACTOR_COLUMNS.map((column) => `coalesce(${column}, false)::INTEGER`).join(' + '),
  safeguard_none_recorded: FACTOR_COLUMNS.map((column) => `${column} IS NULL`).join(' AND '),
} as const;

/** A key a breakdown may group by: a column, a SAFEGUARD factor, or one of the derived expressions. */
export type KeyName = GroupColumn | keyof typeof DERIVED | `sf_${string}`;

/** Each key's SQL expression. */
export const KEY_SQL: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...GROUPABLE, ...FACTOR_COLUMNS].map((column) => [column, column])),
  ...DERIVED,
};

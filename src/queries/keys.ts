/**
 * The keys a breakdown may group by: columns of `records`, the format's and those derived when a record
 * is loaded (src/data/derivedColumns.ts). A fixed list, so no caller can put other text into SQL.
 */
import { DERIVED_COLUMNS, type DerivedColumn } from '../data/derivedColumns';
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

/** A key a breakdown may group by: a column, a SAFEGUARD factor, or a derived column. */
export type KeyName = GroupColumn | DerivedColumn | `sf_${string}`;

/** Each key's SQL expression: every one a stored column. */
export const KEY_SQL: Readonly<Record<string, string>> = Object.fromEntries(
  [...GROUPABLE, ...FACTOR_COLUMNS, ...DERIVED_COLUMNS].map((column) => [column, column]),
);

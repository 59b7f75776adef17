/**
 * The enumerated columns of `records`: each an ENUM of the format's canonical values, so a column is one
 * byte a row and a GROUP BY on it an array lookup, not text hashing (at 1M records, records by borough
 * 14 → 3 ms). The loader stores each value as its index among these values and the engine turns the
 * indices into the ENUM (src/data/reading/recordsTable.ts).
 */
import { COLUMNS, type ColumnSpec } from './format';
import { BOROUGHS } from './reference/boroughs';

/** The canonical values an enumerated or borough column can hold in `records`, in the ENUM's order. */
export function canonicalValues(column: ColumnSpec): string[] {
  if (column.kind === 'borough') return [...BOROUGHS.map((borough) => borough.code), ...Object.keys(column.extra ?? {})];
  return Object.keys(column.vocabulary ?? {});
}

/** The ENUM type of an enumerated or borough column in `records`. */
export const enumType = (column: ColumnSpec) => `cse_${column.name}`;

/** Whether a column is stored as an ENUM. */
export const isEnumerated = (column: ColumnSpec) => column.kind === 'enum' || column.kind === 'borough';

/** Our own words (never a file's) as a SQL list of text literals. */
export const words = (list: readonly string[]) => list.map((word) => `'${word}'`).join(', ');

/** One ENUM type per enumerated or borough column, its members the format's canonical values. */
export function recordTypesSql(): string {
  return COLUMNS.filter(isEnumerated)
    .map((column) => `CREATE TYPE IF NOT EXISTS ${enumType(column)} AS ENUM (${words(canonicalValues(column))});`)
    .join('\n');
}

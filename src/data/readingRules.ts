/**
 * The reading rules as SQL, generated from the format spec (format.ts). DuckDB applies them to every
 * row in one pass, in the browser and in Node alike. Only names and words from our own spec are
 * written into this SQL; source columns are referred to by position (c0, c1, …), never by header.
 */
import { BOOLEAN_WORDS, COLUMNS, type ColumnSpec } from './format';
import type { HeaderMatch } from './headers';

/** Key macros shared by the vocabulary table and the rules, so both sides match identically. */
export const KEY_MACROS = `
CREATE OR REPLACE MACRO cse_key(v) AS trim(regexp_replace(lower(trim(v)), '[\\s_]+', ' ', 'g'));
CREATE OR REPLACE MACRO cse_borough_key(v) AS regexp_replace(
  trim(regexp_replace(replace(lower(v), '&', ' and '), '[\\s_-]+', ' ', 'g')),
  '^(the )?(london borough of|royal borough of) ', '');`;

const ISO_DATE = `'\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2})?)?'`;
const UK_DATE = `'\\d{1,2}/\\d{1,2}/\\d{4}( \\d{2}:\\d{2}(:\\d{2})?)?'`;
const ISO_FORMATS = `['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%dT%H:%M', '%Y-%m-%d']`;
const UK_FORMATS = `['%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M', '%d/%m/%Y']`;

/** A name of our own as a quoted SQL identifier. */
export const quoted = (name: string) => `"${name}"`;
/** Words of our own as a SQL list of text literals. */
export const words = (list: readonly string[]) => list.map((word) => `'${word}'`).join(', ');

/** The typed value of a column from its trimmed text `v` (NULL when blank). */
function parsedValue(column: ColumnSpec, v: string): string {
  switch (column.kind) {
    case 'id':
      return v;
    case 'date':
      return `CASE WHEN regexp_full_match(${v}, ${ISO_DATE}) THEN try_strptime(${v}, ${ISO_FORMATS})
        WHEN regexp_full_match(${v}, ${UK_DATE}) THEN try_strptime(${v}, ${UK_FORMATS}) END`;
    case 'category':
      return `TRY_CAST(regexp_extract(lower(${v}), '^(?:cat(?:egory)?\\.?\\s*)?([123])(?:\\s*-\\s*.*)?$', 1) AS TINYINT)`;
    case 'boolean':
      return `CASE WHEN lower(${v}) IN (${words(BOOLEAN_WORDS.true)}) THEN true
        WHEN lower(${v}) IN (${words(BOOLEAN_WORDS.false)}) THEN false END`;
    case 'integer':
      return `CASE WHEN regexp_full_match(${v}, '\\d{1,9}') THEN CAST(${v} AS INTEGER) END`;
    case 'enum':
    case 'borough': {
      const key = column.kind === 'borough' ? 'cse_borough_key' : 'cse_key';
      return `(SELECT value FROM cse_vocab WHERE col = '${column.name}' AND key = ${key}(${v}))`;
    }
  }
}

/** The first rule a column's value breaks, as a CASE branch, or '' when nothing can go wrong. */
function problemBranches(column: ColumnSpec): string[] {
  const raw = `p.${quoted(`raw_${column.name}`)}`;
  const parsed = `p.${quoted(column.name)}`;
  const fail = (condition: string, reason: string) =>
    `WHEN ${condition} THEN {'column': '${column.name}', 'value': ${raw}, 'reason': '${reason}'}`;
  const branches: string[] = [];
  if (column.required && column.blankAs === undefined) branches.push(fail(`${raw} IS NULL`, 'blank, but required'));
  if (column.name === 'record_id') branches.push(fail('p.id_repeated', 'duplicate record_id'));
  const unreadable = `${raw} IS NOT NULL AND ${parsed} IS NULL`;
  switch (column.kind) {
    case 'date':
      branches.push(fail(`${unreadable} AND NOT regexp_full_match(${raw}, ${UK_DATE}) AND NOT regexp_full_match(${raw}, ${ISO_DATE})`,
        'not a date: use YYYY-MM-DD or DD/MM/YYYY'));
      branches.push(fail(unreadable, 'not a real date (DD/MM/YYYY is read day first)'));
      break;
    case 'category':
      branches.push(fail(unreadable, 'not a CSE category: use 1, 2 or 3'));
      break;
    case 'enum':
      branches.push(fail(unreadable, `not a recognised ${column.name} value`));
      break;
    case 'borough':
      branches.push(fail(unreadable, 'not a London borough name or ONS code'));
      break;
    case 'boolean':
      branches.push(fail(unreadable, 'not a yes/no value'));
      break;
    case 'integer': {
      const [low, high] = column.range!;
      branches.push(fail(unreadable, 'not a whole number'));
      branches.push(fail(`${parsed} NOT BETWEEN ${low} AND ${high}`, `outside ${low}–${high}`));
      break;
    }
  }
  return branches;
}

/** A column's value in the checked row `p` as the file wrote it, trimmed, and as read. */
interface ColumnSql {
  text: string;
  value: string;
}

/**
 * How each column is read. Every column but the ids is read through a map from its distinct values as
 * the file wrote them (untrimmed) to their trimmed text and typed value, joined back by the raw text:
 * extracts repeat the same few spellings of categories, boroughs, dates, ages and yes/no across a
 * million rows, so the rules run once per spelling, and no row is trimmed or lowered (trimming every
 * cell was a third of a 1M-row load's check). Ids are trimmed per row; absent columns are NULL.
 */
function columnReaders(rawTable: string, match: HeaderMatch) {
  const maps: string[] = [];
  const joins: string[] = [];
  const ids: string[] = [];
  const readers = new Map<string, ColumnSql>();
  for (const column of COLUMNS) {
    const index = match.byColumn.get(column.name);
    const id = quoted(`id_${column.name}`);
    const map = quoted(`map_${column.name}`);
    if (index === undefined) {
      readers.set(column.name, { text: 'NULL::VARCHAR', value: parsedValue(column, 'NULL::VARCHAR') });
    } else if (column.kind === 'id') {
      ids.push(`nullif(trim(c${index}), '') AS ${id}`);
      readers.set(column.name, { text: `r.${id}`, value: `r.${id}` });
    } else {
      maps.push(`${map} AS (SELECT raw, trimmed, ${parsedValue(column, 'trimmed')} AS value
        FROM (SELECT raw, nullif(trim(raw), '') AS trimmed FROM (SELECT DISTINCT c${index} AS raw FROM ${rawTable})))`);
      joins.push(`LEFT JOIN ${map} ON ${map}.raw = r.c${index}`);
      readers.set(column.name, { text: `${map}.trimmed`, value: `${map}.value` });
    }
  }
  return { maps, joins, ids, readers };
}

/**
 * SQL that reads `rawTable` (all-VARCHAR columns c0…, plus `src_row`) into one row per source row
 * with the typed columns and a `problem` struct {column, value, reason} naming the first rule broken
 * in format order (NULL when the row is accepted). With `loadedTable`, a record_id already there is a
 * duplicate too (appending a second extract). With `seenTable` (column `id`: the trimmed record_ids of
 * the file's earlier slices), a row repeating one of those is a duplicate record_id, as it would be
 * were the file checked whole. `rawTable` is read where it is needed rather than through a CTE: one
 * read several times would be copied whole first.
 */
export function checkedRowsSql(rawTable: string, match: HeaderMatch, loadedTable?: string, seenTable?: string): string {
  const { maps, joins, ids, readers } = columnReaders(rawTable, match);
  const read = (column: ColumnSpec) => readers.get(column.name)!;
  const branches = COLUMNS.flatMap(problemBranches);
  if (loadedTable) branches.splice(2, 0, `WHEN p.id_loaded THEN {'column': 'record_id', 'value': p.raw_record_id, 'reason': 'duplicate record_id (already loaded)'}`);
  const idIndex = match.byColumn.get('record_id');
  const recordId = idIndex === undefined ? 'NULL::VARCHAR' : `nullif(trim(c${idIndex}), '')`;
  const id = readers.get('record_id')!.text;
  const loaded = loadedTable ? `LEFT JOIN (SELECT DISTINCT record_id FROM ${loadedTable}) AS loaded ON loaded.record_id = ${id}` : '';
  const seen = seenTable ? `LEFT JOIN ${seenTable} AS seen ON seen.id = ${id}` : '';
  return `WITH ${maps.map((m) => `${m},`).join('\n  ')}
  repeated AS (SELECT ${recordId} AS id, min(src_row) AS first_row FROM ${rawTable} GROUP BY 1 HAVING count(*) > 1),
  p AS (SELECT r.src_row, ${COLUMNS.map((column) => `${read(column).text} AS ${quoted(`raw_${column.name}`)}`).join(', ')},
        (repeated.first_row < r.src_row${seenTable ? ' OR seen.id IS NOT NULL' : ''}) AS id_repeated,
        ${loadedTable ? 'loaded.record_id IS NOT NULL' : 'false'} AS id_loaded,
        ${COLUMNS.map((column) => `${read(column).value} AS ${quoted(column.name)}`).join(', ')}
        FROM (SELECT ${[...ids, '*'].join(', ')} FROM ${rawTable}) AS r
        LEFT JOIN repeated ON repeated.id = ${id} ${seen} ${loaded} ${joins.join(' ')})
  SELECT p.src_row, ${COLUMNS.map((column) => `p.${quoted(column.name)}`).join(', ')},
    CASE ${branches.join('\n    ')} END AS problem
  FROM p`;
}

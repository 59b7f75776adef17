/**
 * The accepted spellings of every enumerated value, as one table the reading rules join against.
 * Keys are made by the SQL macros in readingRules.ts, so TypeScript never re-implements the matching.
 */
import { type DbClient, LIST_SEPARATOR } from './client';
import { COLUMNS } from './format';
import { BOROUGHS } from './reference/boroughs';

const FIELD_SEPARATOR = '\u001e';

/** [column, spelling, canonical value] for every enum and borough column. */
export function vocabularyEntries(): [string, string, string][] {
  const entries: [string, string, string][] = [];
  for (const column of COLUMNS) {
    for (const [value, aliases] of Object.entries(column.vocabulary ?? {})) {
      for (const spelling of [value, ...aliases]) entries.push([column.name, spelling, value]);
    }
    if (column.kind !== 'borough') continue;
    for (const borough of BOROUGHS) {
      for (const spelling of [borough.code, borough.name, ...borough.aliases]) entries.push([column.name, spelling, borough.code]);
    }
    for (const [value, aliases] of Object.entries(column.extra ?? {})) {
      for (const spelling of [value, ...aliases]) entries.push([column.name, spelling, value]);
    }
  }
  return entries;
}

/** Names of the columns whose values are boroughs (matched with the borough key). */
const BOROUGH_COLUMNS = COLUMNS.filter((column) => column.kind === 'borough').map((column) => column.name);

/** Creates `cse_vocab(col, key, value)`: the entries travel as one bound parameter, never as SQL text. */
export async function createVocabularyTable(db: DbClient): Promise<void> {
  const packed = vocabularyEntries()
    .map((entry) => entry.join(FIELD_SEPARATOR))
    .join(LIST_SEPARATOR);
  await db.query(
    `CREATE OR REPLACE TABLE cse_vocab AS
     SELECT DISTINCT parts[1] AS col,
       CASE WHEN list_contains(string_split(?, chr(31)), parts[1]) THEN cse_borough_key(parts[2]) ELSE cse_key(parts[2]) END AS key,
       parts[3] AS value
     FROM (SELECT string_split(entry, chr(30)) AS parts FROM unnest(string_split(?, chr(31))) AS t(entry))`,
    [BOROUGH_COLUMNS.join(LIST_SEPARATOR), packed],
  );
}

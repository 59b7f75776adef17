/**
 * Writes test/fixtures/reading-corpus.json: what the SQL reading rules make of thousands of cell texts
 * in every column of the format, so the JavaScript rules (src/data/reading/cellRules.ts) stay held to
 * them now the SQL is gone. The texts (scripts/reading-corpus/cases.ts) go through the real loader,
 * one tested cell per row with every other cell valid, so each row's fate is its cell's.
 * It cannot run in this tree: it came in with 991b9e1, the commit that deleted the SQL rules, and it
 * refuses to run without them. To remake the fixture, check out d05806a (the last commit with the SQL
 * reading rules, src/data/readingRules.ts and src/data/rawTable.ts), copy this file, scripts/reading-corpus/
 * and test/helpers/readingCorpus.ts into it, run `npx tsx scripts/reading-corpus.ts` there, and bring the
 * fixture back.
 */
import { writeFileSync } from 'node:fs';
import type { DbClient } from '../src/data/client';
import { COLUMN_NAMES, COLUMNS, type ColumnSpec } from '../src/data/format';
import { loadExtract } from '../src/data/ingest';
import type { LoadReport, Rejection } from '../src/data/loadReport';
import { openNodeClient } from '../src/data/nodeClient';
import { csvText, file, validRow } from '../test/helpers/extract';
import type { CorpusEntry } from '../test/helpers/readingCorpus';
import { corpusTexts } from './reading-corpus/cases';

const OUT = 'test/fixtures/reading-corpus.json';
const SEED = 20_251_205;
const RANDOM_PER_COLUMN = 200;
const quoted = (name: string) => `"${name}"`;
/** The loader's CSV dialect (src/data/rawTable.ts as of d05806a), to see each cell as the loader's engine reads it. */
const CSV_DIALECT = `header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', comment = ''`;

/**
 * SQL text behind a one-character guard, and the guard taken off again: the client's result reader decodes
 * text with a default TextDecoder, which drops a U+FEFF opening a value (the engine keeps it), so a text
 * starting with one would come back changed.
 */
const guarded = (sql: string) => `'|' || ${sql}`;
const unguarded = (value: string | null) => (value === null ? null : value.slice(1));

/** The value `records` holds for a column, in the fixture's terms: ENUMs as text, timestamps as epoch ms. */
function storedValue(column: ColumnSpec): string {
  const name = quoted(column.name);
  if (column.kind === 'date') return 'epoch_ms(recorded_at)';
  if (column.kind === 'id') return guarded(name);
  return column.kind === 'enum' || column.kind === 'borough' ? `CAST(${name} AS VARCHAR)` : name;
}

/**
 * The tested cell of each row of `csv` as the rules trim it (`nullif(trim(…), '')`), read by the engine
 * in the loader's dialect. Throws unless every cell reads back exactly as written: the corpus is about
 * the rules, not the CSV reader.
 */
async function trimmedCells(db: DbClient, csv: string, column: string, texts: string[]): Promise<(string | null)[]> {
  // One line ending throughout (CRs only inside quotes), so the loader reads these very bytes too.
  await db.registerFile('corpus-check.csv', new TextEncoder().encode(csv));
  const names = COLUMN_NAMES.map((_, index) => `c${index}`).join(', ');
  const cell = `c${COLUMN_NAMES.indexOf(column)}`;
  const rows = await db.query<{ raw: string | null; text: string | null }>(`SELECT ${guarded(cell)} AS raw,
    ${guarded(`nullif(trim(${cell}), '')`)} AS text FROM read_csv('corpus-check.csv', ${CSV_DIALECT}) AS t(${names})`);
  await db.dropFile('corpus-check.csv');
  if (rows.length !== texts.length) throw new Error(`${column}: ${rows.length} rows read for ${texts.length} texts`);
  return rows.map((row, i) => {
    const raw = unguarded(row.raw) ?? '';
    if (raw !== texts[i]) throw new Error(`${column}: row ${i + 1} read as ${JSON.stringify(raw)}, written ${JSON.stringify(texts[i])}`);
    return unguarded(row.text);
  });
}

/** Each rejected row's number → its column, reason (from the report) and value (from `load_rejections`, guarded). */
async function rejectionsOf(db: DbClient, report: LoadReport): Promise<Map<number, Rejection>> {
  const values = await db.query<{ row: number; value: string }>(`SELECT "row", ${guarded('value')} AS value FROM load_rejections`);
  const value = new Map(values.map((rejection) => [Number(rejection.row), unguarded(rejection.value)!]));
  return new Map(report.rejections.map((rejection) => [rejection.row, { ...rejection, value: value.get(rejection.row)! }]));
}

/** Throws unless the last load ran the SQL rules, whose key macros it creates in the engine. */
async function assertSqlRules(db: DbClient): Promise<void> {
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM duckdb_functions() WHERE function_name = 'cse_key'`);
  if (Number(n) === 0) throw new Error('loadExtract no longer applies the SQL reading rules: the corpus records them and cannot be remade.');
}

/**
 * Loads `texts` as one extract, `column` holding text i on data row i + 1, and returns each row's
 * outcome; a row rejected only for repeating an earlier row's record_id comes back undefined, to be
 * tried again in a file of its own.
 */
async function loadColumn(db: DbClient, column: ColumnSpec, texts: string[]): Promise<(CorpusEntry | undefined)[]> {
  const csv = csvText(texts.map((text, i) => validRow(i + 1, { [column.name]: text })));
  const trimmed = await trimmedCells(db, csv, column.name, texts);
  const report = await loadExtract(db, file('corpus.csv', csv), { rejectionSampleSize: 10_000_000 });
  await assertSqlRules(db);
  if (report.rowsRead !== texts.length) throw new Error(`${column.name}: ${report.rowsRead} rows read for ${texts.length} texts`);
  const rejections = await rejectionsOf(db, report);
  const key = column.name === 'record_id' ? 'victim_id' : 'record_id';
  const records = await db.query<{ key: string; value: CorpusEntry['value'] }>(`SELECT ${key} AS key, ${storedValue(column)} AS value FROM records`);
  const stored = new Map(records.map(({ key, value }) => [key, column.kind === 'id' ? unguarded(value as string) : value]));
  return texts.map((input, i) => {
    const [text, rejection] = [trimmed[i], rejections.get(i + 1)];
    if (rejection?.reason === 'duplicate record_id') return undefined;
    if (rejection && (rejection.column !== column.name || rejection.value !== (text ?? ''))) {
      throw new Error(`${column.name}: row ${i + 1} rejected as ${JSON.stringify(rejection)}, not for its tested cell`);
    }
    if (rejection) return { column: column.name, input, text, value: null, reason: rejection.reason };
    const id = validRow(i + 1)[key];
    if (!stored.has(id)) throw new Error(`${column.name}: row ${i + 1} neither accepted nor rejected`);
    return { column: column.name, input, text, value: stored.get(id)!, reason: null };
  });
}

/** Every text of one column, in order; those whose record_id repeats an earlier one are retried in files of their own. */
async function columnEntries(db: DbClient, column: ColumnSpec, texts: string[]): Promise<CorpusEntry[]> {
  const outcomes = new Map<number, CorpusEntry>();
  let pending = texts.map((_, i) => i);
  while (pending.length > 0) {
    const loaded = await loadColumn(db, column, pending.map((i) => texts[i]));
    pending.forEach((i, j) => loaded[j] && outcomes.set(i, loaded[j]));
    pending = pending.filter((i) => !outcomes.has(i));
  }
  return texts.map((_, i) => outcomes.get(i)!);
}

/** What a file without the optional columns stores for each of them. */
async function absentEntries(db: DbClient): Promise<CorpusEntry[]> {
  const optional = COLUMNS.filter((column) => !column.required);
  const header = COLUMNS.filter((column) => column.required).map((column) => column.name);
  await loadExtract(db, file('absent.csv', csvText([validRow(1)], header)));
  const [record] = await db.query(`SELECT ${optional.map((column) => `${storedValue(column)} AS ${quoted(column.name)}`).join(', ')} FROM records`);
  return optional.map((column) => ({ column: column.name, input: null, text: null, value: record[column.name] as CorpusEntry['value'], reason: null }));
}

const db = await openNodeClient();
const corpus: CorpusEntry[] = [];
for (const [index, column] of COLUMNS.entries()) {
  const entries = await columnEntries(db, column, corpusTexts(column, SEED + index, RANDOM_PER_COLUMN));
  const rejected = entries.filter((entry) => entry.reason !== null).length;
  console.log(`${column.name}: ${entries.length} texts, ${entries.length - rejected} accepted, ${rejected} rejected`);
  corpus.push(...entries);
}
corpus.push(...(await absentEntries(db)));
await db.close();
// Escaped to ASCII: the texts hold line separators, BOMs and invisible spaces that editors and diffs would hide or break on.
const ascii = (entry: CorpusEntry) => JSON.stringify(entry).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(OUT, `[\n${corpus.map(ascii).join(',\n')}\n]\n`);
console.log(`${corpus.length} entries written to ${OUT}`);

/**
 * The reading rules of one cell as plain JavaScript: what the trimmed text of a cell of each format
 * column means, or the first rule it breaks. They reproduce the SQL rules the loader ran until December
 * 2026 (src/data/readingRules.ts, removed in 991b9e1), quirks of the engine included (RE2's \s and .
 * here, DuckDB's trim and lower in cellText.ts, what try_strptime accepts); test/data/cellRules.test.ts
 * holds them to a corpus read by that SQL.
 * Per-row rules (duplicate record_id, ragged rows, UTF-8) are not here.
 */
import { BOOLEAN_WORDS, type ColumnSpec } from '../format';
import { BOROUGHS } from '../reference/boroughs';
import { boroughKey, enumKey, lowerLikeEngine, trimSpaces } from './cellText';

/** What the reading rules make of one cell. */
export interface CellReading {
  /** The text as the rules trim it, null when blank (a rejection reports this text, '' when null). */
  text: string | null;
  /** The value stored in `records` (blankAs applied when blank); null when blank without blankAs, or when rejected. */
  value: string | number | boolean | null;
  /** The first rule the cell breaks, in the SQL's order (e.g. 'blank, but required'), or null. */
  reason: string | null;
}

/** Key → canonical value for an enum or borough column, keyed as the vocabulary table is. */
function vocabularyOf(column: ColumnSpec): Map<string, string> {
  const key = column.kind === 'borough' ? boroughKey : enumKey;
  const spellings: [string, string][] = [];
  const add = (vocabulary: ColumnSpec['vocabulary']) =>
    Object.entries(vocabulary ?? {}).forEach(([value, aliases]) => [value, ...aliases].forEach((s) => spellings.push([s, value])));
  add(column.vocabulary);
  if (column.kind === 'borough') {
    for (const borough of BOROUGHS) [borough.code, borough.name, ...borough.aliases].forEach((s) => spellings.push([s, borough.code]));
    add(column.extra);
  }
  const map = new Map<string, string>();
  for (const [spelling, value] of spellings) {
    // Two values under one key would make the SQL's scalar subquery ambiguous: a format error, not data.
    if ((map.get(key(spelling)) ?? value) !== value) throw new Error(`${column.name}: "${spelling}" reads as two values`);
    map.set(key(spelling), value);
  }
  return map;
}

// JavaScript's \d is [0-9] like RE2's, and without the m flag ^ and $ bound the whole text as a full match does.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const NOT_A_DATE = 'not a date: use YYYY-MM-DD or DD/MM/YYYY';
const NOT_REAL = 'not a real date (DD/MM/YYYY is read day first)';

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, by whole 400-year cycles from 1 March of year 0
 * (so February ends a year and leap days need no special case); Date would be slower, and Date.UTC
 * takes years 0–99 as 1900–1999.
 */
function daysFromEpoch(year: number, month: number, day: number): number {
  const y = month > 2 ? year : year - 1;
  const cycle = Math.floor(y / 400);
  const yearOfCycle = y - cycle * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfCycle = yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear;
  return cycle * 146_097 + dayOfCycle - 719_468;
}

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * What try_strptime gives for parts already in shape: epoch ms, or null when the date or time does not
 * exist. It refuses hour 24 and second 60 (no leap seconds); any shape's list of formats succeeds
 * exactly when the parts are valid, so the order the SQL tries them in cannot change the value.
 */
function timestamp(year: number, month: number, day: number, hour: number, minute: number, second: number): number | null {
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  if (day < 1 || day > (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1])) return null;
  return (daysFromEpoch(year, month, day) * 86_400 + (hour * 60 + minute) * 60 + second) * 1000;
}

/** A time part the text may leave out (then zero). */
const timePart = (part: string | undefined) => (part === undefined ? 0 : +part);

function readDate(text: string): CellReading {
  const iso = ISO_DATE.exec(text);
  const parts = iso ?? UK_DATE.exec(text);
  if (!parts) return rejected(text, NOT_A_DATE);
  const [year, day] = iso ? [+parts[1], +parts[3]] : [+parts[3], +parts[1]];
  const value = timestamp(year, +parts[2], day, timePart(parts[4]), timePart(parts[5]), timePart(parts[6]));
  return value === null ? rejected(text, NOT_REAL) : accepted(text, value);
}

// RE2's . stops only at \n (JavaScript's also at \r, U+2028 and U+2029), hence [^\n].
const CATEGORY = /^(?:cat(?:egory)?\.?[\t\n\f\r ]*)?([123])(?:[\t\n\f\r ]*-[\t\n\f\r ]*[^\n]*)?$/;
const WHOLE_NUMBER = /^\d{1,9}$/;
const TRUE_WORDS = new Set<string>(BOOLEAN_WORDS.true);
const FALSE_WORDS = new Set<string>(BOOLEAN_WORDS.false);

const accepted = (text: string, value: string | number | boolean): CellReading => ({ text, value, reason: null });
const rejected = (text: string, reason: string): CellReading => ({ text, value: null, reason });

/** The reading of a column's non-blank trimmed text. */
function valueReader(column: ColumnSpec): (text: string) => CellReading {
  switch (column.kind) {
    case 'id':
      return (text) => accepted(text, text);
    case 'date':
      return readDate;
    case 'category':
      return (text) => {
        const match = CATEGORY.exec(lowerLikeEngine(text));
        return match ? accepted(text, Number(match[1])) : rejected(text, 'not a CSE category: use 1, 2 or 3');
      };
    case 'boolean':
      return (text) => {
        const word = lowerLikeEngine(text);
        if (TRUE_WORDS.has(word)) return accepted(text, true);
        return FALSE_WORDS.has(word) ? accepted(text, false) : rejected(text, 'not a yes/no value');
      };
    case 'integer':
      return integerReader(column.range!);
    case 'enum':
    case 'borough':
      return vocabularyReader(column);
  }
}

function integerReader([low, high]: readonly [number, number]): (text: string) => CellReading {
  return (text) => {
    if (!WHOLE_NUMBER.test(text)) return rejected(text, 'not a whole number');
    const value = Number(text);
    return value >= low && value <= high ? accepted(text, value) : rejected(text, `outside ${low}–${high}`);
  };
}

function vocabularyReader(column: ColumnSpec): (text: string) => CellReading {
  const vocabulary = vocabularyOf(column);
  const key = column.kind === 'borough' ? boroughKey : enumKey;
  const reason = column.kind === 'borough' ? 'not a London borough name or ONS code' : `not a recognised ${column.name} value`;
  return (text) => {
    const value = vocabulary.get(key(text));
    return value === undefined ? rejected(text, reason) : accepted(text, value);
  };
}

/**
 * The reader of one format column: text as read from the file (null when the column is absent) → its
 * reading. Make one per column and load, not per cell: it builds the column's vocabulary.
 */
export function cellReader(column: ColumnSpec): (text: string | null) => CellReading {
  const read = valueReader(column);
  const blankReason = column.required && column.blankAs === undefined ? 'blank, but required' : null;
  const blankValue = column.blankAs ?? null;
  return (raw) => {
    const text = raw === null ? '' : trimSpaces(raw);
    return text === '' ? { text: null, value: blankValue, reason: blankReason } : read(text);
  };
}

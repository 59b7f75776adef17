/**
 * The selection every figure is computed over, and its translation into a parameterised WHERE clause.
 * Values only ever travel as bound parameters: nothing from a file or a URL is pasted into SQL text.
 */
import type { SqlParam } from '../data/client';
import { COLUMNS, financialYearLabel } from '../data/format';
import { enumType, isEnumerated } from '../data/recordColumns';

/** CSE categories: 1 at risk, 2 opportunistic abuse, 3 habitual exploitation (London CSE Operating Protocol). */
export const CATEGORIES = [1, 2, 3] as const;
/** One CSE category. */
export type Category = (typeof CATEGORIES)[number];
/** Record types: a CSE suspicion (enquiry) or a crime. */
export const RECORD_TYPES = ['suspicion', 'crime'] as const;
/** One record type. */
export type RecordType = (typeof RECORD_TYPES)[number];
/** Genders as stored (a blank reads as unknown). */
export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
/** One stored gender. */
export type Gender = (typeof GENDERS)[number];
/** Victim age bands (years at the report) offered as a filter. */
export const AGE_BANDS = ['0-11', '12-13', '14-15', '16-17', 'unknown'] as const;
/** One victim age band. */
export type AgeBand = (typeof AGE_BANDS)[number];

/** A selection of records. Every field is optional; absent means "all". */
export interface Filters {
  /** Financial year `2014/15` (1 Apr 2014 – 31 Mar 2015). Combined with from/to when both are set. */
  fy?: string;
  /** First day included, `YYYY-MM-DD`. */
  from?: string;
  /** Last day included, `YYYY-MM-DD`. */
  to?: string;
  /** ONS code of the borough where the offence happened (`unknown` for an unknown location). */
  offenceBorough?: string;
  /** ONS code of the victim's home borough, or `outside_london`. */
  homeBorough?: string;
  categories?: readonly Category[];
  recordType?: RecordType;
  online?: boolean;
  gender?: Gender;
  ageBands?: readonly AgeBand[];
}

/** `filters` with `key` set to `value`, or without `key` when `value` is undefined or an empty list. */
export function withFilter<K extends keyof Filters>(filters: Filters, key: K, value: Filters[K] | undefined): Filters {
  const next = { ...filters };
  if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

/** A SQL fragment with the parameters its `?` placeholders take, in order. */
export interface SqlFragment {
  sql: string;
  params: SqlParam[];
}

const FY_PATTERN = /^(\d{4})\/(\d{2})$/;

/** The inclusive date range of a financial year such as `2014/15`, or throws on a malformed one. */
export function financialYearRange(fy: string): { from: string; to: string } {
  const match = FY_PATTERN.exec(fy);
  const start = match ? Number(match[1]) : NaN;
  if (!match || (start + 1) % 100 !== Number(match[2])) {
    throw new Error(`"${fy}" is not a financial year: write it as 2014/15.`);
  }
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/** The financial year label (`2014/15`) of a date in `YYYY-MM-DD` form. */
export function financialYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const start = Number(isoDate.slice(5, 7)) >= 4 ? year : year - 1;
  return financialYearLabel(start);
}

const AGE_BAND_SQL: Record<AgeBand, string> = {
  '0-11': 'victim_age BETWEEN 0 AND 11',
  '12-13': 'victim_age BETWEEN 12 AND 13',
  '14-15': 'victim_age BETWEEN 14 AND 15',
  '16-17': 'victim_age BETWEEN 16 AND 17',
  unknown: 'victim_age IS NULL',
};

/**
 * `column = ?` with the bound value cast to the column's ENUM (NULL when it is not one of its values, so
 * it matches nothing): the engine then compares codes, where a text parameter made it cast the column
 * to text, row by row.
 */
function equalsStored(name: string): string {
  const column = COLUMNS.find((candidate) => candidate.name === name);
  if (!column || !isEnumerated(column)) throw new Error(`${name} is not an enumerated column.`);
  return `${name} = TRY_CAST(? AS ${enumType(column)})`;
}

/** The conditions of the filters on enumerated columns, written once. */
const EQUALS = {
  offenceBorough: equalsStored('offence_borough'),
  homeBorough: equalsStored('victim_home_borough'),
  recordType: equalsStored('record_type'),
  gender: equalsStored('victim_gender'),
};

/** Builds `WHERE …` (or an empty fragment) for a selection over the `records` table's columns. */
export function whereClause(filters: Filters): SqlFragment {
  const conditions: string[] = [];
  const params: SqlParam[] = [];
  const add = (sql: string, ...values: SqlParam[]) => {
    conditions.push(sql);
    params.push(...values);
  };
  if (filters.fy) {
    const range = financialYearRange(filters.fy);
    add('recorded_date BETWEEN ?::DATE AND ?::DATE', range.from, range.to);
  }
  if (filters.from) add('recorded_date >= ?::DATE', filters.from);
  if (filters.to) add('recorded_date <= ?::DATE', filters.to);
  if (filters.offenceBorough) add(EQUALS.offenceBorough, filters.offenceBorough);
  if (filters.homeBorough) add(EQUALS.homeBorough, filters.homeBorough);
  if (filters.categories?.length) {
    // One bound number per category, cast to the column's type: a list split from text cast every row's
    // category to text, and a bare bound number (a double) cast it to DOUBLE.
    add(`cse_category IN (${filters.categories.map(() => 'TRY_CAST(? AS TINYINT)').join(', ')})`, ...filters.categories.map(Number));
  }
  if (filters.recordType) add(EQUALS.recordType, filters.recordType);
  if (filters.online !== undefined) add('online IS NOT DISTINCT FROM ?', filters.online);
  if (filters.gender) add(EQUALS.gender, filters.gender);
  if (filters.ageBands?.length) {
    // Band conditions are fixed text chosen by key; only known keys reach the SQL.
    const bands = filters.ageBands.filter((band) => band in AGE_BAND_SQL).map((band) => AGE_BAND_SQL[band]);
    if (bands.length) conditions.push(`(${bands.join(' OR ')})`);
  }
  return conditions.length ? { sql: `WHERE ${conditions.join(' AND ')}`, params } : { sql: '', params };
}

/**
 * The demo extract generator: financial year by financial year, victims are drawn from the year's quotas in order
 * of their first record, and records stream out in date order through a queue of future days. Memory holds only
 * records not yet due (about a month of volume), not the extract, so millions of rows stream in constant space
 * per day of volume.
 */
import { DAYS, FINANCIAL_YEARS } from './calendar';
import { StartDays } from './schedule';
import { CSV_HEADER, toCsvLine } from './csv';
import { planYear } from './plan';
import { IdMaker, Rng } from './prng';
import { RECORDS_PER_YEAR } from './profile';
import { makeRecords } from './records';
import type { DemoRecord } from './types';
import { largestRemainder } from './urn';
import { ReturningVictims, drawVictim } from './victims';

/** Options of the generator. With neither `scale` nor `totalRecords`, FY 2014/15 has exactly 1,852 records. */
export interface DemoOptions {
  /** Seed of all randomness, a whole number (default 2015). Same options, same records in the same order. */
  seed?: number;
  /** Multiplies the volume of every year (default 1); shares and relationships stay the same. */
  scale?: number;
  /** Exact total number of records, split across years like the default; overrides `scale`. */
  totalRecords?: number;
}

/** The default seed: the published figures are for 2014/15, released in 2015. */
export const DEFAULT_SEED = 2015;

/** Records per financial year (FINANCIAL_YEARS order) for the given options; sums to the total exactly. */
export function recordsPerYear(options: DemoOptions = {}): number[] {
  const base = RECORDS_PER_YEAR.reduce((a, b) => a + b, 0);
  const { scale = 1, totalRecords } = options;
  if (totalRecords !== undefined && !(Number.isInteger(totalRecords) && totalRecords >= 0)) {
    throw new Error(`totalRecords must be a whole number ≥ 0, got ${totalRecords}`);
  }
  if (!(Number.isFinite(scale) && scale > 0)) throw new Error(`scale must be a positive number, got ${scale}`);
  return largestRemainder(totalRecords ?? Math.round(base * scale), RECORDS_PER_YEAR);
}

/**
 * Streams synthetic records in recorded-date order (records of the same day in the order they were made).
 * Deterministic: depends only on the options.
 */
export function* iterateDemoRecords(options: DemoOptions = {}): Generator<DemoRecord> {
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a whole number, got ${seed}`);
  const perYear = recordsPerYear(options);
  const ids = new IdMaker(seed);
  const returning = new ReturningVictims();
  // Records waiting for their day; days before `due` have been emitted.
  const waiting: (DemoRecord[] | undefined)[] = new Array(DAYS.length);
  let due = 0;
  for (let y = 0; y < FINANCIAL_YEARS.length; y++) {
    const year = FINANCIAL_YEARS[y];
    const rng = new Rng(seed, y + 1); // one stream per year, so a change to one year's draws leaves the others' alone
    const plan = planYear(y, perYear[y], rng);
    const starts = new StartDays(year, plan.victims);
    for (let i = 0; i < plan.victims; i++) {
      const start = starts.dayOf(i, rng);
      for (; due < start; due++) if (waiting[due]) yield* waiting[due]!.splice(0);
      const victim = drawVictim(plan, year, start, rng, ids, returning);
      const records = makeRecords(victim, plan, rng, ids);
      records.forEach((r, j) => (waiting[victim.days[j]] ??= []).push(r));
    }
    for (; due <= year.lastDay; due++) if (waiting[due]) yield* waiting[due]!.splice(0);
    returning.endYear();
  }
}

/** All records as an array (convenient for tests and small extracts; use iterateDemoRecords for large ones). */
export function generateDemoRecords(options: DemoOptions = {}): DemoRecord[] {
  return [...iterateDemoRecords(options)];
}

/** The extract as CSV lines without line endings, header first. Join with `\n` and end with `\n`. */
export function* demoCsvLines(options: DemoOptions = {}): Generator<string> {
  yield CSV_HEADER;
  for (const record of iterateDemoRecords(options)) yield toCsvLine(record);
}

/** The headline tiles: the few numbers the MOPAC pack leads with, and their change on the previous year. */
import type { DbClient } from '../data/client';
import { dataExtent } from './extent';
import { financialYearOf, financialYearRange, type Filters } from './filters';
import { keyCounts, type KeyCount } from './keyCounts';

/** Headline figures of one selection. Record counts count records; victim counts count distinct children. */
export interface Headline {
  /** Flagged records. */
  records: number;
  /** Distinct victims. */
  victims: number;
  /** Records in Category 1 ("at risk"): "7 in 10" is category1Records of records. */
  category1Records: number;
  /** Records flagged online (not recorded counts as not online). */
  onlineRecords: number;
  /** Victims whose latest record shows at least one missing episode in the prior 12 months. */
  victimsMissing: number;
  /** Victims whose latest record states a missing-episode count (the denominator of "two thirds"). */
  victimsMissingKnown: number;
  /** Victims recorded as female on their latest record. */
  femaleVictims: number;
}

/**
 * The headline figures for `filters`, from four breakdowns the dashboard asks for anyway (they share
 * its batched statements, see `keyCounts`): records by category and by the online flag, victims by
 * gender and by missing status.
 */
export async function headlineFigures(db: DbClient, filters: Filters): Promise<Headline> {
  const [categories, online, genders, missing] = await Promise.all([
    keyCounts(db, filters, 'records', 'cse_category'), keyCounts(db, filters, 'records', 'online'),
    keyCounts(db, filters, 'victims', 'victim_gender'), keyCounts(db, filters, 'victims', 'missing_status'),
  ]);
  const sum = (rows: KeyCount[], test: (key: string | null) => boolean = () => true) =>
    rows.filter((row) => test(row.key)).reduce((n, row) => n + row.count, 0);
  return {
    records: sum(categories),
    victims: sum(genders),
    category1Records: sum(categories, (key) => key === '1'),
    onlineRecords: sum(online, (key) => key === 'true'),
    victimsMissing: sum(missing, (key) => key === 'missing'),
    victimsMissingKnown: sum(missing, (key) => key !== 'unknown'),
    femaleVictims: sum(genders, (key) => key === 'female'),
  };
}

/** The headline of a financial year next to the same figures for the year before. */
export interface HeadlineChange {
  current: Headline;
  /** The previous financial year (`2013/14` for `2014/15`), or null when no year was selected. */
  previousFy: string | null;
  /** The previous year's figures under the same other filters, or null when no year was selected. */
  previous: Headline | null;
  /**
   * True when the loaded data does not cover the whole previous year (e.g. flags only began in October
   * 2013), so a change against it is not like for like and the view should say so.
   */
  previousPartial: boolean;
}

/** The same calendar day a year earlier (29 February becomes 28 February). */
function yearEarlier(isoDate: string): string {
  const year = String(Number(isoDate.slice(0, 4)) - 1).padStart(4, '0');
  const monthDay = isoDate.slice(5, 10) === '02-29' ? '02-28' : isoDate.slice(5, 10);
  return `${year}-${monthDay}`;
}

/**
 * The filters for the year before `filters.fy`. A from/to range narrows the year, so it moves back a year
 * with it: left alone it would fall outside the previous year and compare against nothing.
 */
export function previousYearFilters(filters: Filters & { fy: string }): Filters & { fy: string } {
  const { from } = financialYearRange(filters.fy);
  return {
    ...filters,
    fy: financialYearOf(yearEarlier(from)),
    ...(filters.from ? { from: yearEarlier(filters.from) } : {}),
    ...(filters.to ? { to: yearEarlier(filters.to) } : {}),
  };
}

/** Headline figures, and when `filters.fy` is set the previous financial year's for comparison. */
export async function headlineWithChange(db: DbClient, filters: Filters): Promise<HeadlineChange> {
  if (!filters.fy) return { current: await headlineFigures(db, filters), previousFy: null, previous: null, previousPartial: false };
  const earlier = previousYearFilters({ ...filters, fy: filters.fy });
  const [current, previous, extent] = await Promise.all([headlineFigures(db, filters), headlineFigures(db, earlier), dataExtent(db)]);
  const range = financialYearRange(earlier.fy);
  // ISO dates compare correctly as text.
  const previousPartial = !extent.from || !extent.to || extent.from > range.from || extent.to < range.to;
  return { current, previousFy: earlier.fy, previous, previousPartial };
}

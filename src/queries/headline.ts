/** The headline tiles: the few numbers the MOPAC pack leads with, and their change on the previous year. */
import type { DbClient } from '../data/client';
import { dataExtent } from './extent';
import { financialYearOf, financialYearRange, type Filters } from './filters';
import { selectedVictims } from './selection';

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
 * The headline figures for `filters`, in one query. Conditional counts use `count(*) FILTER (…)`
 * throughout the query layer: DuckDB's `count_if` returns NULL, not 0, over an empty selection.
 */
export async function headlineFigures(db: DbClient, filters: Filters): Promise<Headline> {
  const cte = selectedVictims(filters);
  const [row] = await db.query<Headline>(
    `${cte.sql} SELECT
       (SELECT count(*) FROM selected) AS "records",
       count(*) AS "victims",
       (SELECT count(*) FILTER (WHERE cse_category = 1) FROM selected) AS "category1Records",
       (SELECT count(*) FILTER (WHERE online) FROM selected) AS "onlineRecords",
       count(*) FILTER (WHERE missing_episodes_12m >= 1) AS "victimsMissing",
       count(missing_episodes_12m) AS "victimsMissingKnown",
       count(*) FILTER (WHERE victim_gender = 'female') AS "femaleVictims"
     FROM victims`,
    cte.params,
  );
  return row;
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
  const current = await headlineFigures(db, filters);
  if (!filters.fy) return { current, previousFy: null, previous: null, previousPartial: false };
  const earlier = previousYearFilters({ ...filters, fy: filters.fy });
  const previous = await headlineFigures(db, earlier);
  const range = financialYearRange(earlier.fy);
  const extent = await dataExtent(db);
  // ISO dates compare correctly as text.
  const previousPartial = !extent.from || !extent.to || extent.from > range.from || extent.to < range.to;
  return { current, previousFy: earlier.fy, previous, previousPartial };
}

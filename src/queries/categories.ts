/**
 * CSE categories and outcomes over time: the MOPAC pack's "7 in 10 Category 1" by year, and the Bexley
 * pack's monthly Suspicion / Crime / Detections / Intelligence-disruption chart.
 */
import type { DbClient } from '../data/client';
import { completeCounts, countBy, sumCounts } from './counts';
import { CATEGORIES, type Category, type Filters } from './filters';
import { periodSeries } from './periodCells';
import type { Period } from './periods';

/** Records by category over the whole selection. */
export interface CategoryCounts {
  counts: Record<'1' | '2' | '3', number>;
  /** All records in the selection: the counts sum to it. */
  total: number;
}

/** Records per CSE category (all three present). */
export async function categoryCounts(db: DbClient, filters: Filters): Promise<CategoryCounts> {
  const counts = completeCounts(await countBy(db, filters, 'records', 'cse_category'), ['1', '2', '3']);
  return { counts, total: sumCounts(counts) };
}

/** One segment of a stacked bar: a category's records in one period, and the period's records. */
export interface CategoryPeriodRow {
  /** `2014/15`, or the first day of the month as `YYYY-MM-DD`. */
  period: string;
  category: Category;
  count: number;
  /** All records of the period: `count / total` is the segment's share. */
  total: number;
}

/**
 * Records per category per period, every period from the first to the last in the selection and every
 * category present (zeros included), ordered by period then category.
 */
export async function categoriesByPeriod(db: DbClient, filters: Filters, period: Period): Promise<CategoryPeriodRow[]> {
  const series = await periodSeries(db, filters, period);
  return series.periods.flatMap((at) => {
    const total = series.totals(at).records;
    return CATEGORIES.map((category) => ({ period: at, category, count: series.totals(at, category).records, total }));
  });
}

/** The Bexley pack's four series for one period. Suspicion + crime = records; the outcomes overlap them. */
export interface OutcomeRow {
  period: string;
  /** Records of type suspicion. */
  suspicion: number;
  /** Records of type crime. */
  crime: number;
  /** Records with outcome detection. */
  detections: number;
  /** Records with outcome intelligence/disruption. */
  disruptions: number;
  records: number;
}

/** Suspicion / Crime / Detections / Int-Disrupt per period, every period present (zeros included). */
export async function outcomeSeries(db: DbClient, filters: Filters, period: Period): Promise<OutcomeRow[]> {
  const series = await periodSeries(db, filters, period);
  return series.periods.map((at) => {
    const { suspicion, crime, detections, disruptions, records } = series.totals(at);
    return { period: at, suspicion, crime, detections, disruptions, records };
  });
}

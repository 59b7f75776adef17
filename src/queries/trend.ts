/**
 * The monthly trend. Monthly counts are noisy and seasonal; a rolling 12-month sum shows the direction
 * without either, and equals a financial year's total at each March.
 */
import type { DbClient } from '../data/client';
import type { Filters } from './filters';
import { periodSeries } from './periodCells';

/** One month of the trend. */
export interface TrendRow {
  /** First day of the month, `YYYY-MM-DD`. */
  month: string;
  records: number;
  /** Records in this month and the 11 before it; null until 12 months of the selection exist. */
  rolling12: number | null;
}

/** Records per month, every month from the selection's first to its last (zeros included), with a rolling 12-month sum. */
export async function monthlyTrend(db: DbClient, filters: Filters): Promise<TrendRow[]> {
  const series = await periodSeries(db, filters, 'month');
  const counts = series.periods.map((month) => series.totals(month).records);
  return series.periods.map((month, i) => ({
    month,
    records: counts[i],
    rolling12: i >= 11 ? counts.slice(i - 11, i + 1).reduce((sum, n) => sum + n, 0) : null,
  }));
}

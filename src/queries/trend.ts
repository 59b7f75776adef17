/**
 * The monthly trend. Monthly counts are noisy and seasonal; a rolling 12-month sum shows the direction
 * without either, and equals a financial year's total at each March.
 */
import type { DbClient } from '../data/client';
import type { Filters } from './filters';
import { PERIOD_SPINE } from './periods';
import { selectedRecords } from './selection';

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
  const cte = selectedRecords(filters);
  return db.query<TrendRow>(
    `${cte.sql}, periods AS (${PERIOD_SPINE.month}),
     counts AS (SELECT strftime(month, '%Y-%m-%d') AS period, count(*) AS n FROM selected GROUP BY ALL),
     filled AS (SELECT p.period, coalesce(n, 0) AS n FROM periods p LEFT JOIN counts USING (period))
     SELECT period AS "month", n AS "records",
       CASE WHEN row_number() OVER (ORDER BY period) >= 12
         THEN sum(n) OVER (ORDER BY period ROWS BETWEEN 11 PRECEDING AND CURRENT ROW)::BIGINT END AS "rolling12"
     FROM filled ORDER BY period`,
    cte.params,
  );
}

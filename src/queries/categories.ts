/**
 * CSE categories and outcomes over time: the MOPAC pack's "7 in 10 Category 1" by year, and the Bexley
 * pack's monthly Suspicion / Crime / Detections / Intelligence-disruption chart.
 */
import type { DbClient } from '../data/client';
import { completeCounts, countBy, sumCounts } from './counts';
import type { Category, Filters } from './filters';
import { checkPeriod, PERIOD_OF_RECORD, PERIOD_SPINE, type Period } from './periods';
import { selectedRecords } from './selection';

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
  checkPeriod(period);
  const cte = selectedRecords(filters);
  return db.query<CategoryPeriodRow>(
    `${cte.sql}, periods AS (${PERIOD_SPINE[period]}),
     categories AS (SELECT unnest([1, 2, 3]) AS category),
     counts AS (SELECT ${PERIOD_OF_RECORD[period]} AS period, cse_category AS category, count(*) AS n FROM selected GROUP BY ALL)
     SELECT p.period, c.category, coalesce(n.n, 0) AS count, sum(coalesce(n.n, 0)) OVER (PARTITION BY p.period)::BIGINT AS total
     FROM periods p CROSS JOIN categories c LEFT JOIN counts n ON n.period = p.period AND n.category = c.category
     ORDER BY p.period, c.category`,
    cte.params,
  );
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
  checkPeriod(period);
  const cte = selectedRecords(filters);
  return db.query<OutcomeRow>(
    `${cte.sql}, periods AS (${PERIOD_SPINE[period]}),
     counts AS (SELECT ${PERIOD_OF_RECORD[period]} AS period,
       count(*) FILTER (WHERE record_type = 'suspicion') AS suspicion,
       count(*) FILTER (WHERE record_type = 'crime') AS crime,
       count(*) FILTER (WHERE outcome = 'detection') AS detections,
       count(*) FILTER (WHERE outcome = 'disruption') AS disruptions,
       count(*) AS records
       FROM selected GROUP BY ALL)
     SELECT p.period, coalesce(suspicion, 0) AS suspicion, coalesce(crime, 0) AS crime,
       coalesce(detections, 0) AS detections, coalesce(disruptions, 0) AS disruptions, coalesce(records, 0) AS records
     FROM periods p LEFT JOIN counts USING (period) ORDER BY p.period`,
    cte.params,
  );
}

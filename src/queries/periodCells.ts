/**
 * Every time series of a selection from one statement: records per (month, category), with the counts
 * the series split them by. The trend, categories, outcomes and online series each take theirs from it,
 * so a refresh scans the selection once for its six series (the dashboard's client remembers the
 * answer, see `rememberingClient`), and the spine of periods is filled here instead of by a
 * generate_series join per series in SQL.
 */
import type { DbClient } from '../data/client';
import { financialYearOf, type Category, type Filters } from './filters';
import { checkPeriod, type Period } from './periods';
import { selectedRecords } from './selection';

/** The counts a series can show for one period (or one category within it). */
export const MEASURES = ['records', 'suspicion', 'crime', 'detections', 'disruptions', 'online', 'onlineNotRecorded'] as const;
/** One count of `MEASURES`. */
export type Measure = (typeof MEASURES)[number];
/** The counts of one period, or of one category in it. */
export type PeriodTotals = Record<Measure, number>;

/** Records of one month and category. A month lies in one financial year, so `fy` is a label of the cell. */
interface PeriodCell extends PeriodTotals {
  month: string;
  fy: string;
  category: Category;
}

/**
 * The selection's (month, category) cells; counts cast to INTEGER so they arrive as plain numbers.
 * Grouped by the DATE alone and labelled after: strftime per row was two thirds of the statement at 1M
 * records, and the financial year, text, cost a third again as a grouping key.
 */
async function periodCells(db: DbClient, filters: Filters): Promise<PeriodCell[]> {
  const cte = selectedRecords(filters);
  const cells = await db.query<Omit<PeriodCell, 'fy'>>(
    `${cte.sql} SELECT strftime(month, '%Y-%m-%d') AS "month", * EXCLUDE ("month") FROM (
     SELECT month, cse_category AS category,
       count(*)::INTEGER AS "records",
       count(*) FILTER (WHERE record_type = 'suspicion')::INTEGER AS "suspicion",
       count(*) FILTER (WHERE record_type = 'crime')::INTEGER AS "crime",
       count(*) FILTER (WHERE outcome = 'detection')::INTEGER AS "detections",
       count(*) FILTER (WHERE outcome = 'disruption')::INTEGER AS "disruptions",
       count(*) FILTER (WHERE online)::INTEGER AS "online",
       count(*) FILTER (WHERE online IS NULL)::INTEGER AS "onlineNotRecorded"
     FROM selected GROUP BY ALL) ORDER BY "month", category`,
    cte.params,
  );
  return cells.map((cell) => ({ ...cell, fy: financialYearOf(cell.month) }));
}

/** Every month (`YYYY-MM-01`) or financial year (`2014/15`) from the first to the last of `present`. */
export function periodSpine(period: Period, present: readonly string[]): string[] {
  if (present.length === 0) return [];
  const sorted = [...present].sort();
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  const spine: string[] = [];
  if (period === 'fy') {
    const fy = (start: number) => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
    for (let start = Number(first.slice(0, 4)); start <= Number(last.slice(0, 4)); start++) spine.push(fy(start));
    return spine;
  }
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  for (let i = index(first); i <= index(last); i++) {
    spine.push(`${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`);
  }
  return spine;
}

/** A selection's counts by period: every period of the spine, zeros included. */
export interface PeriodSeries {
  /** Every period from the selection's first to its last, ascending; none when it is empty. */
  periods: string[];
  /** The counts of `period`, or of `category` within it (zeros for a period or category with no record). */
  totals(period: string, category?: Category): PeriodTotals;
}

/** The selection's counts by month or financial year. */
export async function periodSeries(db: DbClient, filters: Filters, period: Period): Promise<PeriodSeries> {
  checkPeriod(period);
  const sums = new Map<string, PeriodTotals>();
  const add = (key: string, cell: PeriodCell) => {
    const sum = sums.get(key) ?? Object.fromEntries(MEASURES.map((m) => [m, 0])) as PeriodTotals;
    for (const measure of MEASURES) sum[measure] += cell[measure];
    sums.set(key, sum);
  };
  for (const cell of await periodCells(db, filters)) {
    const at = period === 'month' ? cell.month : cell.fy;
    add(at, cell);
    add(`${at}|${cell.category}`, cell);
  }
  const zeros = Object.fromEntries(MEASURES.map((m) => [m, 0])) as PeriodTotals;
  return {
    periods: periodSpine(period, [...sums.keys()].filter((key) => !key.includes('|'))),
    totals: (at, category) => ({ ...(sums.get(category === undefined ? at : `${at}|${category}`) ?? zeros) }),
  };
}

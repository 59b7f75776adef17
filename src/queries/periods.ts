/**
 * Time axes for series. A chart must show a month (or year) with no records as a zero, not skip it,
 * so every series is joined onto a spine of every period between the selection's first and last.
 */

/** The two periods series are grouped by: calendar month or financial year. */
export type Period = 'month' | 'fy';

/**
 * SQL (over the `selected` CTE) for a column `period` holding every period from the first to the last
 * present, gaps included; no rows when the selection is empty. Fixed text, chosen by key.
 */
export const PERIOD_SPINE: Readonly<Record<Period, string>> = {
  // Months as 'YYYY-MM-DD' (the first of the month), so they sort as text and never travel as epoch ms.
  month: `SELECT strftime(unnest(generate_series(min(month)::TIMESTAMP, max(month)::TIMESTAMP, INTERVAL 1 MONTH)), '%Y-%m-%d') AS period
    FROM selected`,
  // Financial years from their starting calendar year: '2013/14' → 2013.
  fy: `SELECT printf('%d/%02d', start, (start + 1) % 100) AS period
    FROM (SELECT unnest(generate_series(min(left(fy, 4)::INTEGER), max(left(fy, 4)::INTEGER))) AS start FROM selected)`,
};

/** SQL expression for a record's period, in the same text form as the spine. */
export const PERIOD_OF_RECORD: Readonly<Record<Period, string>> = {
  month: `strftime(month, '%Y-%m-%d')`,
  fy: 'fy',
};

/** Throws unless `period` is one of the known keys (a caller in plain JavaScript could pass anything). */
export function checkPeriod(period: Period): void {
  if (!(period in PERIOD_SPINE)) throw new Error(`Unknown period ${String(period)}: use month or fy.`);
}

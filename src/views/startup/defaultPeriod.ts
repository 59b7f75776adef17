/**
 * The period the dashboard opens on when a link names none: the latest complete financial year in
 * the data (a year counts as complete when the data reaches its last month, March). A borough lead
 * opening the dashboard wants the latest full year; an extract that ends mid-year would otherwise open
 * on a part-year that looks like a fall. With no complete year, the latest (partial) year is used.
 */
import { financialYearLabel } from '../../data/format';
import type { DataExtent } from '../../queries/extent';
import { financialYearRange } from '../../queries/filters';

/** The default financial year for `extent`, or undefined when there are no records. */
export function defaultFinancialYear(extent: DataExtent): string | undefined {
  if (!extent.to || extent.financialYears.length === 0) return undefined;
  const lastDay = extent.to;
  const complete = extent.financialYears.filter((fy) => financialYearRange(fy).to.slice(0, 7) <= lastDay.slice(0, 7));
  return complete.at(-1) ?? extent.financialYears.at(-1);
}

/** The financial year before `fy` ("2014/15" → "2013/14"). */
export function previousFinancialYear(fy: string): string {
  return financialYearLabel(Number(fy.slice(0, 4)) - 1);
}

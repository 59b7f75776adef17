/**
 * After new data is loaded, the period in the link (fy, from, to) may miss it entirely, e.g. last
 * year's link over this month's extract: every figure would be zero. The period then moves to the new
 * data's latest complete financial year (the dashboard's default), and the user is told.
 * Pure: the query string in, the query string out.
 */
import type { DataExtent } from '../../queries/extent';
import { financialYearRange } from '../../queries/filters';
import { defaultFinancialYear } from '../startup/defaultPeriod';
import { isFinancialYear, isIsoDay } from '../urlState';

/** The query string to show the new data with, and the financial year moved to (null when unchanged). */
export interface PeriodAfterLoad {
  search: string;
  movedTo: string | null;
}

/** The dates the link's period covers, or null when it names none (or `fy=all`): every date. */
function linkedPeriod(params: URLSearchParams): { from: string; to: string } | null {
  const fy = params.get('fy')?.trim() ?? '';
  const from = params.get('from')?.trim() ?? '';
  const to = params.get('to')?.trim() ?? '';
  const year = isFinancialYear(fy) ? financialYearRange(fy) : null;
  const bounds = [year?.from, isIsoDay(from) ? from : undefined].filter(Boolean) as string[];
  const ends = [year?.to, isIsoDay(to) ? to : undefined].filter(Boolean) as string[];
  if (!bounds.length && !ends.length) return null;
  // fy and from/to together select their overlap, as the filters do.
  return { from: bounds.sort().at(-1) ?? '0000-01-01', to: ends.sort()[0] ?? '9999-12-31' };
}

/** Keeps the link's period when it overlaps `extent` at all; otherwise moves to the default financial year. */
export function periodAfterLoad(search: string, extent: DataExtent): PeriodAfterLoad {
  const params = new URLSearchParams(search);
  const period = linkedPeriod(params);
  const fy = defaultFinancialYear(extent);
  if (!period || !fy || !extent.from || !extent.to) return { search, movedTo: null };
  if (period.from <= extent.to && period.to >= extent.from) return { search, movedTo: null };
  params.delete('from');
  params.delete('to');
  params.set('fy', fy);
  // As urlState writes links: `/` and `,` stay readable.
  return { search: `?${params.toString().replace(/%2F/gi, '/').replace(/%2C/gi, ',')}`, movedTo: fy };
}

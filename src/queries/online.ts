/**
 * Online CSE: the MOPAC pack's "70 online flagged investigations, 45% in East London, 70% Category 1".
 * Online means the flag is set; a blank flag is "not recorded" and is never counted as online.
 */
import type { DbClient } from '../data/client';
import { BOROUGHS } from '../data/reference/boroughs';
import type { Subregion } from '../data/reference/types';
import { SUBREGIONS } from './boroughs';
import { completeCounts, sumCounts, type CountRow } from './counts';
import type { Filters } from './filters';
import { periodSeries } from './periodCells';
import { keyCounts } from './keyCounts';

/** Records by the online flag. */
export interface OnlineTotals {
  online: number;
  notOnline: number;
  notRecorded: number;
  /** All records in the selection. */
  total: number;
}

/** How many records are flagged online, not online, or have no flag. */
export async function onlineTotals(db: DbClient, filters: Filters): Promise<OnlineTotals> {
  const flags = await keyCounts(db, filters, 'records', 'online');
  const count = (key: string | null) => flags.find((row) => row.key === key)?.count ?? 0;
  const total = flags.reduce((sum, row) => sum + row.count, 0);
  return { online: count('true'), notOnline: count('false'), notRecorded: count(null), total };
}

/** Online records counted by one of two fixed columns. */
async function onlineCountsBy(db: DbClient, filters: Filters, column: 'cse_category' | 'offence_borough'): Promise<CountRow[]> {
  if (column !== 'cse_category' && column !== 'offence_borough') throw new Error(`Cannot group by ${String(column)}.`);
  const groups = await keyCounts(db, filters, 'records', column);
  return groups.filter((row) => row.online > 0).map((row) => ({ key: row.key, count: row.online }));
}

/** Online records per category (all three present); `total` is all online records. */
export interface OnlineCategories {
  counts: Record<'1' | '2' | '3', number>;
  total: number;
}

/** Online records per category: "70% were Category 1, similar to overall CSE". */
export async function onlineByCategory(db: DbClient, filters: Filters): Promise<OnlineCategories> {
  const counts = completeCounts(await onlineCountsBy(db, filters, 'cse_category'), ['1', '2', '3']);
  return { counts, total: sumCounts(counts) };
}

/** Where online records happened: a sub-region, or `unknown` when the offence borough is not known. */
export interface OnlineSubregionRow {
  key: Subregion | 'unknown';
  count: number;
  /** Share of all online records (null when there are none). */
  share: number | null;
}

/** Online records by place; `total` is all online records. */
export interface OnlineSubregions {
  rows: OnlineSubregionRow[];
  total: number;
}

/** Online records by sub-region of the offence borough, every sub-region present ("45% in East London"). */
export async function onlineBySubregion(db: DbClient, filters: Filters): Promise<OnlineSubregions> {
  const byBorough = completeCounts(await onlineCountsBy(db, filters, 'offence_borough'), [...BOROUGHS.map((b) => b.code), 'unknown']);
  const total = sumCounts(byBorough);
  const keys: (Subregion | 'unknown')[] = [...SUBREGIONS, 'unknown'];
  const rows = keys.map((key) => {
    const count = key === 'unknown'
      ? byBorough.unknown
      : BOROUGHS.filter((b) => b.subregion === key).reduce((sum, b) => sum + byBorough[b.code], 0);
    return { key, count, share: total > 0 ? count / total : null };
  });
  return { rows, total };
}

/** One financial year of the online series. */
export interface OnlineYearRow {
  fy: string;
  online: number;
  /** All records of the year. */
  records: number;
  /** Records of the year with no online flag. */
  notRecorded: number;
}

/** Online records per financial year, every year from the first to the last in the selection. */
export async function onlineByFy(db: DbClient, filters: Filters): Promise<OnlineYearRow[]> {
  const series = await periodSeries(db, filters, 'fy');
  return series.periods.map((fy) => {
    const totals = series.totals(fy);
    return { fy, online: totals.online, records: totals.records, notRecorded: totals.onlineNotRecorded };
  });
}

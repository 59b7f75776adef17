/** Counts of records or victims by one column: the shape most figures take. */
import type { DbClient } from '../data/client';
import type { Filters } from './filters';
import { keyCounts } from './keyCounts';
import { GROUPABLE, type GroupColumn } from './keys';

/** One group of a breakdown: `key` is the stored value as text (`null` for not recorded). */
export interface CountRow {
  key: string | null;
  count: number;
}

export { GROUPABLE, type GroupColumn } from './keys';

/** Counts records (`unit = 'records'`) or victims by `column`, largest group first (batched: see `keyCounts`). */
export async function countBy(db: DbClient, filters: Filters, unit: 'records' | 'victims', column: GroupColumn): Promise<CountRow[]> {
  if (!GROUPABLE.includes(column)) throw new Error(`Cannot group by ${column}.`);
  return (await keyCounts(db, filters, unit, column)).map(({ key, count }) => ({ key, count }));
}

/**
 * Turns rows into an object with every key of a domain present (zeros included); `null` keys are
 * filed under `nullKey`. Keys outside the domain throw, because a figure must never lose a count.
 */
export function completeCounts<K extends string>(rows: readonly CountRow[], domain: readonly K[], nullKey?: K): Record<K, number> {
  const result = Object.fromEntries(domain.map((key) => [key, 0])) as Record<K, number>;
  for (const row of rows) {
    const key = (row.key ?? nullKey) as K | undefined;
    if (key === undefined || !(key in result)) throw new Error(`Unexpected value ${String(row.key)} outside ${domain.join(', ')}.`);
    result[key] += row.count;
  }
  return result;
}

/** A part and the whole it is taken from, so a view can write "1,311 of 1,852" as well as the share. */
export interface Proportion {
  count: number;
  total: number;
}

/** `count / total`, or null when there is no whole (a share of nothing is not zero). */
export function shareOf(part: Proportion): number | null {
  return part.total > 0 ? part.count / part.total : null;
}

/** The sum of a record of counts. */
export function sumCounts(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** The monthly trend with its rolling 12-month sum over a hand-made extract. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { monthlyTrend } from '../../src/queries/trend';
import type { Cells } from '../helpers/extract';
import { loadRows } from './fixture';

/** Records per month: Jan 2014 2, Feb 0, Mar 1, Apr 3, May–Nov 1 each, Dec 0, Jan 2015 2, Feb 2015 1. */
const PLAN: [string, number][] = [
  ['2014-01-10', 2], ['2014-03-31', 1], ['2014-04-01', 3], ['2014-05-05', 1], ['2014-06-05', 1], ['2014-07-05', 1],
  ['2014-08-05', 1], ['2014-09-05', 1], ['2014-10-05', 1], ['2014-11-30', 1], ['2015-01-01', 2], ['2015-02-28', 1],
];

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  const rows: [number, Cells][] = [];
  for (const [date, count] of PLAN) for (let i = 0; i < count; i++) rows.push([rows.length + 1, { recorded_date: date, cse_category: i === 0 ? '1' : '2' }]);
  await loadRows(db, rows);
});
afterAll(() => db.close());

describe('monthlyTrend', () => {
  it('every month, zeros filled, rolling 12-month sum from the twelfth month', async () => {
    expect(await monthlyTrend(db, {})).toEqual([
      { month: '2014-01-01', records: 2, rolling12: null },
      { month: '2014-02-01', records: 0, rolling12: null },
      { month: '2014-03-01', records: 1, rolling12: null },
      { month: '2014-04-01', records: 3, rolling12: null },
      { month: '2014-05-01', records: 1, rolling12: null },
      { month: '2014-06-01', records: 1, rolling12: null },
      { month: '2014-07-01', records: 1, rolling12: null },
      { month: '2014-08-01', records: 1, rolling12: null },
      { month: '2014-09-01', records: 1, rolling12: null },
      { month: '2014-10-01', records: 1, rolling12: null },
      { month: '2014-11-01', records: 1, rolling12: null },
      { month: '2014-12-01', records: 0, rolling12: 13 },
      { month: '2015-01-01', records: 2, rolling12: 13 },
      { month: '2015-02-01', records: 1, rolling12: 14 },
    ]);
  });

  it('within a financial year there are fewer than 12 months, so no rolling sum', async () => {
    const rows = await monthlyTrend(db, { fy: '2014/15' });
    expect(rows.map((r) => r.month)).toEqual([
      '2014-04-01', '2014-05-01', '2014-06-01', '2014-07-01', '2014-08-01', '2014-09-01', '2014-10-01', '2014-11-01',
      '2014-12-01', '2015-01-01', '2015-02-01',
    ]);
    expect(rows.every((r) => r.rolling12 === null)).toBe(true);
    expect(rows.reduce((sum, r) => sum + r.records, 0)).toBe(13);
  });

  it('follows the filters; an empty selection has no months', async () => {
    const first = await monthlyTrend(db, { categories: [1] });
    expect(first).toHaveLength(14);
    expect(first.map((r) => r.records)).toEqual([1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1]);
    expect(first[11].rolling12).toBe(10);
    expect(await monthlyTrend(db, { fy: '2020/21' })).toEqual([]);
  });
});

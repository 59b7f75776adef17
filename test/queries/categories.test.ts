/** Category and outcome series over a hand-made extract, with zero-filled periods. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { categoriesByPeriod, categoryCounts, outcomeSeries } from '../../src/queries/categories';
import { loadRows } from './fixture';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  await loadRows(db, [
    [1, { recorded_date: '2014-04-15', cse_category: '1', record_type: 'suspicion' }],
    [2, { recorded_date: '2014-04-20', cse_category: '2', record_type: 'crime', outcome: 'detection' }],
    [3, { recorded_date: '2014-06-03', cse_category: '1', record_type: 'crime', outcome: 'Intelligence/Disruption' }],
    [4, { recorded_date: '2014-06-30', cse_category: '3', record_type: 'suspicion', outcome: 'disruption' }],
    [5, { recorded_date: '2015-04-02', cse_category: '1', record_type: 'crime', outcome: 'nfa' }],
    [6, { recorded_date: '2013-12-01', cse_category: '2' }],
    [7, { recorded_date: '2016-05-01', cse_category: '3' }],
  ]);
});
afterAll(() => db.close());

describe('categoryCounts', () => {
  it('records per category, all three present, with the total', async () => {
    expect(await categoryCounts(db, {})).toEqual({ counts: { '1': 3, '2': 2, '3': 2 }, total: 7 });
    expect(await categoryCounts(db, { fy: '2014/15' })).toEqual({ counts: { '1': 2, '2': 1, '3': 1 }, total: 4 });
    expect(await categoryCounts(db, { fy: '2020/21' })).toEqual({ counts: { '1': 0, '2': 0, '3': 0 }, total: 0 });
  });
});

describe('categoriesByPeriod', () => {
  it('by month: every month from the first to the last present, every category, zeros included', async () => {
    expect(await categoriesByPeriod(db, { fy: '2014/15' }, 'month')).toEqual([
      { period: '2014-04-01', category: 1, count: 1, total: 2 },
      { period: '2014-04-01', category: 2, count: 1, total: 2 },
      { period: '2014-04-01', category: 3, count: 0, total: 2 },
      { period: '2014-05-01', category: 1, count: 0, total: 0 },
      { period: '2014-05-01', category: 2, count: 0, total: 0 },
      { period: '2014-05-01', category: 3, count: 0, total: 0 },
      { period: '2014-06-01', category: 1, count: 1, total: 2 },
      { period: '2014-06-01', category: 2, count: 0, total: 2 },
      { period: '2014-06-01', category: 3, count: 1, total: 2 },
    ]);
  });

  it('by financial year, across the whole extract', async () => {
    const rows = await categoriesByPeriod(db, {}, 'fy');
    expect(rows.map((r) => [r.period, r.category, r.count, r.total])).toEqual([
      ['2013/14', 1, 0, 1], ['2013/14', 2, 1, 1], ['2013/14', 3, 0, 1],
      ['2014/15', 1, 2, 4], ['2014/15', 2, 1, 4], ['2014/15', 3, 1, 4],
      ['2015/16', 1, 1, 1], ['2015/16', 2, 0, 1], ['2015/16', 3, 0, 1],
      ['2016/17', 1, 0, 1], ['2016/17', 2, 0, 1], ['2016/17', 3, 1, 1],
    ]);
  });

  it('a year with no records in the selection is still there, as zeros', async () => {
    const rows = await categoriesByPeriod(db, { categories: [3] }, 'fy');
    expect(rows.filter((r) => r.category === 3).map((r) => [r.period, r.count, r.total]))
      .toEqual([['2014/15', 1, 1], ['2015/16', 0, 0], ['2016/17', 1, 1]]);
    expect(await categoriesByPeriod(db, {}, 'month')).toHaveLength(30 * 3);
  });

  it('an empty selection has no periods; an unknown period is refused', async () => {
    expect(await categoriesByPeriod(db, { fy: '2020/21' }, 'month')).toEqual([]);
    await expect(categoriesByPeriod(db, {}, 'week' as never)).rejects.toThrow('Unknown period');
  });
});

describe('outcomeSeries', () => {
  it('by month: suspicion, crime, detections and intelligence/disruption, zeros filled', async () => {
    expect(await outcomeSeries(db, { fy: '2014/15' }, 'month')).toEqual([
      { period: '2014-04-01', suspicion: 1, crime: 1, detections: 1, disruptions: 0, records: 2 },
      { period: '2014-05-01', suspicion: 0, crime: 0, detections: 0, disruptions: 0, records: 0 },
      { period: '2014-06-01', suspicion: 1, crime: 1, detections: 0, disruptions: 2, records: 2 },
    ]);
  });

  it('by financial year, with filters', async () => {
    expect(await outcomeSeries(db, {}, 'fy')).toEqual([
      { period: '2013/14', suspicion: 1, crime: 0, detections: 0, disruptions: 0, records: 1 },
      { period: '2014/15', suspicion: 2, crime: 2, detections: 1, disruptions: 2, records: 4 },
      { period: '2015/16', suspicion: 0, crime: 1, detections: 0, disruptions: 0, records: 1 },
      { period: '2016/17', suspicion: 1, crime: 0, detections: 0, disruptions: 0, records: 1 },
    ]);
    expect(await outcomeSeries(db, { recordType: 'crime', categories: [1] }, 'fy')).toEqual([
      { period: '2014/15', suspicion: 0, crime: 1, detections: 0, disruptions: 1, records: 1 },
      { period: '2015/16', suspicion: 0, crime: 1, detections: 0, disruptions: 0, records: 1 },
    ]);
  });
});

/** Online CSE figures over a hand-made extract. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { onlineByCategory, onlineByFy, onlineBySubregion, onlineTotals } from '../../src/queries/online';
import { loadRows } from './fixture';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  await loadRows(db, [
    [1, { online: 'Y', offence_borough: 'Newham' }],
    [2, { online: 'Y', offence_borough: 'Lambeth' }],
    [3, { online: 'Y', cse_category: '2' }],
    [4, { online: 'N', offence_borough: 'Newham' }],
    [5, { online: '', cse_category: '3', offence_borough: 'Barnet' }],
    [6, { online: 'Y', cse_category: '3', offence_borough: 'Ealing', recorded_date: '2013-11-01' }],
    [7, { online: 'Y', offence_borough: 'Newham', recorded_date: '2015-06-01' }],
  ]);
});
afterAll(() => db.close());

describe('online figures', () => {
  it('totals: a blank flag is not recorded, never online', async () => {
    expect(await onlineTotals(db, { fy: '2014/15' })).toEqual({ online: 3, notOnline: 1, notRecorded: 1, total: 5 });
    expect(await onlineTotals(db, { fy: '2014/15', online: false })).toEqual({ online: 0, notOnline: 1, notRecorded: 0, total: 1 });
    expect(await onlineTotals(db, { fy: '2020/21' })).toEqual({ online: 0, notOnline: 0, notRecorded: 0, total: 0 });
  });

  it('by category: online records only, all categories present', async () => {
    expect(await onlineByCategory(db, { fy: '2014/15' })).toEqual({ counts: { '1': 2, '2': 1, '3': 0 }, total: 3 });
    expect(await onlineByCategory(db, {})).toEqual({ counts: { '1': 3, '2': 1, '3': 1 }, total: 5 });
  });

  it('by sub-region of the offence, with shares of online records', async () => {
    expect(await onlineBySubregion(db, { fy: '2014/15' })).toEqual({
      rows: [
        { key: 'Central', count: 1, share: 1 / 3 }, { key: 'East', count: 1, share: 1 / 3 },
        { key: 'North', count: 0, share: 0 }, { key: 'South', count: 0, share: 0 },
        { key: 'West', count: 0, share: 0 }, { key: 'unknown', count: 1, share: 1 / 3 },
      ],
      total: 3,
    });
    const all = await onlineBySubregion(db, {});
    expect(all.rows.map((r) => [r.key, r.count])).toEqual([['Central', 1], ['East', 2], ['North', 0], ['South', 0], ['West', 1], ['unknown', 1]]);
    expect(all.rows[1].share).toBe(0.4);
    const none = await onlineBySubregion(db, { fy: '2020/21' });
    expect(none.total).toBe(0);
    expect(none.rows.every((r) => r.count === 0 && r.share === null)).toBe(true);
  });

  it('by financial year, every year present', async () => {
    expect(await onlineByFy(db, {})).toEqual([
      { fy: '2013/14', online: 1, records: 1, notRecorded: 0 },
      { fy: '2014/15', online: 3, records: 5, notRecorded: 1 },
      { fy: '2015/16', online: 1, records: 1, notRecorded: 0 },
    ]);
    expect(await onlineByFy(db, { categories: [3] })).toEqual([
      { fy: '2013/14', online: 1, records: 1, notRecorded: 0 },
      { fy: '2014/15', online: 0, records: 1, notRecorded: 1 },
    ]);
  });
});

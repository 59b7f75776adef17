/** Referral routes and investigating units over a hand-made extract. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { investigatingUnits, referralRoutes } from '../../src/queries/routes';
import { loadRows } from './fixture';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  await loadRows(db, [
    [1, { referral_source: 'Phone call', investigating_unit: 'TP borough' }],
    [2, { referral_source: 'phone_call', investigating_unit: 'CAIT' }],
    [3, { referral_source: 'Social services', investigating_unit: 'borough' }],
    [4, { investigating_unit: 'Territorial Policing' }],
    [5, { referral_source: 'education' }],
    [6, { referral_source: 'police', investigating_unit: 'sapphire', recorded_date: '2013-12-01' }],
  ]);
});
afterAll(() => db.close());

describe('referralRoutes', () => {
  it('every route, largest first (ties in the format order), with both denominators', async () => {
    expect(await referralRoutes(db, { fy: '2014/15' })).toEqual({
      rows: [
        { key: 'phone_call', count: 2, shareOfRecorded: 0.5, shareOfAll: 0.4 },
        { key: 'social_services', count: 1, shareOfRecorded: 0.25, shareOfAll: 0.2 },
        { key: 'education', count: 1, shareOfRecorded: 0.25, shareOfAll: 0.2 },
        { key: 'health', count: 0, shareOfRecorded: 0, shareOfAll: 0 },
        { key: 'police', count: 0, shareOfRecorded: 0, shareOfAll: 0 },
        { key: 'other', count: 0, shareOfRecorded: 0, shareOfAll: 0 },
      ],
      notRecorded: 1, recorded: 4, total: 5,
    });
  });

  it('no records: no shares', async () => {
    const empty = await referralRoutes(db, { fy: '2020/21' });
    expect(empty.rows.every((r) => r.count === 0 && r.shareOfRecorded === null && r.shareOfAll === null)).toBe(true);
    expect([empty.notRecorded, empty.recorded, empty.total]).toEqual([0, 0, 0]);
  });
});

describe('investigatingUnits', () => {
  it('every unit, largest first', async () => {
    expect(await investigatingUnits(db, {})).toEqual({
      rows: [
        { key: 'borough', count: 3, shareOfRecorded: 0.6, shareOfAll: 0.5 },
        { key: 'cait', count: 1, shareOfRecorded: 0.2, shareOfAll: 1 / 6 },
        { key: 'sapphire', count: 1, shareOfRecorded: 0.2, shareOfAll: 1 / 6 },
        { key: 'other', count: 0, shareOfRecorded: 0, shareOfAll: 0 },
      ],
      notRecorded: 1, recorded: 5, total: 6,
    });
  });
});

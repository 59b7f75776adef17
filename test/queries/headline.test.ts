/** Headline figures over a hand-made extract whose answers were worked out by hand. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { headlineFigures, headlineWithChange, previousYearFilters } from '../../src/queries/headline';
import { CODE, loadRows } from './fixture';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  await loadRows(db, [
    // V1: two records in 2014/15 (the later one missing 3 times) and one in 2015/16 (not missing).
    [1, { victim_id: 'V1', recorded_date: '2014-05-01', online: 'Y', missing_episodes_12m: '0' }],
    [2, { victim_id: 'V1', recorded_date: '2014-09-01', cse_category: '2', missing_episodes_12m: '3' }],
    [3, { victim_id: 'V2', recorded_date: '2014-07-01', online: 'N', victim_gender: 'male' }],
    [4, { victim_id: 'V3', recorded_date: '2015-02-01', cse_category: '3', online: 'Y', missing_episodes_12m: '1', offence_borough: 'Newham' }],
    [5, { victim_id: 'V4', recorded_date: '2013-11-01', online: 'Y', missing_episodes_12m: '2' }],
    [6, { victim_id: 'V1', recorded_date: '2015-05-01', missing_episodes_12m: '0' }],
  ]);
});
afterAll(() => db.close());

const zero = { records: 0, victims: 0, category1Records: 0, onlineRecords: 0, victimsMissing: 0, victimsMissingKnown: 0, femaleVictims: 0 };

describe('headlineFigures', () => {
  it('FY 2014/15: victims described by their latest record in the year', async () => {
    expect(await headlineFigures(db, { fy: '2014/15' })).toEqual({
      records: 4, victims: 3, category1Records: 2, onlineRecords: 2, victimsMissing: 2, victimsMissingKnown: 2, femaleVictims: 2,
    });
  });

  it('all years: V1 now described by their 2015/16 record (not missing)', async () => {
    expect(await headlineFigures(db, {})).toEqual({
      records: 6, victims: 4, category1Records: 4, onlineRecords: 3, victimsMissing: 2, victimsMissingKnown: 3, femaleVictims: 3,
    });
  });

  it('category and borough filters', async () => {
    expect(await headlineFigures(db, { fy: '2014/15', categories: [2, 3] })).toEqual({
      records: 2, victims: 2, category1Records: 0, onlineRecords: 1, victimsMissing: 2, victimsMissingKnown: 2, femaleVictims: 2,
    });
    expect(await headlineFigures(db, { fy: '2014/15', offenceBorough: CODE.newham })).toEqual({
      records: 1, victims: 1, category1Records: 0, onlineRecords: 1, victimsMissing: 1, victimsMissingKnown: 1, femaleVictims: 1,
    });
  });

  it('an empty selection gives zeros', async () => {
    expect(await headlineFigures(db, { fy: '2020/21' })).toEqual(zero);
  });
});

describe('headlineWithChange', () => {
  it('compares with the previous year and says the data only partly covers it', async () => {
    expect(await headlineWithChange(db, { fy: '2014/15' })).toEqual({
      current: { records: 4, victims: 3, category1Records: 2, onlineRecords: 2, victimsMissing: 2, victimsMissingKnown: 2, femaleVictims: 2 },
      previousFy: '2013/14',
      previous: { records: 1, victims: 1, category1Records: 1, onlineRecords: 1, victimsMissing: 1, victimsMissingKnown: 1, femaleVictims: 1 },
      previousPartial: true,
    });
  });

  it('keeps the other filters for the previous year; a fully covered year is not partial', async () => {
    const change = await headlineWithChange(db, { fy: '2015/16', categories: [1] });
    expect(change.previousFy).toBe('2014/15');
    expect(change.previous).toEqual({
      records: 2, victims: 2, category1Records: 2, onlineRecords: 1, victimsMissing: 0, victimsMissingKnown: 1, femaleVictims: 1,
    });
    expect(change.previousPartial).toBe(false);
    const newham = await headlineWithChange(db, { fy: '2015/16', offenceBorough: CODE.newham });
    expect([newham.current, newham.previous]).toEqual([zero, { ...zero, records: 1, victims: 1, onlineRecords: 1, victimsMissing: 1, victimsMissingKnown: 1, femaleVictims: 1 }]);
  });

  it('moves a from/to range back a year with the year', async () => {
    const change = await headlineWithChange(db, { fy: '2015/16', from: '2015-05-01' });
    expect(change.current.records).toBe(1);
    expect(change.previous!.records).toBe(4);
    expect(previousYearFilters({ fy: '2015/16', from: '2015-09-01', to: '2016-02-29', gender: 'female' }))
      .toEqual({ fy: '2014/15', from: '2014-09-01', to: '2015-02-28', gender: 'female' });
  });

  it('without a financial year there is nothing to compare with', async () => {
    const change = await headlineWithChange(db, {});
    expect(change).toEqual({ current: await headlineFigures(db, {}), previousFy: null, previous: null, previousPartial: false });
  });
});

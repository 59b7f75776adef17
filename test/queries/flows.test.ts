/** The flows and borough cross-tables over a hand-made extract: every record lands in exactly one cell. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { openNodeClient } from '../../src/data/nodeClient';
import { flowTable, HOME_PLACES, latestCompleteMonth, OFFENCE_PLACES, onlineByPlace, placeCategoryTable, placeMonthTable, repeatVictims } from '../../src/queries/flows';
import { CODE, loadRows } from './fixture';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  await loadRows(db, [
    [1, { victim_id: 'V1', recorded_date: '2014-05-02', offence_borough: 'Newham', victim_home_borough: 'Newham', cse_category: '1', online: 'Y' }],
    [2, { victim_id: 'V1', recorded_date: '2014-07-09', offence_borough: 'Lambeth', victim_home_borough: 'Newham', cse_category: '3' }],
    [3, { victim_id: 'V2', recorded_date: '2014-07-20', offence_borough: 'Newham', victim_home_borough: 'Outside London', cse_category: '2' }],
    [4, { victim_id: 'V3', recorded_date: '2014-09-30', offence_borough: 'Newham', victim_home_borough: '', cse_category: '1' }],
  ]);
});
afterAll(() => db.close());

const at = (rows: readonly string[], key: string) => rows.indexOf(key);

describe('cross-border flows', () => {
  it('counts records by home place × offence place, blanks as not recorded', async () => {
    const table = await flowTable(db, {});
    expect(table.rows).toEqual(HOME_PLACES);
    expect(table.columns).toEqual(OFFENCE_PLACES);
    expect(table.counts[at(HOME_PLACES, CODE.newham)][at(OFFENCE_PLACES, CODE.newham)]).toBe(1);
    expect(table.counts[at(HOME_PLACES, CODE.newham)][at(OFFENCE_PLACES, CODE.lambeth)]).toBe(1);
    expect(table.counts[at(HOME_PLACES, 'outside_london')][at(OFFENCE_PLACES, CODE.newham)]).toBe(1);
    expect(table.counts[at(HOME_PLACES, 'not_recorded')][at(OFFENCE_PLACES, CODE.newham)]).toBe(1);
    expect(table.counts.flat().reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('applies the filters: a financial year and a month range', async () => {
    expect((await flowTable(db, { from: '2014-07-01', to: '2014-07-31' })).counts.flat().reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('counts records by offence place × category and × month (every month, gaps as zero), and online records by place', async () => {
    const categories = await placeCategoryTable(db, {});
    expect(categories.counts[at(OFFENCE_PLACES, CODE.newham)]).toEqual([2, 1, 0]);
    const months = await placeMonthTable(db, {});
    expect(months.columns).toEqual(['2014-05-01', '2014-06-01', '2014-07-01', '2014-08-01', '2014-09-01']);
    expect(months.counts[at(OFFENCE_PLACES, CODE.newham)]).toEqual([1, 0, 1, 0, 1]);
    expect((await onlineByPlace(db, {}))[CODE.newham]).toBe(1);
  });

  it('finds repeat victims and the latest complete month', async () => {
    expect(await repeatVictims(db, {})).toEqual({ repeat: 1, victims: 3 });
    expect(await repeatVictims(db, { offenceBorough: CODE.newham })).toEqual({ repeat: 0, victims: 3 });
    // The last record is on 30 September, the month's last day, so September is complete.
    expect(await latestCompleteMonth(db)).toBe('2014-09');
  });
});

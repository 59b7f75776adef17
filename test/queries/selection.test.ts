/** A materialised selection gives exactly the figures of the plain path, however calls interleave. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { allFigures, dashboardData } from '../../src/queries/dashboard';
import type { Filters } from '../../src/queries/filters';
import { selectedRecords, withSelection } from '../../src/queries/selection';
import { openDemoDb } from '../helpers/demoDb';

let db: DbClient;
beforeAll(async () => {
  db = await openDemoDb();
});
afterAll(() => db.close());

const SELECTIONS: Filters[] = [
  { fy: '2014/15' },
  { fy: '2014/15', offenceBorough: 'E09000025', categories: [1, 2] },
  { homeBorough: 'outside_london', gender: 'female', ageBands: ['14-15'] },
  { fy: '2014/15', offenceBorough: 'E09000001', online: true, recordType: 'crime' },
];

describe('withSelection', () => {
  it.each(SELECTIONS)('gives the plain path’s figures for %o', async (filters) => {
    expect(await dashboardData(db, filters)).toEqual(await allFigures(db, filters));
  });

  it('keeps concurrent calls apart', async () => {
    const [a, b] = await Promise.all([dashboardData(db, SELECTIONS[0]), dashboardData(db, SELECTIONS[1])]);
    expect(a.headline.current.records).toBe(1852);
    expect(b).toEqual(await allFigures(db, SELECTIONS[1]));
  });

  it('marks only the filters it hands over: spread copies take the ordinary path', async () => {
    await withSelection(db, { fy: '2014/15' }, async (marked) => {
      expect(selectedRecords(marked).sql).toContain('cse_sel_records');
      expect(selectedRecords({ ...marked, fy: '2013/14' }).sql).toContain('FROM records WHERE');
      expect(Object.keys(marked)).toEqual(['fy']);
    });
  });
});

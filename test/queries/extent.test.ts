import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import { openNodeClient } from '../../src/data/nodeClient';
import { dataExtent, engineVersion, loadedRecordCount } from '../../src/queries/extent';
import { csvText, file, validRow } from '../helpers/extract';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
  await loadExtract(db, file('t.csv', csvText([validRow(1, { recorded_date: '2014-03-31' }), validRow(2), validRow(3, { recorded_date: '2015-04-01' })])));
});
afterAll(() => db.close());

describe('what is loaded', () => {
  it('counts every loaded record and spans its financial years', async () => {
    expect(await loadedRecordCount(db)).toBe(3);
    expect(await dataExtent(db)).toEqual({ from: '2014-03-31', to: '2015-04-01', financialYears: ['2013/14', '2014/15', '2015/16'] });
  });

  it('names the engine version', async () => {
    expect(await engineVersion(db)).toMatch(/^v\d+\.\d+\.\d+/);
  });
});

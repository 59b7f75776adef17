/** After a load, the link's period moves onto the new data only when it misses it entirely. */
import { describe, expect, it } from 'vitest';
import { periodAfterLoad } from '../../src/views/load/periodAfterLoad';

/** New data from 1 Oct 2013 to 15 Jun 2015: its latest complete financial year is 2014/15. */
const EXTENT = { from: '2013-10-01', to: '2015-06-15', financialYears: ['2013/14', '2014/15', '2015/16'] };

describe('periodAfterLoad', () => {
  it('keeps a financial year or dates that overlap the new data, even in part', () => {
    for (const search of ['?fy=2015/16', '?fy=2013/14&borough=Newham', '?from=2015-06-01&to=2016-01-01', '?fy=all', '?borough=Newham', '']) {
      expect(periodAfterLoad(search, EXTENT)).toEqual({ search, movedTo: null });
    }
  });

  it('moves a year outside the data to its latest complete year, keeping every other filter', () => {
    expect(periodAfterLoad('?fy=2017/18&borough=Newham&category=1,2', EXTENT)).toEqual({
      search: '?fy=2014/15&borough=Newham&category=1,2', movedTo: '2014/15',
    });
  });

  it('moves dates outside the data, and a year whose overlap with the dates is outside it', () => {
    expect(periodAfterLoad('?from=2012-01-01&to=2013-09-30', EXTENT).movedTo).toBe('2014/15');
    expect(periodAfterLoad('?fy=2014/15&from=2015-04-01', EXTENT).search).toBe('?fy=2014/15&from=2015-04-01');
    const moved = periodAfterLoad('?fy=2013/14&from=2014-01-01&to=2014-02-01', { ...EXTENT, from: '2014-06-01' });
    expect(moved).toEqual({ search: '?fy=2014/15', movedTo: '2014/15' });
  });

  it('changes nothing when the new data has no records', () => {
    expect(periodAfterLoad('?fy=2017/18', { from: null, to: null, financialYears: [] })).toEqual({ search: '?fy=2017/18', movedTo: null });
  });
});

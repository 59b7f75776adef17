/** Remembered figures: equal selections share one computation, a failure is retried, old entries go. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { figureCache, selectionKey } from '../../src/views/data/figureCache';
import { loadViewData } from '../../src/views/data/viewData';
import { openDemoDb } from '../helpers/demoDb';

describe('figureCache', () => {
  it('computes once for equal selections, whatever their property or list order', async () => {
    const cache = figureCache();
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.get('x', { fy: '2014/15', categories: [1, 2] }, compute)).toBe(1);
    expect(await cache.get('x', { categories: [2, 1], fy: '2014/15', gender: undefined }, compute)).toBe(1);
    expect(await cache.get('y', { fy: '2014/15', categories: [1, 2] }, compute)).toBe(2);
    expect(await cache.get('x', { fy: '2015/16' }, compute)).toBe(3);
  });

  it('does not remember a failure', async () => {
    const cache = figureCache();
    await expect(cache.get('x', {}, () => Promise.reject(new Error('engine busy')))).rejects.toThrow('engine busy');
    expect(await cache.get('x', {}, async () => 'second try')).toBe('second try');
  });

  it('forgets the least recently used selection beyond its limit', async () => {
    const cache = figureCache(2);
    let calls = 0;
    const compute = async () => ++calls;
    await cache.get('x', { fy: 'a' }, compute);
    await cache.get('x', { fy: 'b' }, compute);
    await cache.get('x', { fy: 'a' }, compute); // a is now the most recent
    await cache.get('x', { fy: 'c' }, compute); // evicts b
    expect(calls).toBe(3);
    expect(await cache.get('x', { fy: 'a' }, compute)).toBe(1);
    expect(await cache.get('x', { fy: 'b' }, compute)).toBe(4);
  });

  it('keys do not confuse an empty list with a missing filter or one kind with another', () => {
    expect(selectionKey('x', { categories: [] })).toBe(selectionKey('x', {}));
    expect(selectionKey('x', {})).not.toBe(selectionKey('y', {}));
  });
});

describe('loadViewData with a cache', () => {
  let db: DbClient;
  beforeAll(async () => {
    db = await openDemoDb();
  });
  afterAll(() => db.close());

  it('reuses London and the all-years series when only the borough changes, with the figures of a fresh run', async () => {
    const cache = figureCache();
    const newham = await loadViewData(db, { fy: '2014/15', offenceBorough: 'E09000025' }, cache);
    const lambeth = await loadViewData(db, { fy: '2014/15', offenceBorough: 'E09000022' }, cache);
    expect(lambeth.london).toBe(newham.london);
    expect(lambeth.allYears).not.toBe(newham.allYears); // the borough is one of the all-years filters
    expect(lambeth).toEqual(await loadViewData(db, { fy: '2014/15', offenceBorough: 'E09000022' }));
    const otherYear = await loadViewData(db, { fy: '2013/14', offenceBorough: 'E09000022' }, cache);
    expect(otherYear.allYears).toBe(lambeth.allYears);
    expect(otherYear.main.headline).not.toEqual(lambeth.main.headline);
  });

  it('takes London beside a borough from London\'s full figures when London was shown first', async () => {
    const cache = figureCache();
    const london = await loadViewData(db, { fy: '2014/15' }, cache);
    const newham = await loadViewData(db, { fy: '2014/15', offenceBorough: 'E09000025' }, cache);
    expect(newham.london).toBe(london.main);
    expect(cache.peek('london', { fy: '2014/15' })).toBeUndefined();
    // Without London shown first, London's own context: the same figures.
    const fresh = await loadViewData(db, { fy: '2014/15', offenceBorough: 'E09000025' });
    expect(fresh.london).toEqual({
      headline: { current: london.main.headline.current }, boroughs: london.main.boroughs, funnel: london.main.funnel,
      categories: { overall: london.main.categories.overall }, online: { totals: london.main.online.totals },
      victims: { female: london.main.victims.female }, suspects: { relationships: london.main.suspects.relationships },
    });
  });
});

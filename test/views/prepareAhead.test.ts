import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import type { Filters } from '../../src/queries/filters';
import { figureCache } from '../../src/views/data/figureCache';
import { nextSelections } from '../../src/views/data/nextSelections';
import { prepareAhead } from '../../src/views/data/prepareAhead';
import { loadViewData } from '../../src/views/data/viewData';
import { filtersKey } from '../../src/views/perfMarkNames';
import { openDemoDb } from '../helpers/demoDb';

const NEWHAM = 'E09000025';
const keys = (list: Filters[]) => list.map(filtersKey);

describe('nextSelections', () => {
  it('gives one selection per kind of click: each filter cleared, a list longer or shorter, the basis switched, reset', () => {
    const from: Filters = { fy: '2014/15', offenceBorough: NEWHAM, categories: [1] };
    const next = keys(nextSelections(from));
    for (const expected of [
      { offenceBorough: NEWHAM, categories: [1] }, // all years
      { fy: '2014/15', categories: [1] }, // borough cleared
      { fy: '2014/15', homeBorough: NEWHAM, categories: [1] }, // where the child lives
      { fy: '2014/15', offenceBorough: NEWHAM, categories: [1, 2] },
      { fy: '2014/15', offenceBorough: NEWHAM }, // category cleared
      { fy: '2014/15', offenceBorough: NEWHAM, categories: [1], ageBands: ['0-11'] },
      { fy: '2014/15', offenceBorough: NEWHAM, categories: [1], gender: 'female' },
      { fy: '2014/15', offenceBorough: NEWHAM, categories: [1], online: true },
      { fy: '2014/15', offenceBorough: NEWHAM, categories: [1], recordType: 'crime' },
      { fy: '2015/16' }, // reset
    ] as Filters[]) expect(next, JSON.stringify(expected)).toContain(filtersKey(expected));
    expect(next).not.toContain(filtersKey(from));
    expect(new Set(next).size).toBe(next.length);
  });

  it('adds filters to an empty selection, and never offers a fourth category or a sixth age band', () => {
    const next = nextSelections({});
    expect(keys(next)).toContain(filtersKey({ fy: '2015/16' }));
    expect(next.some((f) => f.offenceBorough)).toBe(true);
    expect(next.every((f) => Object.keys(f).length === 1)).toBe(true);
    const full = nextSelections({ categories: [1, 2, 3], ageBands: ['0-11', '12-13', '14-15', '16-17', 'unknown'] });
    expect(full.every((f) => (f.categories?.length ?? 0) <= 3 && (f.ageBands?.length ?? 0) <= 5)).toBe(true);
  });
});

describe('prepareAhead', () => {
  let db: DbClient;
  beforeAll(async () => {
    db = await openDemoDb();
  });
  afterAll(() => db?.close());

  /** `db`, noting the statements prepared, and the statements with parameters run. */
  function watched() {
    const prepared = new Set<string>();
    const run = new Set<string>();
    const client: DbClient = {
      ...db,
      prepare: (sql) => (prepared.add(sql), db.prepare(sql)),
      query: (sql, params = []) => (params.length ? run.add(sql) : undefined, db.query(sql, params)),
    };
    return { client, prepared, run };
  }

  it('prepares every statement a click from the selection will run, from the query layer\'s own SQL', async () => {
    const from: Filters = { fy: '2014/15', offenceBorough: NEWHAM, categories: [1] };
    const { client, prepared, run } = watched();
    const asked = await prepareAhead(client, from, () => true);
    expect(asked).toBeGreaterThan(20);
    for (const next of nextSelections(from)) await loadViewData(client, { ...next, ...(next.offenceBorough ? { offenceBorough: 'E09000002' } : {}) }, figureCache());
    expect(run.size).toBeGreaterThan(20);
    expect([...run].filter((sql) => !prepared.has(sql))).toEqual([]);
  });

  it('stops as soon as the selection is no longer wanted', async () => {
    const { client, prepared } = watched();
    let calls = 0;
    expect(await prepareAhead(client, { fy: '2015/16', gender: 'male' }, () => calls++ < 2)).toBe(1);
    expect(prepared.size).toBe(1);
  });
});

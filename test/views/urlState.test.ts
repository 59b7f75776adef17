/** The URL state: readable parameters, a lossless round trip, and malformed links that never crash. */
import { describe, expect, it } from 'vitest';
import { resolveBorough } from '../../src/queries/boroughs';
import { filtersToSearch, searchToFilters, withBasis, withBorough, type ViewState } from '../../src/views/urlState';

const read = (search: string, defaultFy?: string) => searchToFilters(search, { resolveBorough, defaultFy });

describe('searchToFilters', () => {
  it('reads every parameter', () => {
    const state = read('?fy=2014/15&from=2014-06-01&to=2014-09-30&borough=Newham&basis=home&category=1,2&type=crime&online=yes&gender=female&age=14-15,16-17');
    expect(state).toEqual<ViewState>({
      basis: 'home',
      filters: {
        fy: '2014/15', from: '2014-06-01', to: '2014-09-30', homeBorough: 'E09000025', categories: [1, 2],
        recordType: 'crime', online: true, gender: 'female', ageBands: ['14-15', '16-17'],
      },
    });
  });

  it('reads a borough by name or by ONS code, on the offence basis unless told otherwise', () => {
    expect(read('borough=Newham').filters.offenceBorough).toBe('E09000025');
    expect(read('borough=E09000025').filters.offenceBorough).toBe('E09000025');
    expect(read('borough=e09000025&basis=home').filters).toEqual({ homeBorough: 'E09000025' });
    expect(read('borough=Atlantis').filters).toEqual({});
  });

  it('uses the default financial year only when the link names no period', () => {
    expect(read('', '2015/16').filters).toEqual({ fy: '2015/16' });
    expect(read('fy=all', '2015/16').filters).toEqual({});
    expect(read('fy=2013/14', '2015/16').filters).toEqual({ fy: '2013/14' });
    expect(read('from=2014-01-01', '2015/16').filters).toEqual({ from: '2014-01-01' });
    expect(read('fy=2014/16', '2015/16').filters).toEqual({ fy: '2015/16' });
  });

  it('ignores malformed values without throwing', () => {
    const junk = '?fy=2014%2F16&from=2014-02-30&to=yesterday&basis=moon&category=4,x,%3Cscript%3E&type=DROP%20TABLE&online=maybe&gender=%27&age=99-100&borough=%00%25&unknown=1';
    expect(() => read(junk)).not.toThrow();
    expect(read(junk)).toEqual({ filters: {}, basis: 'offence' });
    expect(read('category=3,1,1&age=16-17,unknown').filters).toEqual({ categories: [1, 3], ageBands: ['16-17', 'unknown'] });
    expect(read('from=2015-03-31&to=2014-04-01').filters).toEqual({ from: '2014-04-01', to: '2015-03-31' });
    expect(read('%%%&&==').filters).toEqual({});
  });

  it('reads the map measure, counts unless measure=rate', () => {
    expect(read('measure=rate').measure).toBe('rate');
    expect(read('measure=count')).toEqual({ filters: {}, basis: 'offence' });
    expect(read('measure=pie')).toEqual({ filters: {}, basis: 'offence' });
    expect(filtersToSearch({ filters: { fy: '2014/15' }, basis: 'offence', measure: 'rate' })).toBe('?fy=2014/15&measure=rate');
  });

  it('reads online=no as false, and other spellings of yes and no', () => {
    expect(read('online=no').filters.online).toBe(false);
    expect(read('online=Y').filters.online).toBe(true);
    expect(read('online=0').filters.online).toBe(false);
  });
});

describe('filtersToSearch', () => {
  it('writes readable parameters in a fixed order, the borough by name', () => {
    const state: ViewState = { basis: 'offence', filters: { fy: '2014/15', offenceBorough: 'E09000025', categories: [1] } };
    expect(filtersToSearch(state)).toBe('?fy=2014/15&borough=Newham&category=1');
    expect(filtersToSearch({ basis: 'offence', filters: {} })).toBe('?fy=all');
    expect(filtersToSearch({ basis: 'home', filters: { from: '2014-01-01', homeBorough: 'E09000002', online: false } }))
      .toBe('?from=2014-01-01&borough=Barking+and+Dagenham&basis=home&online=no');
  });

  it('round-trips every state', () => {
    const states: ViewState[] = [
      { basis: 'offence', filters: {} },
      { basis: 'offence', filters: { fy: '2014/15' } },
      { basis: 'home', filters: { fy: '2013/14', homeBorough: 'E09000001', categories: [2, 3], gender: 'male' } },
      { basis: 'offence', filters: { from: '2014-04-01', to: '2014-06-30', offenceBorough: 'E09000033', recordType: 'suspicion',
        online: true, ageBands: ['0-11', 'unknown'] } },
      { basis: 'home', measure: 'rate', filters: { fy: '2015/16', homeBorough: 'E09000025' } },
    ];
    for (const state of states) expect(read(filtersToSearch(state))).toEqual(state);
  });

  it('round-trips a link: what is written reads back to the same link', () => {
    const link = '?fy=2014/15&borough=Newham&category=1';
    expect(filtersToSearch(read(link))).toBe(link);
  });
});

describe('borough and basis changes', () => {
  it('keeps the borough when the basis changes, and clears it on request', () => {
    const state: ViewState = { basis: 'offence', filters: { fy: '2014/15', offenceBorough: 'E09000025' } };
    expect(withBasis(state, 'home')).toEqual({ basis: 'home', filters: { fy: '2014/15', homeBorough: 'E09000025' } });
    expect(withBorough(state, null)).toEqual({ basis: 'offence', filters: { fy: '2014/15' } });
    expect(withBorough({ basis: 'home', filters: {} }, 'E09000002').filters).toEqual({ homeBorough: 'E09000002' });
    expect(withBasis({ basis: 'offence', measure: 'rate', filters: {} }, 'home')).toEqual({ basis: 'home', measure: 'rate', filters: {} });
  });
});

describe('borough text resolved with the reading rules', () => {
  it('resolves names, aliases and codes the same way a file is read', () => {
    for (const text of ['Newham', 'newham', 'E09000025', 'London Borough of Newham']) {
      expect(searchToFilters(`borough=${encodeURIComponent(text)}`, { resolveBorough }).filters.offenceBorough).toBe('E09000025');
    }
    expect(filtersToSearch(searchToFilters('borough=Barking+%26+Dagenham', { resolveBorough })))
      .toBe('?fy=all&borough=Barking+and+Dagenham');
  });
});

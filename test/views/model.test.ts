/** The views' pure helpers: default period, selection in words, headline tiles, caveats and CSV exports. */
import { describe, expect, it } from 'vitest';
import type { Headline } from '../../src/queries/headline';
import { caveatStatements } from '../../src/views/caveats/caveats';
import { exportFileName, figureCsv, wrapLines } from '../../src/views/frame/exporting';
import { displayCell } from '../../src/views/frame/table';
import { headlineTiles } from '../../src/views/headline/tiles';
import { describeSelection } from '../../src/views/selection';
import { defaultFinancialYear, previousFinancialYear } from '../../src/views/startup/defaultPeriod';

describe('the default period', () => {
  it('is the latest financial year the data covers to its March', () => {
    expect(defaultFinancialYear({ from: '2013-10-01', to: '2016-03-31', financialYears: ['2013/14', '2014/15', '2015/16'] })).toBe('2015/16');
    expect(defaultFinancialYear({ from: '2013-10-01', to: '2016-03-02', financialYears: ['2013/14', '2014/15', '2015/16'] })).toBe('2015/16');
    expect(defaultFinancialYear({ from: '2013-10-01', to: '2016-02-29', financialYears: ['2013/14', '2014/15', '2015/16'] })).toBe('2014/15');
  });

  it('falls back to the only (partial) year, and to none without data', () => {
    expect(defaultFinancialYear({ from: '2014-05-01', to: '2014-09-30', financialYears: ['2014/15'] })).toBe('2014/15');
    expect(defaultFinancialYear({ from: null, to: null, financialYears: [] })).toBeUndefined();
    expect(previousFinancialYear('2014/15')).toBe('2013/14');
    expect(previousFinancialYear('2000/01')).toBe('1999/00');
  });
});

describe('the selection in words', () => {
  it('names the period, the place and every other filter', () => {
    expect(describeSelection({ basis: 'offence', filters: { fy: '2014/15' } })).toBe('FY 2014/15 · London');
    expect(describeSelection({
      basis: 'home',
      filters: { from: '2014-04-01', to: '2014-06-30', homeBorough: 'E09000025', categories: [1, 3], recordType: 'crime', online: false, gender: 'female', ageBands: ['14-15'] },
    })).toBe('1 Apr 2014 to 30 Jun 2014 · Newham (victims living in the borough) · Category 1 At risk, 3 Habitual · Crime · not online · female victims · victims aged 14–15');
    expect(describeSelection({ basis: 'offence', filters: {} })).toBe('all years · London');
  });
});

const headline = (records: number, category1: number, missing: number, known: number): Headline => ({
  records, victims: Math.round(records * 0.8), category1Records: category1, onlineRecords: 70, victimsMissing: missing,
  victimsMissingKnown: known, femaleVictims: 0,
});

describe('the headline tiles', () => {
  it('state each figure with its denominator, the change on last year, and London beside a borough', () => {
    const tiles = headlineTiles(
      { current: headline(1852, 1311, 1000, 1500), previousFy: '2013/14', previous: headline(806, 582, 400, 600), previousPartial: true },
      headline(20000, 14000, 9000, 13000),
    );
    const byId = Object.fromEntries(tiles.map((tile) => [tile.id, tile]));
    expect(byId.records).toMatchObject({ value: '1,852', london: '20,000', change: 'up 130% on FY 2013/14 (part-year) (806)' });
    expect(byId.category1).toMatchObject({ value: '71%', detail: '1,311 of 1,852 records', london: '70%' });
    expect(byId.category1.change).toBe('down 1 point on FY 2013/14 (part-year) (72%)');
    expect(byId.missing).toMatchObject({ value: '67%', change: 'no change on FY 2013/14 (part-year) (67%)' });
  });

  it('has no change line without a year, and no London line without a borough', () => {
    const [records] = headlineTiles({ current: headline(10, 7, 1, 2), previousFy: null, previous: null, previousPartial: false }, null);
    expect(records).toMatchObject({ value: '10', change: null, london: null });
  });
});

describe('caveats', () => {
  it('compute how often a relationship is recorded, and mark synthetic data', () => {
    const statements = caveatStatements({ relationship: { recorded: 555, total: 1852 }, synthetic: true });
    expect(statements[0]).toMatch(/^The demo extract is synthetic/);
    expect(statements).toContain("Only 30% of records (555 of 1,852) record the suspect's relationship to the victim: relationship figures describe those records only.");
    expect(statements.some((s) => s.startsWith('Flags began in October 2013'))).toBe(true);
    expect(caveatStatements({ relationship: { recorded: 0, total: 0 }, synthetic: false })[2]).toMatch(/No records in this selection/);
  });
});

describe('CSV exports', () => {
  const table = {
    columns: [{ key: 'name', label: 'Borough' }, { key: 'n', label: 'Records', format: 'count' as const }, { key: 's', label: 'Share', format: 'percent' as const }],
    rows: [{ name: '=HYPERLINK("x")', n: 1311, s: 0.7079 }, { name: 'Newham', n: 0, s: null }],
  };
  const context = { selection: 'FY 2014/15 · London', caveats: ['Flags began in October 2013, so…'], marks: ['Synthetic demo data'] };

  it('keep numbers as numbers, guard formulas, and end with the notes as comment rows', () => {
    const csv = figureCsv(table, 'Title, with comma', 'Subtitle', context);
    expect(csv.split('\r\n')).toEqual([
      'Borough,Records,Share (%)',
      `"'=HYPERLINK(""x"")",1311,70.8`,
      'Newham,0,',
      '',
      '"# Title, with comma"',
      '# Subtitle',
      '# Selection: FY 2014/15 · London',
      '# Synthetic demo data',
      '"# Caveat: Flags began in October 2013, so…"',
      '',
    ]);
  });

  it('wrap long notes for the SVG and PNG exports at spaces', () => {
    expect(wrapLines('Flags began in October 2013: FY 2013/14 covers six months only', 20)).toEqual(['Flags began in', 'October 2013: FY', '2013/14 covers six', 'months only']);
    expect(wrapLines('unbreakable-long-word here', 5)).toEqual(['unbreakable-long-word', 'here']);
  });

  it('name files from the figure and the selection', () => {
    expect(exportFileName('categories-fy', 'FY 2014/15 · Newham (offences in the borough)', 'csv')).toBe('cse-categories-fy-fy-2014-15-newham-offences-in-the-borough.csv');
  });

  it('write table cells in en-GB', () => {
    expect(displayCell(1852, 'count')).toBe('1,852');
    expect(displayCell(0.7079, 'percent')).toBe('70.8%');
    expect(displayCell(12.43, 'rate')).toBe('12.4');
    expect(displayCell(null, 'count')).toBe('–');
  });
});

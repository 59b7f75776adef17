/** `npm run report`: the files it writes, and that bad input ends in one sentence and no partial output. */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportCommand } from '../../src/report/command';
import { csvText, validRow } from '../helpers/extract';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cse-report-'));
});
afterEach(() => vi.restoreAllMocks());

const json = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

/** Runs the command, returning its exit code and what it printed to stderr. */
async function run(args: string[]) {
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const code = await reportCommand(args, '2026-11-24');
  return { code, errors };
}

const KEYS = ['source', 'filters', 'records', 'victims', 'by_category', 'by_financial_year', 'by_record_type', 'by_outcome',
  'online_records', 'by_offence_borough', 'by_victim_home_borough', 'victims_by_gender', 'female_victims_by_age',
  'relationship', 'victims_missing_12m', 'by_investigating_unit', 'by_referral_source'];

describe('report command on the demo extract', () => {
  it('writes figures.json with exactly the documented keys, every domain complete', async () => {
    const out = join(dir, 'london');
    expect((await run(['--input', 'data/demo-extract.csv', '--out', out, '--fy', '2014/15'])).code).toBe(0);
    const figures = await json(join(out, 'figures.json'));
    expect(Object.keys(figures)).toEqual(KEYS);
    expect(figures.source).toEqual({ file: 'demo-extract.csv', rows_read: 4788, rows_accepted: 4788, rows_rejected: 0 });
    expect(figures.filters).toEqual({ fy: '2014/15' });
    expect(figures.records).toBe(1852);
    expect(Object.keys(figures.by_offence_borough)).toHaveLength(34);
    expect(Object.keys(figures.by_victim_home_borough)).toHaveLength(35);
    expect(Object.keys(figures.female_victims_by_age)).toHaveLength(19);
    expect(Object.keys(figures.by_financial_year)).toEqual(['2013/14', '2014/15', '2015/16']);
    expect(figures.by_financial_year['2013/14']).toBe(0);
    for (const domain of ['by_category', 'by_record_type', 'by_outcome', 'by_offence_borough', 'relationship', 'by_investigating_unit', 'by_referral_source']) {
      expect(Object.values(figures[domain] as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(figures.records);
    }
    for (const domain of ['by_victim_home_borough', 'victims_by_gender', 'victims_missing_12m']) {
      expect(Object.values(figures[domain] as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(figures.victims);
    }
    expect(await readFile(join(out, 'rejected.csv'), 'utf8')).toMatch(/^record_id,.*,row,column,reason\r\n$/);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toContain('1,852 flagged records');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<td>[1-9]<\/td>/);
    expect(html).toMatch(/<td>&lt;10<\/td>/);
  });

  it('filters on offence borough by name or code, and by date range', async () => {
    const london = await json(join(dir, 'london', 'figures.json'));
    for (const borough of ['newham', 'E09000025']) {
      const out = join(dir, `newham-${borough}`);
      expect((await run(['--input', 'data/demo-extract.csv', '--out', out, '--fy', '2014/15', '--borough', borough])).code).toBe(0);
      const figures = await json(join(out, 'figures.json'));
      expect(figures.filters).toEqual({ fy: '2014/15', offence_borough: 'E09000025' });
      expect(figures.records).toBe(london.by_offence_borough.E09000025);
    }
    const out = join(dir, 'range');
    await run(['--input', 'data/demo-extract.csv', '--out', out, '--from', '2014-04-01', '--to', '2015-03-31']);
    expect((await json(join(out, 'figures.json'))).records).toBe(1852);
  });
});

describe('report command on bad input', () => {
  it('reports rejected rows and keeps the count whole', async () => {
    const input = join(dir, 'mixed.csv');
    await writeFile(input, csvText([validRow(1), validRow(2, { recorded_date: '12/31/2014' }), validRow(1)]));
    const out = join(dir, 'mixed');
    expect((await run(['--input', input, '--out', out])).code).toBe(0);
    expect((await json(join(out, 'figures.json'))).source).toEqual({ file: 'mixed.csv', rows_read: 3, rows_accepted: 1, rows_rejected: 2 });
    const rejected = (await readFile(join(out, 'rejected.csv'), 'utf8')).trim().split('\r\n');
    expect(rejected.slice(1).map((line) => line.split(',').slice(-3).join(','))).toEqual([
      '2,recorded_date,not a real date (DD/MM/YYYY is read day first)', '3,record_id,duplicate record_id',
    ]);
  });

  it.each([
    ['notes.csv', 'name,comment\nx,y\n', /^notes.csv is not a CSE extract in the expected format: it has no record_id, /],
    ['empty.csv', '', /^empty.csv is empty: there is nothing to load.$/],
    ['binary.parquet', '\u0000\u0001PAR1garbage', /^binary.parquet could not be read as Parquet: /],
  ])('exits 1 on %s with one sentence and writes nothing', async (name, content, message) => {
    const input = join(dir, name);
    await writeFile(input, content);
    const out = join(dir, `out-${name}`);
    const { code, errors } = await run(['--input', input, '--out', out]);
    expect(code).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(existsSync(join(out, 'figures.json'))).toBe(false);
  });

  it('explains a missing file, a bad borough and bad options', async () => {
    expect((await run(['--input', join(dir, 'nope.csv'), '--out', dir])).errors[0]).toMatch(/nope.csv cannot be read: check the path./);
    expect((await run(['--input', 'data/demo-extract.csv', '--out', join(dir, 'x'), '--borough', 'Narnia'])).errors[0]).toBe(
      '--borough "Narnia" is not a London borough name or ONS code.');
    expect((await run(['--input', 'data/demo-extract.csv'])).code).toBe(1);
    expect((await run(['--input', 'data/demo-extract.csv', '--out', dir, '--fy', '2014'])).errors[0]).toMatch(/not a financial year/);
    expect(existsSync(join(dir, 'x', 'figures.json'))).toBe(false);
  });
});

/** Every reading rule, run by the real loader (the rules in JavaScript, the result stored in the engine) on small extracts whose answers are known. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import type { LoadReport } from '../../src/data/loadReport';
import { openNodeClient } from '../../src/data/nodeClient';
import { csvText, file, validRow, type Cells } from '../helpers/extract';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
});
afterAll(() => db.close());

/** Loads one row per entry and returns the report plus the accepted records. */
async function load(rows: Cells[]): Promise<{ report: LoadReport; records: Record<string, unknown>[] }> {
  const report = await loadExtract(db, file('t.csv', csvText(rows)));
  expect(report.rowsRead).toBe(report.rowsAccepted + report.rowsRejected);
  const records = await db.query(`SELECT *, strftime(recorded_date, '%Y-%m-%d') AS day, strftime(recorded_at, '%H:%M:%S') AS time FROM records`);
  return { report, records };
}

/** The single accepted value of `column` when one cell is given as `text`. */
async function readAs(column: string, text: string): Promise<unknown> {
  const { report, records } = await load([validRow(1, { [column]: text })]);
  expect(report.rejections).toEqual([]);
  return records[0][column];
}

/** The rejection of a row whose `column` holds `text`. */
async function rejection(column: string, text: string) {
  const { report } = await load([validRow(1), validRow(2, { [column]: text })]);
  expect(report.rowsRejected).toBe(1);
  return report.rejections[0];
}

describe('dates', () => {
  it.each([
    ['2014-04-01', '2014-04-01', '00:00:00'],
    ['2014-04-01 14:05', '2014-04-01', '14:05:00'],
    ['2014-04-01 14:05:09', '2014-04-01', '14:05:09'],
    ['01/04/2014', '2014-04-01', '00:00:00'],
    ['1/4/2014', '2014-04-01', '00:00:00'],
    ['31/12/2014 14:05', '2014-12-31', '14:05:00'],
    ['13/01/2015 23:59:59', '2015-01-13', '23:59:59'],
  ])('reads %s as %s %s, day first', async (text, day, time) => {
    const { records } = await load([validRow(1, { recorded_date: text })]);
    expect([records[0].day, records[0].time]).toEqual([day, time]);
  });

  it('never reads a US month-first date', async () => {
    expect(await rejection('recorded_date', '12/31/2014')).toEqual({
      row: 2, column: 'recorded_date', value: '12/31/2014', reason: 'not a real date (DD/MM/YYYY is read day first)',
    });
  });

  it.each(['2014/04/01', 'April 2014', '2014-4-1', '01-04-2014', '31/02/2014 x'])('rejects %s', async (text) => {
    expect((await rejection('recorded_date', text)).reason).toBe('not a date: use YYYY-MM-DD or DD/MM/YYYY');
  });

  it('rejects impossible dates', async () => {
    expect((await rejection('recorded_date', '2014-02-30')).reason).toBe('not a real date (DD/MM/YYYY is read day first)');
    expect((await rejection('recorded_date', '31/04/2014')).reason).toBe('not a real date (DD/MM/YYYY is read day first)');
  });

  it('files each record under its financial year and month', async () => {
    const { records } = await load([validRow(1, { recorded_date: '2014-03-31' }), validRow(2, { recorded_date: '01/04/2014' })]);
    expect(records.map((r) => r.fy)).toEqual(['2013/14', '2014/15']);
  });
});

describe('categories', () => {
  it.each([['1', 1], ['Category 2', 2], ['Cat 2', 2], ['CATEGORY 3 - Habitual', 3], ['cat 1 - At risk', 1], [' 3 ', 3]])(
    'reads %s as %d', async (text, value) => {
      expect(await readAs('cse_category', text)).toBe(value);
    });

  it.each(['4', '0', 'Category', 'one', '12'])('rejects %s', async (text) => {
    expect((await rejection('cse_category', text)).reason).toBe('not a CSE category: use 1, 2 or 3');
  });
});

describe('required values', () => {
  it.each(['record_id', 'victim_id', 'recorded_date', 'cse_category', 'record_type'])('rejects a blank %s', async (column) => {
    expect(await rejection(column, '  ')).toEqual({ row: 2, column, value: '', reason: 'blank, but required' });
  });

  it('reads a blank victim gender as unknown', async () => {
    expect(await readAs('victim_gender', '')).toBe('unknown');
  });
});

describe('enumerations', () => {
  it.each([
    ['record_type', 'CRIME', 'crime'], ['outcome', '', 'open'], ['outcome', 'Intelligence/Disruption', 'disruption'],
    ['outcome', 'NFA', 'nfa'], ['victim_gender', 'F', 'female'], ['suspect_gender', 'm', 'male'],
    ['suspect_gender', '', 'unknown'], ['suspect_relationship', 'Intimate/ex-intimate', 'intimate'],
    ['suspect_relationship', 'ex-intimate', 'intimate'], ['suspect_relationship', 'Family', 'familial'],
    ['suspect_relationship', '', null], ['referral_source', 'Phone call', 'phone_call'],
    ['referral_source', 'phone_call', 'phone_call'], ['referral_source', "Children's social care", 'social_services'],
    ['referral_source', 'Police-initiated', 'police'], ['investigating_unit', 'TP borough', 'borough'],
    ['investigating_unit', 'Territorial Policing', 'borough'], ['investigating_unit', 'CAIT', 'cait'],
    ['investigating_unit', 'Other SC&O', 'other'], ['investigating_unit', 'Sapphire', 'sapphire'],
  ])('reads %s "%s" as %s', async (column, text, value) => {
    expect(await readAs(column, text)).toBe(value);
  });

  it.each([
    ['record_type', 'enquiry'], ['outcome', 'charged'], ['victim_gender', 'girl'], ['suspect_relationship', 'friend'],
    ['referral_source', 'email'], ['investigating_unit', 'MIT'],
  ])('rejects %s "%s"', async (column, text) => {
    expect(await rejection(column, text)).toEqual({ row: 2, column, value: text, reason: `not a recognised ${column} value` });
  });
});

describe('boroughs', () => {
  it.each([
    ['Barking & Dagenham', 'E09000002'], ['barking and dagenham', 'E09000002'], ['London Borough of Newham', 'E09000025'],
    ['Royal Borough of Greenwich', 'E09000011'], ['City of Westminster', 'E09000033'], ['E09000033', 'E09000033'],
    ['e09000001', 'E09000001'], ['  KINGSTON UPON THAMES ', 'E09000021'], ['Hammersmith & Fulham', 'E09000013'],
    ['Unknown', 'unknown'], ['', 'unknown'],
  ])('reads offence borough "%s" as %s', async (text, code) => {
    expect(await readAs('offence_borough', text)).toBe(code);
  });

  it('reads home boroughs, Outside London and blanks', async () => {
    expect(await readAs('victim_home_borough', 'Outside London')).toBe('outside_london');
    expect(await readAs('victim_home_borough', 'Tower Hamlets')).toBe('E09000030');
    expect(await readAs('victim_home_borough', '')).toBe(null);
  });

  it.each([['offence_borough', 'Narnia'], ['offence_borough', 'E09000034'], ['victim_home_borough', 'Slough']])(
    'rejects %s "%s"', async (column, text) => {
      expect((await rejection(column, text)).reason).toBe('not a London borough name or ONS code');
    });
});

describe('booleans and whole numbers', () => {
  it.each([['Y', true], ['yes', true], ['TRUE', true], ['1', true], ['n', false], ['No', false], ['false', false], ['0', false], ['', null]])(
    'reads "%s" as %s', async (text, value) => {
      expect(await readAs('online', text)).toBe(value);
    });

  it('rejects other booleans', async () => {
    expect(await rejection('looked_after', 'maybe')).toEqual({ row: 2, column: 'looked_after', value: 'maybe', reason: 'not a yes/no value' });
  });

  it('reads ages and counts, and rejects what is not a whole number in range', async () => {
    expect(await readAs('victim_age', '15')).toBe(15);
    expect(await readAs('missing_episodes_12m', '46')).toBe(46);
    expect((await rejection('victim_age', '14.5')).reason).toBe('not a whole number');
    expect((await rejection('victim_age', '18')).reason).toBe('outside 0–17');
    expect((await rejection('suspect_age', '9')).reason).toBe('outside 10–110');
    expect((await rejection('missing_episodes_12m', '-1')).reason).toBe('not a whole number');
  });
});

describe('rows and files', () => {
  it('rejects a second row with a record_id already seen, keeping the first', async () => {
    const { report, records } = await load([validRow(1), validRow(2), validRow(1, { victim_id: 'V9' })]);
    expect(report.rejections).toEqual([{ row: 3, column: 'record_id', value: 'R1', reason: 'duplicate record_id' }]);
    expect(records.map((r) => r.victim_id)).toEqual(['V1', 'V2']);
  });

  it('reports the first broken rule of a row in format order', async () => {
    const { report } = await load([validRow(1, { recorded_date: 'soon', victim_age: '99' })]);
    expect(report.rejections[0].column).toBe('recorded_date');
  });

  it('reads a BOM, CRLF line ends, and quoted commas, quotes and line breaks', async () => {
    const text = '\uFEFF' + csvText([validRow(1, { record_id: 'R"1", x\r\ny' }), validRow(2)], undefined, '\r\n');
    const report = await loadExtract(db, file('crlf.csv', text));
    expect([report.rowsRead, report.rowsAccepted]).toEqual([2, 2]);
    const ids = await db.query<{ record_id: string }>('SELECT record_id FROM records ORDER BY victim_id');
    expect(ids[0].record_id).toBe('R"1", x\r\ny');
  });

  it('rejects rows with too many or too few fields, keeping every other row number right', async () => {
    const good = csvText([validRow(1), validRow(2), validRow(3), validRow(4)]).split('\n');
    const lines = [good[0], good[1], `${good[2]},extra`, good[3].split(',').slice(0, 4).join(','), good[4], ''];
    const report = await loadExtract(db, file('ragged.csv', lines.join('\n')));
    expect([report.rowsRead, report.rowsAccepted, report.rowsRejected]).toEqual([4, 2, 2]);
    expect(report.rejections.map((r) => [r.row, r.column, r.reason])).toEqual([
      [2, '(row)', 'more fields than the header has columns'],
      [3, '(row)', 'fewer fields than the header has columns'],
    ]);
    const kept = await db.query<{ record_id: string }>('SELECT record_id FROM records ORDER BY record_id');
    expect(kept.map((r) => r.record_id)).toEqual(['R1', 'R4']);
  });

  it('warns about unknown columns and early dates without rejecting', async () => {
    const header = ['Record ID', 'victim id', 'Recorded-Date', 'CSE_Category', 'record type', 'Victim Gender', 'Free text'];
    const row = { 'Record ID': 'R1', 'victim id': 'V1', 'Recorded-Date': '2013-09-30', CSE_Category: '1', 'record type': 'crime', 'Free text': 'x' };
    const report = await loadExtract(db, file('w.csv', csvText([row], header)));
    expect(report.rowsAccepted).toBe(1);
    expect(report.warnings).toEqual([
      'Columns not in the extract format were ignored: Free text.',
      '1 records are dated before 1 Oct 2013, when CSE flags were introduced.',
    ]);
  });

  it('counts rejections per reason', async () => {
    const { report } = await load([validRow(1), validRow(2, { online: 'x' }), validRow(3, { gang_group: '?' }), validRow(1)]);
    expect(report.reasons).toEqual([
      { reason: 'gang_group: not a yes/no value', count: 1 },
      { reason: 'online: not a yes/no value', count: 1 },
      { reason: 'record_id: duplicate record_id', count: 1 },
    ]);
  });
});

/** The loader as a whole: formats, and the promise that a failed load changes nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import { ExtractError } from '../../src/data/loadReport';
import { openNodeClient } from '../../src/data/nodeClient';
import { rejectedRowsCsv } from '../../src/data/rejectedRows';
import { csvText, file, validRow } from '../helpers/extract';
import { parquetOf } from '../helpers/parquet';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
});
afterAll(() => db.close());

const count = async () => (await db.query<{ n: number }>('SELECT count(*) AS n FROM records'))[0].n;

describe('loadExtract', () => {
  it('reads Parquet with the same columns and rules, typed columns included', async () => {
    const bytes = await parquetOf(`SELECT 'P' || i AS record_id, 'V' || i AS victim_id, DATE '2014-04-01' + i::INT AS recorded_date,
        (i % 3) + 1 AS cse_category, 'crime' AS record_type, 'female' AS victim_gender, 15.0 AS victim_age, (i = 2) AS online,
        CASE WHEN i = 4 THEN 'Atlantis' ELSE 'Newham' END AS offence_borough
      FROM range(5) t(i)`);
    const report = await loadExtract(db, { name: 'april.parquet', bytes });
    expect(report.format).toBe('parquet');
    expect([report.rowsRead, report.rowsAccepted, report.rowsRejected]).toEqual([5, 4, 1]);
    expect(report.rejections[0]).toMatchObject({ row: 5, column: 'offence_borough', value: 'Atlantis' });
    const rows = await db.query('SELECT victim_age, online, cse_category FROM records ORDER BY record_id');
    expect(rows[2]).toEqual({ victim_age: 15, online: true, cse_category: 3 });
  });

  it('keeps the previous data when a file cannot be read as an extract', async () => {
    await loadExtract(db, file('good.csv', csvText([validRow(1), validRow(2), validRow(3)])));
    expect(await count()).toBe(3);
    await expect(loadExtract(db, file('notes.csv', 'just,some\ncolumns,here\n'))).rejects.toThrowError(ExtractError);
    await expect(loadExtract(db, file('empty.csv', ''))).rejects.toThrowError('empty.csv is empty: there is nothing to load.');
    await expect(loadExtract(db, file('fake.parquet', 'PAR1 not really'))).rejects.toThrowError(/^fake.parquet could not be read as Parquet: /);
    expect(await count()).toBe(3);
  });

  it('loads a header-only file as an empty extract', async () => {
    const report = await loadExtract(db, file('header.csv', csvText([])));
    expect([report.rowsRead, report.rowsAccepted, report.dateRange]).toEqual([0, 0, null]);
    expect(await count()).toBe(0);
  });

  it('writes every rejected row as read, with row, column and reason, guarding formulas', async () => {
    const rows = [validRow(1), validRow(2, { record_type: '=cmd|calc', victim_age: '' }), validRow(3, { online: 'perhaps' })];
    const report = await loadExtract(db, file('bad.csv', csvText(rows, ['record_id', 'victim_id', 'recorded_date', 'cse_category', 'record_type', 'victim_gender', 'online'])));
    const csv = await rejectedRowsCsv(db, report);
    expect(csv.split('\r\n')).toEqual([
      'record_id,victim_id,recorded_date,cse_category,record_type,victim_gender,online,row,column,reason',
      "R2,V2,2014-06-01,1,'=cmd|calc,female,,2,record_type,not a recognised record_type value",
      'R3,V3,2014-06-01,1,suspicion,female,perhaps,3,online,not a yes/no value',
      '',
    ]);
  });
});

describe('the records table', () => {
  it('holds enumerated columns as ENUMs of the format\'s values, in date order, with victim keys', async () => {
    await loadExtract(db, file('keyed.csv', csvText([
      validRow(1, { victim_id: 'VB', recorded_date: '2014-09-01', offence_borough: 'Newham' }),
      validRow(2, { victim_id: 'VA', recorded_date: '2014-05-01', offence_borough: 'Hackney', missing_episodes_12m: '3' }),
      validRow(3, { victim_id: 'VB', recorded_date: '2014-05-01', record_type: 'crime' }),
      validRow(4, { victim_id: 'VC', recorded_date: '2014-07-01', sf_gangs: 'Y', sf_technology: 'N' }),
    ])));
    const [types] = await db.query<Record<string, string>>(
      `SELECT typeof(offence_borough) AS borough, typeof(record_type) AS record_type, typeof(missing_status) AS missing FROM records LIMIT 1`);
    expect(types.borough).toMatch(/^ENUM\('E09000001'/);
    expect(types.record_type).toBe("ENUM('suspicion', 'crime')");
    expect(types.missing).toBe("ENUM('missing', 'not_missing', 'unknown')");
    const rows = await db.query<{ record_id: string; victim_key: number; victim_single: boolean; missing_status: string; safeguard_pattern: number }>(
      'SELECT record_id, victim_key, victim_single, missing_status, safeguard_pattern FROM records ORDER BY rowid');
    // Date order, ties by record_id; one key per victim; single marks a victim with one record.
    expect(rows.map((row) => row.record_id)).toEqual(['R2', 'R3', 'R4', 'R1']);
    expect(rows[1].victim_key).toBe(rows[3].victim_key);
    expect(new Set(rows.map((row) => row.victim_key)).size).toBe(3);
    expect(rows.map((row) => row.victim_single)).toEqual([true, false, true, false]);
    expect(rows.map((row) => row.missing_status)).toEqual(['missing', 'unknown', 'unknown', 'unknown']);
    // sf_gangs is the fifth factor (digit 4, present = 2), sf_technology the sixth (absent = 1).
    expect(rows[2].safeguard_pattern).toBe(2 * 3 ** 4 + 1 * 3 ** 5);
    expect(rows[0].safeguard_pattern).toBe(0);
  });
});

describe('appending a second extract', () => {
  it('adds new records and reports records already loaded as duplicates, counting nothing twice', async () => {
    await loadExtract(db, file('april.csv', csvText([validRow(1), validRow(2)])));
    const may = csvText([validRow(2, { recorded_date: '2014-05-02' }), validRow(3, { recorded_date: '2014-05-03' }), validRow(3)]);
    const report = await loadExtract(db, file('may.csv', may), { mode: 'append' });
    expect([report.rowsRead, report.rowsAccepted, report.rowsRejected]).toEqual([3, 1, 2]);
    expect(report.rejections.map((r) => [r.row, r.reason])).toEqual([
      [1, 'duplicate record_id (already loaded)'], [3, 'duplicate record_id'],
    ]);
    expect(report.dateRange).toEqual({ from: '2014-05-03', to: '2014-05-03' });
    const ids = await db.query<{ record_id: string }>('SELECT record_id FROM records ORDER BY record_id');
    expect(ids.map((r) => r.record_id)).toEqual(['R1', 'R2', 'R3']);
  });

  it('replaces by default', async () => {
    await loadExtract(db, file('june.csv', csvText([validRow(7)])));
    expect(await count()).toBe(1);
  });
});

/**
 * The WHERE clause of a selection: it selects exactly the records a plain reading of the filters in
 * JavaScript selects, and compares enumerated columns as stored (codes, not text made per row).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { financialYearRange, whereClause, type Filters, type Gender } from '../../src/queries/filters';
import { openDemoDb } from '../helpers/demoDb';

interface RecordRow {
  record_id: string;
  day: string;
  offence_borough: string | null;
  victim_home_borough: string | null;
  cse_category: number;
  record_type: string;
  online: boolean | null;
  victim_gender: string;
  victim_age: number | null;
}

let db: DbClient;
let rows: RecordRow[];
beforeAll(async () => {
  db = await openDemoDb();
  rows = await db.query<RecordRow>(
    `SELECT record_id, strftime(recorded_date, '%Y-%m-%d') AS day, CAST(offence_borough AS VARCHAR) AS offence_borough,
       CAST(victim_home_borough AS VARCHAR) AS victim_home_borough, cse_category::INTEGER AS cse_category,
       CAST(record_type AS VARCHAR) AS record_type, online, CAST(victim_gender AS VARCHAR) AS victim_gender, victim_age
     FROM records`,
  );
});
afterAll(() => db.close());

const SELECTIONS: Filters[] = [
  {},
  { fy: '2014/15' },
  { fy: '2014/15', from: '2014-10-01' },
  { from: '2014-1-5', to: '2015-02-28' },
  { fy: '2013/14', to: '2014-12-31' },
  { offenceBorough: 'E09000025', categories: [1, 3] },
  { homeBorough: 'outside_london', gender: 'female' },
  { recordType: 'crime', online: true },
  { online: false, ageBands: ['0-11', 'unknown'] },
  { ageBands: ['16-17'], categories: [2, 2] },
  { fy: '2015/16', offenceBorough: 'E09000022', recordType: 'suspicion', gender: 'male', ageBands: ['12-13', '14-15'] },
];

const BANDS: Record<string, (age: number | null) => boolean> = {
  '0-11': (age) => age !== null && age <= 11,
  '12-13': (age) => age !== null && age >= 12 && age <= 13,
  '14-15': (age) => age !== null && age >= 14 && age <= 15,
  '16-17': (age) => age !== null && age >= 16 && age <= 17,
  unknown: (age) => age === null,
};

/** Pads a `YYYY-M-D` date to `YYYY-MM-DD`, so days compare as text. */
const padded = (date: string) => date.split('-').map((part, i) => (i ? part.padStart(2, '0') : part)).join('-');

/** The filters read plainly, one record at a time. */
function selects(filters: Filters, row: RecordRow): boolean {
  const fy = filters.fy ? financialYearRange(filters.fy) : null;
  return (!fy || (row.day >= fy.from && row.day <= fy.to))
    && (!filters.from || row.day >= padded(filters.from))
    && (!filters.to || row.day <= padded(filters.to))
    && (!filters.offenceBorough || row.offence_borough === filters.offenceBorough)
    && (!filters.homeBorough || row.victim_home_borough === filters.homeBorough)
    && (!filters.categories?.length || filters.categories.includes(row.cse_category as 1 | 2 | 3))
    && (!filters.recordType || row.record_type === filters.recordType)
    && (filters.online === undefined || row.online === filters.online)
    && (!filters.gender || row.victim_gender === filters.gender)
    && (!filters.ageBands?.length || filters.ageBands.some((band) => BANDS[band](row.victim_age)));
}

describe('whereClause', () => {
  it.each(SELECTIONS)('selects what the filters say for %o', async (filters) => {
    const where = whereClause(filters);
    const selected = await db.query<{ record_id: string }>(`SELECT record_id FROM records ${where.sql} ORDER BY record_id`, where.params);
    const expected = rows.filter((row) => selects(filters, row)).map((row) => row.record_id).sort();
    expect(selected.map((row) => row.record_id)).toEqual(expected);
  });

  it('selects nothing, without an error, for a value the column cannot hold', async () => {
    for (const filters of [{ offenceBorough: 'E09999999' }, { homeBorough: 'nowhere' }, { gender: 'x' as Gender }]) {
      const where = whereClause(filters);
      expect(await db.query(`SELECT record_id FROM records ${where.sql}`, where.params)).toEqual([]);
    }
  });

  it('lets the engine compare stored codes, never the column cast row by row', async () => {
    const where = whereClause(SELECTIONS.at(-1)!);
    const plan = (await db.query<Record<string, string>>(`EXPLAIN SELECT count(*) FROM records ${where.sql}`, where.params))
      .map((row) => Object.values(row).join('\n')).join('\n');
    expect(plan).toContain('Filters');
    expect(plan).not.toMatch(/CAST\((offence_borough|record_type|victim_gender|cse_category) AS/);
  });

  it('selects some records and leaves some out for every selection but "all"', () => {
    for (const filters of SELECTIONS.slice(1)) {
      const count = rows.filter((row) => selects(filters, row)).length;
      expect(count, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(count, JSON.stringify(filters)).toBeLessThan(rows.length);
    }
  });
});

/**
 * A large Parquet file is checked in slices of rows (PARQUET_SLICE_ROWS); forced here to a few rows, the
 * sliced load must give exactly what checking the file whole gives: records in order, every rejection
 * with its row, column, value and reason (duplicates across slices included), the rejected rows as read,
 * the report, and append mode's "already loaded".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { loadExtract, type LoadOptions, type LoadProgress } from '../../src/data/ingest';
import { openNodeClient } from '../../src/data/nodeClient';
import { rejectedRowsCsv } from '../../src/data/rejectedRows';
import { csvText, file, validRow } from '../helpers/extract';
import { parquetOf } from '../helpers/parquet';

let db: DbClient;
let bytes: Uint8Array;
beforeAll(async () => {
  db = await openNodeClient();
  // Renamed headers (the mapping step), ids repeating across the file (some first seen on a rejected row,
  // some with spaces around them, some blank), bad categories, boroughs and ages, an unknown column, early dates.
  bytes = await parquetOf(`SELECT
      CASE WHEN i % 23 = 5 THEN ' ' WHEN i % 19 = 7 THEN ' P' || (i % 40) || ' ' ELSE 'P' || (i % 40) END AS ref,
      'V' || i AS victim, DATE '2013-09-20' + (i * 3)::INT AS logged,
      CASE WHEN i % 13 = 2 THEN 'four' ELSE ((i % 3) + 1)::VARCHAR END AS category, 'crime' AS record_type,
      'female' AS victim_gender, CASE WHEN i % 17 = 4 THEN 15.5 WHEN i % 29 = 3 THEN 200.0 ELSE 14.0 END AS victim_age,
      CASE WHEN i % 11 = 3 THEN 'Atlantis' ELSE 'Newham' END AS offence_borough, 'note ' || i AS notes
    FROM range(100) t(i)`);
});
afterAll(() => db.close());

const MAPPING = { ref: 'record_id', victim: 'victim_id', logged: 'recorded_date', category: 'cse_category' };

/** Everything a load leaves behind, read back in a fixed order. */
async function loadAndRead(options: LoadOptions) {
  const report = await loadExtract(db, { name: 'big.parquet', bytes }, { mapping: MAPPING, rejectionSampleSize: 1000, ...options });
  return {
    report,
    records: await db.query('SELECT * FROM records'),
    rejections: await db.query('SELECT * FROM load_rejections ORDER BY "row", "column"'),
    rejectedRaw: await db.query('SELECT * FROM load_rejected_raw ORDER BY src_row'),
    rejectedCsv: await rejectedRowsCsv(db, report),
  };
}

describe('a Parquet file checked in slices', () => {
  it('loads exactly what the whole file checked at once loads', async () => {
    const whole = await loadAndRead({});
    const heard: LoadProgress[] = [];
    const sliced = await loadAndRead({ parquetSliceRows: 7, onProgress: (progress) => heard.push(progress) });
    expect(sliced).toEqual(whole);
    expect(whole.report.rejections.map((r) => r.reason)).toContain('duplicate record_id');
    expect(whole.report.rowsRead).toBe(100);
    expect(whole.report.rowsAccepted + whole.report.rowsRejected).toBe(100);
    const checked = heard.filter((p) => p.stage === 'checking').map((p) => [p.checked, p.rows]);
    expect(checked).toEqual(Array.from({ length: 15 }, (_, i) => [i * 7, 100]));
  });

  it('reports ids already loaded when appending, slice by slice as at once', async () => {
    const base = csvText([validRow(1, { record_id: 'P3' }), validRow(2, { record_id: 'P38' })]);
    await loadExtract(db, file('base.csv', base));
    const whole = await loadAndRead({ mode: 'append' });
    await loadExtract(db, file('base.csv', base));
    const sliced = await loadAndRead({ mode: 'append', parquetSliceRows: 9 });
    expect(sliced).toEqual(whole);
    expect(whole.report.rejections.map((r) => r.reason)).toContain('duplicate record_id (already loaded)');
  });

  it('stops between slices when cancelled, leaving the data loaded before', async () => {
    await loadExtract(db, file('base.csv', csvText([validRow(1)])));
    const controller = new AbortController();
    const onProgress = (progress: LoadProgress) => {
      if (progress.checked === 14) controller.abort(new Error('cancelled'));
    };
    await expect(loadAndRead({ parquetSliceRows: 7, signal: controller.signal, onProgress })).rejects.toThrowError('cancelled');
    expect(await db.query('SELECT record_id FROM records')).toEqual([{ record_id: 'R1' }]);
  });
});

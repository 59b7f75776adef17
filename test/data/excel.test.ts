/** Excel workbooks load through the same reading rules as CSV, with the workbook's row numbers. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import { ExtractError } from '../../src/data/loadReport';
import { openNodeClient } from '../../src/data/nodeClient';

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
});
afterAll(() => db.close());

/** A workbook with a notes sheet first and the extract on "March". */
async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Notes').addRow(['Exported from the CSE flag report']);
  const sheet = book.addWorksheet('March');
  sheet.addRow(['Record ID', 'Victim-ID', 'Recorded Date', 'CSE Category', 'Record Type', 'Victim Gender', 'Victim Age', 'Online']);
  sheet.addRow(['R1', 'V1', new Date(Date.UTC(2015, 2, 31)), 'Cat 1', 'Suspicion', 'F', 15, true]);
  sheet.addRow(['R2', 'V2', new Date(Date.UTC(2015, 2, 30, 14, 5)), 2, 'crime', 'M', { formula: '10+4', result: 14 }, 'N']);
  sheet.addRow([]);
  sheet.addRow(['R4', 'V4', '31/03/2015', 'Category 3', 'crime', '', 18, 'Y']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('Excel workbooks', () => {
  it('reads the named sheet with dates, numbers and formulas as a CSV export would hold them', async () => {
    const report = await loadExtract(db, { name: 'march.xlsx', bytes: await workbook() }, { sheet: 'March' });
    expect(report).toMatchObject({ format: 'xlsx', sheet: 'March', sheets: ['Notes', 'March'], rowsRead: 4, rowsAccepted: 2 });
    expect(report.rejections.map((r) => [r.row, r.column, r.reason])).toEqual([
      [3, 'record_id', 'blank, but required'],
      [4, 'victim_age', 'outside 0–17'],
    ]);
    const rows = await db.query(`SELECT record_id, strftime(recorded_at, '%Y-%m-%d %H:%M') AS at, cse_category, victim_age, online FROM records ORDER BY record_id`);
    expect(rows).toEqual([
      { record_id: 'R1', at: '2015-03-31 00:00', cse_category: 1, victim_age: 15, online: true },
      { record_id: 'R2', at: '2015-03-30 14:05', cse_category: 2, victim_age: 14, online: false },
    ]);
  });

  it('reads the first sheet by default and names the sheets when one is missing', async () => {
    await expect(loadExtract(db, { name: 'march.xlsx', bytes: await workbook() })).rejects.toThrowError(/^march.xlsx is not a CSE extract/);
    await expect(loadExtract(db, { name: 'march.xlsx', bytes: await workbook() }, { sheet: 'April' })).rejects.toThrowError(
      'march.xlsx has no sheet called "April": its sheets are Notes, March.');
  });

  it('refuses a file that is not a workbook in one sentence', async () => {
    const fake = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(loadExtract(db, { name: 'broken.xlsx', bytes: fake })).rejects.toThrowError(ExtractError);
  });
});

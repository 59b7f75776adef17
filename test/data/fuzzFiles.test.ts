/**
 * Broken and oversized files, one named case each, through the real loader and engine: each ends either
 * in a load whose numbers add up or in one ExtractError sentence naming the file, and a refused file
 * leaves the data loaded before it untouched. Limits are checked before reading (src/data/limits.ts).
 */
import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { loadExtract } from '../../src/data/ingest';
import { MAX_FILE_BYTES, MAX_PARQUET_ROWS, MAX_ROWS } from '../../src/data/limits';
import { ExtractError, type LoadReport } from '../../src/data/loadReport';
import { openNodeClient } from '../../src/data/nodeClient';
import { probeWorkbook } from '../../src/data/sheetProbe';
import { csvText, file, validRow } from '../helpers/extract';
import { parquetOf } from '../helpers/parquet';
import { zipOf } from '../fixtures/zip';

const HEADER = 'record_id,victim_id,recorded_date,cse_category,record_type,victim_gender';
const bytesOf = (text: string) => new TextEncoder().encode(text);

let db: DbClient;
beforeAll(async () => {
  db = await openNodeClient();
});
afterAll(() => db.close());

/** Known records are loaded before each case, so a refused file can be seen to change nothing. */
beforeEach(async () => {
  await loadExtract(db, file('before.csv', csvText([validRow(1), validRow(2), validRow(3)])));
});
const loadedIds = async () => (await db.query<{ id: string }>('SELECT record_id AS id FROM records ORDER BY 1')).map((r) => r.id);

/** Expects a refusal: one sentence, naming the file, matching `reason`; and the previous records still loaded. */
async function expectRefused(name: string, bytes: Uint8Array, reason: RegExp): Promise<string> {
  const before = await loadedIds();
  const error = await loadExtract(db, { name, bytes }).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ExtractError);
  const message = (error as ExtractError).message;
  expect(message.startsWith(name), message).toBe(true);
  expect(message).toMatch(reason);
  expect(message).toMatch(/^[^\n]+\.$/);
  expect(await loadedIds()).toEqual(before);
  return message;
}

const adds = (report: LoadReport) => expect(report.rowsAccepted + report.rowsRejected).toBe(report.rowsRead);

describe('broken files', () => {
  it('an empty file, and a header only', async () => {
    await expectRefused('empty.csv', new Uint8Array(0), /is empty: there is nothing to load\.$/);
    const report = await loadExtract(db, file('header.csv', `${HEADER}\n`));
    expect([report.rowsRead, report.rowsAccepted, report.rowsRejected]).toEqual([0, 0, 0]);
  });

  it('a CSV cut off mid-row rejects the cut row; a cut Parquet or workbook is refused', async () => {
    const text = csvText([validRow(1), validRow(2), validRow(3)]);
    const report = await loadExtract(db, file('cut.csv', text.slice(0, -15)));
    adds(report);
    expect([report.rowsRead, report.rowsAccepted]).toEqual([3, 2]);
    expect(report.rejections[0]).toMatchObject({ row: 3, column: '(row)', reason: 'fewer fields than the header has columns' });
    const parquet = await parquetOf(`SELECT 'P' || i AS record_id FROM range(5) t(i)`);
    await expectRefused('cut.parquet', parquet.subarray(0, parquet.length - 30), /not a complete Parquet file/);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('x').addRow(HEADER.split(','));
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    await expectRefused('cut.xlsx', xlsx.subarray(0, xlsx.length / 2), /could not be read as an Excel workbook/);
  });

  it('UTF-16 text with a byte-order mark is refused with the encoding named', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(csvText([validRow(9)]), 'utf16le')]);
    await expectRefused('unicode.csv', utf16, /is saved as UTF-16 .*save it as "CSV UTF-8"/);
  });

  it('Windows-1252 text: the rows with a £ are rejected, and the numbers add up', async () => {
    const text = `${HEADER},notes\nR1,V1,2014-06-01,1,crime,F,fine\nR2,V2,2014-06-01,1,crime,F,cost £5\n`;
    const report = await loadExtract(db, { name: 'ansi.csv', bytes: new Uint8Array(Buffer.from(text, 'latin1')) });
    adds(report);
    expect([report.rowsRead, report.rowsAccepted, report.rowsRejected]).toEqual([2, 1, 1]);
    expect(report.rejections[0]).toMatchObject({ row: 2, column: '(row)', reason: expect.stringContaining('not UTF-8: save the file as "CSV UTF-8"') });
  });

  it('mixed line endings (CRLF, LF and CR in one file): loaded, with the numbers adding up', async () => {
    const text = `${HEADER}\r\nR1,V1,2014-06-01,1,crime,F\nR2,V2,2014-06-01,1,crime,F\rR3,V3,2014-06-01,1,crime,F\r\n`;
    const report = await loadExtract(db, file('mixed.csv', text));
    adds(report);
    expect([report.rowsRead, report.rowsAccepted]).toEqual([3, 3]);
  });

  it('a Parquet file with the wrong types rejects each bad value by its column', async () => {
    const parquet = await parquetOf(`SELECT 'P' || i AS record_id, 'V' || i AS victim_id,
        CASE WHEN i = 0 THEN DATE '2014-06-01' ELSE NULL END AS recorded_date, 1 + i * 1.5 AS cse_category,
        CASE WHEN i = 2 THEN 'burglary' ELSE 'crime' END AS record_type, [1, 2] AS victim_gender, 'maybe' AS online
      FROM range(3) t(i)`);
    const report = await loadExtract(db, { name: 'typed.parquet', bytes: parquet });
    adds(report);
    expect([report.rowsRead, report.rowsAccepted]).toEqual([3, 0]);
    expect(new Set(report.rejections.map((r) => r.column))).toEqual(new Set(['online', 'recorded_date']));
  });
});

describe('limits, checked before reading', () => {
  it(`a file over ${MAX_FILE_BYTES / 2 ** 20} MB`, async () => {
    await expectRefused('huge.csv', new Uint8Array(MAX_FILE_BYTES + 1), /is 257 MB, more than the 256 MB this dashboard can load: split it/);
  });

  it(`more than ${MAX_ROWS.toLocaleString('en-GB')} rows in CSV, ${MAX_PARQUET_ROWS.toLocaleString('en-GB')} in Parquet`, async () => {
    await expectRefused('long.csv', bytesOf(`${HEADER}\n${'R,V,2014-06-01,1,crime,F\n'.repeat(MAX_ROWS + 1)}`),
      /has about 1,000,001 rows, more than the 1,000,000 this dashboard can load from CSV \(Parquet can hold 5,000,000\): split it/);
    const parquet = await parquetOf(`SELECT i AS record_id FROM range(${MAX_PARQUET_ROWS + 1}) t(i)`);
    await expectRefused('long.parquet', parquet, /has 5,000,001 rows, more than the 5,000,000 this dashboard can load from Parquet: split it/);
  });

  it('a 50 MB single line, and 10,000 columns', async () => {
    await expectRefused('one-line.csv', bytesOf('x'.repeat(50 * 2 ** 20)), /has a line of 50 MB \(line 1\), longer than the 2 MB/);
    const long = `${HEADER},notes\nR1,V1,2014-06-01,1,crime,F,${'x'.repeat(50 * 2 ** 20)}\n`;
    await expectRefused('long-line.csv', bytesOf(long), /has a line of 5\d MB \(line 2\), longer than the 2 MB a record can take/);
    const wide = `${HEADER},${Array.from({ length: 10_000 }, (_, i) => `extra${i}`).join(',')}\n`;
    await expectRefused('wide.csv', bytesOf(wide), /has 10,006 columns, more than the 500 an extract can have/);
  });

  it('a workbook that is a zip bomb, or a sparse sheet that would expand into billions of cells', async () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>';
    await expectRefused('bomb.xlsx', zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet), declaredSize: 2 ** 32 - 1 }]),
      /unpacks to more than 256 MB, more than this dashboard can open: save the extract sheet as CSV/);
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Extract');
    ws.addRow(HEADER.split(','));
    ws.getCell('XFD1048576').value = 'x';
    await expectRefused('sparse.xlsx', new Uint8Array(await book.xlsx.writeBuffer()),
      /has a sheet of 1,048,576 rows by 16,384 columns, more than the 3,000,000 cells/);
  });

  it('a zip whose header understates what it unpacks to is stopped at the limit, not trusted', async () => {
    const zeros = deflateRawSync(Buffer.alloc(4 * 2 ** 20));
    const bytes = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 100, deflated: true }]);
    expect(await probeWorkbook(bytes, 2 ** 20)).toMatchObject({ unpackedBytes: 2 ** 20 + 1 });
    expect(await probeWorkbook(bytes, 8 * 2 ** 20)).toMatchObject({ unpackedBytes: 100, rows: 0 });
  });
});

describe('running out of memory', () => {
  it('ends in one sentence, and the data loaded before stays', async () => {
    const big = file('big.csv', csvText(Array.from({ length: 3000 }, (_, i) => validRow(i + 10))));
    const [{ limit }] = await db.query<{ limit: string }>("SELECT current_setting('memory_limit') AS limit");
    // A tiny memory limit makes the engine itself run out of memory, as a too-large file would in the browser.
    await db.exec("SET memory_limit = '8MB'");
    try {
      await expectRefused('big.csv', big.bytes, /ran out of memory while loading, so nothing from it was loaded and the data loaded before is unchanged/);
    } finally {
      await db.exec(`SET memory_limit = '${limit}'`);
    }
    expect((await loadExtract(db, big)).rowsAccepted).toBe(3000);
  });
});

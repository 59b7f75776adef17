/**
 * Loading each kind of file in real Chromium (CSV by drag-and-drop, Parquet, an Excel workbook with two
 * sheets), the progress of a large load and its Cancel, and the promise that matters most: after a file
 * is loaded, the headline equals the `report` command's figures.json for the same file and period.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportCommand } from '../../src/report/command';
import { formatCount, formatPercent } from '../../src/views/format';
import { parquetOf } from '../helpers/parquet';
import { openApp, type App } from './app';
import { dropFile, fileFor, headlineOnScreen, headlineRecords, reportCounts, waitForDemo } from './loadSupport';

/** The demo's first 2,500 records (to 1 Mar 2015) and two bad rows: a file whose figures differ from the demo's. */
async function subsetOfDemo(): Promise<string> {
  const lines = (await readFile('data/demo-extract.csv', 'utf8')).trimEnd().split('\n');
  const bad = [lines[1].replace(/^[^,]+,[^,]+,[^,]+/, 'BAD1,VB1,31/02/2015'), lines[1]]; // a date that does not exist, a repeated id
  return [...lines.slice(0, 2501), ...bad].join('\n') + '\n';
}

/** The headline as figures.json gives it, written as the dashboard writes it. */
function headlineOf(figures: Record<string, any>): string[] {
  const missing = figures.victims_missing_12m;
  return [formatCount(figures.records), formatCount(figures.victims), formatPercent(figures.by_category['1'] / figures.records),
    formatCount(figures.online_records), formatPercent(missing.missing / (missing.missing + missing.not_missing))];
}

/** Runs `npm run report` in this process on `text` for the financial year `fy`, and returns figures.json. */
async function reportFigures(dir: string, name: string, text: string, fy: string) {
  const input = join(dir, name);
  await writeFile(input, text);
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  expect(await reportCommand(['--input', input, '--out', join(dir, 'out'), '--fy', fy], '2026-11-24')).toBe(0);
  vi.restoreAllMocks();
  return JSON.parse(await readFile(join(dir, 'out', 'figures.json'), 'utf8'));
}

const fy = (page: Page) => new URL(page.url()).searchParams.get('fy');

describe('loading CSV, Parquet and Excel in the browser', () => {
  let app: App;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cse-load-e2e-'));
    app = await openApp();
    await waitForDemo(app.page);
  });
  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the same headline as the report command for a dropped file, on the period it moves to', async () => {
    const { page } = app;
    await expect.poll(() => fy(page)).toBe('2015/16'); // the demo's latest complete year, which the new file does not reach
    const text = await subsetOfDemo();
    await dropFile(page, 'subset.csv', text);
    expect(await reportCounts(page, 'subset.csv')).toEqual(['2,502', '2,500', '2']);
    expect(await page.getByTestId('period-moved').textContent()).toContain('moved to 2014/15');
    await expect.poll(() => fy(page)).toBe('2014/15');
    const figures = await reportFigures(dir, 'subset.csv', text, '2014/15');
    expect(figures.source).toEqual({ file: 'subset.csv', rows_read: 2502, rows_accepted: 2500, rows_rejected: 2 });
    await expect.poll(() => headlineOnScreen(page), { timeout: 30_000 }).toEqual(headlineOf(figures));
    expect(await page.getByTestId('headline-category1').textContent())
      .toContain(`${formatCount(figures.by_category['1'])} of ${formatCount(figures.records)} records`);
  });

  it('reads a Parquet file', async () => {
    const { page } = app;
    const bytes = await parquetOf(`SELECT 'P' || i AS record_id, 'V' || (i % 4) AS victim_id, DATE '2014-04-01' + (i * 20)::INT AS recorded_date,
      (i % 3) + 1 AS cse_category, 'crime' AS record_type, 'female' AS victim_gender, (i % 2 = 0) AS online FROM range(12) t(i)`);
    await page.getByTestId('extract-input').setInputFiles(fileFor('april.parquet', bytes, 'application/octet-stream'));
    expect(await reportCounts(page, 'april.parquet')).toEqual(['12', '12', '0']);
    await expect.poll(() => headlineOnScreen(page), { timeout: 30_000 }).toEqual(['12', '4', '33%', '6', '–']);
  });

  it('reads the first sheet of a workbook, and another sheet when chosen', async () => {
    const { page } = app;
    const workbook = new ExcelJS.Workbook();
    const header = ['Record ID', 'Victim ID', 'Recorded Date', 'CSE Category', 'Record Type', 'Victim Gender'];
    const april = workbook.addWorksheet('April');
    april.addRows([header, ...[1, 2, 3].map((n) => [`A${n}`, `V${n}`, new Date(Date.UTC(2014, 3, n)), n, 'crime', 'female'])]);
    const may = workbook.addWorksheet('May');
    may.addRows([header, ...[1, 2].map((n) => [`M${n}`, `V${n}`, '0' + n + '/05/2014', 'Cat 2', 'suspicion', 'M'])]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await page.getByTestId('extract-input').setInputFiles(fileFor('monthly.xlsx', bytes, xlsx));
    expect(await reportCounts(page, 'monthly.xlsx (sheet “April”)')).toEqual(['3', '3', '0']);
    await page.getByTestId('sheet-picker').selectOption('May');
    await page.getByRole('button', { name: 'Read this sheet' }).click();
    expect(await reportCounts(page, 'monthly.xlsx (sheet “May”)')).toEqual(['2', '2', '0']);
    await expect.poll(() => headlineRecords(page), { timeout: 30_000 }).toBe('2');
    expect(await page.getByTestId('loaded-files').textContent()).toBe('monthly.xlsx');
  });

  it('shows stages with rows read while a large file loads, and Cancel leaves the previous data', async () => {
    const { page } = app;
    const rows = Array.from({ length: 120_000 }, (_, i) => `R${i},V${i % 90_000},2014-0${1 + (i % 9)}-1${i % 10},${1 + (i % 3)},crime,female`);
    const big = ['record_id,victim_id,recorded_date,cse_category,record_type,victim_gender', ...rows].join('\n') + '\n';
    await page.getByTestId('extract-input').setInputFiles(fileFor('big.csv', big));
    await page.getByTestId('load-progress').waitFor();
    await page.getByRole('button', { name: 'Cancel loading' }).click();
    await page.getByTestId('load-error').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('load-error').textContent()).toContain('Loading big.csv was cancelled.');
    expect(await headlineRecords(page)).toBe('2');
    expect(await page.getByTestId('loaded-files').textContent()).toBe('monthly.xlsx');

    // Loaded in full this time, recording every stage the progress line showed.
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { stagesSeen: string[] }).stagesSeen = []);
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="extract-busy"]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId('extract-input').setInputFiles(fileFor('big.csv', big));
    expect(await reportCounts(page, 'big.csv')).toEqual(['120,000', '120,000', '0']);
    const seen = await page.evaluate(() => (window as unknown as { stagesSeen: string[] }).stagesSeen);
    expect(seen).toContain('Loading big.csv: checking 120,000 rows against the reading rules…');
    expect(seen.at(-1)).toBe('Loading big.csv: replacing the data shown…');
    app.expectNoOffMachineRequests();
    app.expectNoErrors();
  });
});

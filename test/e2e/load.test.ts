/**
 * Loading a real extract in the browser, end to end on the production build: a file set on the
 * "Open extract" input is read locally, validated, reported on, and every figure re-queries it; a file
 * that is not an extract gives one sentence naming it and leaves the previous data on screen. The
 * harness fails the run if any request leaves the machine.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from './app';

const BOM = '\uFEFF';
/** Odd headers, UK dates, CRLF line ends and a byte-order mark; rows 3 (US date) and 5 (repeated id) are bad. */
const ODD_CSV = BOM + [
  'Record ID,Victim-ID,Recorded Date,CSE Category,Record Type,Victim Gender',
  'R1,V1,01/10/2014,1,crime,female',
  'R2,V2,15/11/2014,2,suspicion,male',
  'R3,V3,12/31/2014,1,crime,female',
  'R4,V1,02/02/2015,3,crime,female',
  'R2,V5,03/03/2015,1,crime,female',
].join('\r\n') + '\r\n';

const NOT_AN_EXTRACT = 'fruit,colour\napple,red\npear,green\n';

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
const headline = async (page: Page) => (await page.getByTestId('headline-records-value').textContent()) ?? '';

describe('opening an extract in the browser', () => {
  let app: App;
  let demoRecords = '';
  beforeAll(async () => {
    app = await openApp('fy=all');
    await app.page.getByTestId('headline-records-value').waitFor({ timeout: 60_000 });
    await app.page.getByTestId('synthetic-label').waitFor();
    demoRecords = await headline(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('offers a labelled file input behind a button, with the privacy note', async () => {
    const { page } = app;
    expect(await page.getByRole('button', { name: 'Open extract…' }).count()).toBe(1);
    expect(await page.getByLabel('Extract file (CSV, Parquet or Excel)').getAttribute('accept')).toBe('.csv,.parquet,.xlsx');
    expect(await page.getByText('Files are read in this browser and never leave this computer').count()).toBe(1);
  });

  it('loads a CSV with odd headers, reports the two bad rows, and re-queries every figure', async () => {
    const { page } = app;
    await page.getByTestId('extract-input').setInputFiles(csvFile('borough-extract.csv', ODD_CSV));
    const report = page.getByTestId('validation-report');
    await report.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('rows-read').textContent()).toBe('5');
    expect(await page.getByTestId('rows-accepted').textContent()).toBe('3');
    expect(await page.getByTestId('rows-rejected').textContent()).toBe('2');
    expect(await page.getByTestId('validation-counts').textContent()).toContain('add up to the 5 rows read');
    const reasons = (await page.getByTestId('rejection-reasons').textContent()) ?? '';
    expect(reasons).toContain('duplicate record_id');
    expect(reasons).toMatch(/not a real date/);
    const rows = await page.getByTestId('rejected-rows').locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^3recorded_date12\/31\/2014not a real date/);
    expect(rows[1]).toMatch(/^5record_idR2duplicate record_id/);

    await expect.poll(() => headline(page), { timeout: 30_000 }).toBe('3');
    expect(await page.getByTestId('loaded-files').textContent()).toBe('borough-extract.csv');
    expect(await page.getByTestId('loaded-source').textContent()).toMatch(/3 records, 1 Oct 2014 to 2 Feb 2015/);
    expect(await page.getByTestId('synthetic-label').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Back to the demo extract' }).count()).toBe(1);
  });

  it('says in one sentence naming the file when it is not an extract, and keeps the previous figures', async () => {
    const { page } = app;
    await page.getByTestId('extract-input').setInputFiles(csvFile('shopping-list.csv', NOT_AN_EXTRACT));
    const alert = page.getByTestId('load-error');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toContain('shopping-list.csv');
    expect(await page.getByTestId('validation-report').count()).toBe(0);
    expect(await headline(page)).toBe('3');
    expect(await page.getByTestId('loaded-files').textContent()).toBe('borough-extract.csv');
  });

  it('adds a second file to the current data when "Add to current data" is ticked', async () => {
    const { page } = app;
    await page.getByLabel('Add to current data').check();
    const next = 'record_id,victim_id,recorded_date,cse_category,record_type,victim_gender\nR10,V10,2015-03-01,2,crime,male\nR11,V11,2015-03-02,1,suspicion,female\n';
    await page.getByTestId('extract-input').setInputFiles(csvFile('march.csv', next));
    await page.getByTestId('validation-report').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('rows-accepted').textContent()).toBe('2');
    await expect.poll(() => headline(page), { timeout: 30_000 }).toBe('5');
    expect(await page.getByTestId('loaded-files').textContent()).toBe('borough-extract.csv + march.csv');
    await page.getByLabel('Add to current data').uncheck();
  });

  it('goes back to the demo extract, labelled synthetic again, without any request leaving the machine', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Back to the demo extract' }).click();
    await expect.poll(() => headline(page), { timeout: 30_000 }).toBe(demoRecords);
    await expect.poll(() => page.getByTestId('synthetic-label').count()).toBe(1);
    expect(await page.getByTestId('loaded-files').textContent()).toBe('demo-extract.csv');
    app.expectNoOffMachineRequests();
    app.expectNoErrors();
  });
});

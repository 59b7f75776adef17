/**
 * The column-mapping step end to end: a file whose date column was renamed beyond the header rules
 * opens the step (pre-filled guesses, first rows, problems named), is fixed with the keyboard once, and
 * the next file with the same headers loads by itself with a visible note and a way to change it.
 */
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAPPINGS_KEY } from '../../src/views/load/rememberedMappings';
import { openApp, type App } from './app';
import { fileFor, headlineRecords, reportCounts, waitForDemo } from './loadSupport';

/** "When logged" is no alias of recorded_date and too unlike it to be guessed; "Crime Ref" is an alias of record_id. */
const HEADER = 'Crime Ref,victim_id,When logged,cse_category,record_type,victim_gender,Officer';
const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) =>
  `C${from + i},V${from + i},0${1 + (i % 9)}/06/2014,${1 + (i % 3)},crime,female,PC ${i}`);
const april = [HEADER, ...rows(1, 6)].join('\n') + '\n';
const may = [HEADER, ...rows(100, 4)].join('\n') + '\n';

describe('the column-mapping step', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp('fy=all');
    await waitForDemo(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens instead of failing, with the guesses, the problem named and the first rows, and loads nothing yet', async () => {
    const { page } = app;
    const demo = await headlineRecords(page);
    await page.getByTestId('extract-input').setInputFiles(fileFor('april.csv', april));
    const dialog = page.getByRole('dialog', { name: 'Which column is which in april.csv?' });
    await dialog.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('column-mapping-reason').textContent()).toContain('it has no record_id, recorded_date columns');
    expect(await dialog.getByLabel('record_id (required)').inputValue()).not.toBe('');
    expect(await dialog.getByLabel('record_id (required)').locator('option:checked').textContent()).toBe('Crime Ref');
    expect(await dialog.getByLabel('recorded_date (required)').locator('option:checked').textContent()).toBe('— not in this file —');
    expect(await page.getByTestId('column-mapping-problems').textContent()).toBe('Choose a column for each required column: recorded_date.');
    expect(await dialog.getByRole('button', { name: 'Load with these columns' }).isDisabled()).toBe(true);
    const preview = await page.getByTestId('column-mapping-preview').locator('tbody tr').allTextContents();
    expect(preview).toHaveLength(5);
    expect(preview[0]).toBe('C1V101/06/20141crimefemalePC 0');
    expect(await headlineRecords(page)).toBe(demo);
  });

  it('passes an accessibility audit (WCAG 2.2 A and AA rules: labels, names, contrast)', async () => {
    const audit = await new AxeBuilder({ page: app.page }).include('[data-testid="column-mapping"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(audit.passes.length).toBeGreaterThan(5);
    expect(audit.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
  });

  it('is fixed with the keyboard alone, and the choice loads the file', async () => {
    const { page } = app;
    const select = page.getByLabel('recorded_date (required)');
    await select.focus();
    await select.selectOption({ label: 'When logged' });
    expect(await page.getByTestId('column-mapping-problems').textContent()).toBe('');
    // Tab moves on from the select through the dialog (never out of it, it is modal) to Load; Enter presses it.
    const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent, inDialog: Boolean(document.activeElement?.closest('dialog')) }));
    for (let presses = 0; presses < 40 && (await focused()).text !== 'Load with these columns'; presses++) {
      await page.keyboard.press('Tab');
      expect((await focused()).inDialog).toBe(true);
    }
    expect((await focused()).text).toBe('Load with these columns');
    await page.keyboard.press('Enter');
    expect(await reportCounts(page, 'april.csv')).toEqual(['6', '6', '0']);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => headlineRecords(page), { timeout: 30_000 }).toBe('6');
    expect(await page.getByTestId('load-warnings').textContent()).toContain('Officer');
    const stored = await page.evaluate((key) => localStorage.getItem(key), MAPPINGS_KEY);
    expect(Object.values(JSON.parse(stored ?? '{}'))).toEqual([['record_id', 'victim_id', 'recorded_date', 'cse_category', 'record_type', 'victim_gender', '']]);
  });

  it('applies the remembered mapping to the next file with the same headers, saying so', async () => {
    const { page } = app;
    await page.getByTestId('extract-input').setInputFiles(fileFor('may.csv', may));
    expect(await reportCounts(page, 'may.csv')).toEqual(['4', '4', '0']);
    expect(await page.getByRole('dialog').count()).toBe(0);
    const note = (await page.getByTestId('remembered-mapping').textContent()) ?? '';
    expect(note).toContain('The column mapping you chose before for these headers was applied');
    expect(note).toContain('When logged → recorded_date');
    await expect.poll(() => headlineRecords(page), { timeout: 30_000 }).toBe('4');
  });

  it('reopens the step pre-filled with the remembered mapping to change it; Escape cancels and keeps the data', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Change the column mapping' }).click();
    const dialog = page.getByRole('dialog', { name: 'Which column is which in may.csv?' });
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.getByLabel('recorded_date (required)').locator('option:checked').textContent()).toBe('When logged');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await headlineRecords(page)).toBe('4');
    expect(await page.getByTestId('loaded-files').textContent()).toBe('may.csv');
    app.expectNoOffMachineRequests();
    app.expectNoErrors();
  });

  it('offers the other sheets of a workbook whose first sheet is notes, and reads the one chosen', async () => {
    const { page } = app;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRows([['Extract for June'], ['Produced by the analyst team']]);
    workbook.addWorksheet('Data').addRows([HEADER.split(','), ...rows(200, 3).map((row) => row.split(','))]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await page.getByTestId('extract-input').setInputFiles(fileFor('june.xlsx', bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));
    const dialog = page.getByRole('dialog', { name: 'Which column is which in june.xlsx?' });
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.getByTestId('sheet-picker').selectOption('Data');
    await dialog.getByRole('button', { name: 'Read this sheet' }).click();
    // The Data sheet has the headers chosen before (remembered), so it loads without asking again.
    expect(await reportCounts(page, 'june.xlsx (sheet “Data”)')).toEqual(['3', '3', '0']);
    expect(await page.getByTestId('remembered-mapping').count()).toBe(1);
    app.expectNoErrors();
  });
});

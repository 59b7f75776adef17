/**
 * Keeping the data in the browser, with consent: a reload restores the kept file (and the column
 * mapping it was loaded with) without the file; "Forget this data" removes every trace the app stored.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEPT_DATABASE } from '../../src/views/load/keptData';
import { MAPPINGS_KEY } from '../../src/views/load/rememberedMappings';
import { openApp, type App } from './app';
import { fileFor, headlineRecords, reportCounts, waitForDemo } from './loadSupport';

const HEADER = 'record_id,victim_id,When logged,cse_category,record_type,victim_gender';
const KEPT = [HEADER, ...Array.from({ length: 7 }, (_, i) => `K${i},V${i},2014-05-0${i + 1},1,crime,female`)].join('\n') + '\n';

/** What the app left in this browser: IndexedDB database names and localStorage keys. */
const traces = (page: Page) => page.evaluate(async () => ({
  databases: (await indexedDB.databases()).map((db) => db.name),
  storage: Object.keys(localStorage),
}));

describe('keeping the data in this browser', () => {
  let app: App;
  let demo = '';
  beforeAll(async () => {
    app = await openApp('fy=all');
    demo = await waitForDemo(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('stores nothing without consent, and keeps the file once the box is ticked', async () => {
    const { page } = app;
    await page.getByTestId('extract-input').setInputFiles(fileFor('kept.csv', KEPT));
    await page.getByLabel('recorded_date (required)').selectOption({ label: 'When logged' });
    await page.getByRole('button', { name: 'Load with these columns' }).click();
    expect(await reportCounts(page, 'kept.csv')).toEqual(['7', '7', '0']);
    expect((await traces(page)).databases).not.toContain(KEPT_DATABASE);
    const consent = page.getByLabel('Keep this data in this browser');
    expect(await consent.isChecked()).toBe(false);
    await consent.check();
    await expect.poll(() => page.getByTestId('keep-status').textContent()).toContain('Kept in this browser.');
    expect((await traces(page)).databases).toContain(KEPT_DATABASE);
  });

  it('restores the kept file, with its mapping, after a reload', async () => {
    const { page } = app;
    await page.reload();
    await page.getByTestId('engine-ready').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('loaded-files').textContent(), { timeout: 60_000 }).toBe('kept.csv');
    await expect.poll(() => headlineRecords(page), { timeout: 30_000 }).toBe('7');
    expect(await page.getByTestId('keep-status').textContent()).toContain('Restored from this browser');
    expect(await page.getByLabel('Keep this data in this browser').isChecked()).toBe(true);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByTestId('synthetic-label').count()).toBe(0);
  });

  it('forgets every trace: the kept file and the remembered mapping; the next reload shows the demo', async () => {
    const { page } = app;
    expect((await traces(page)).storage).toContain(MAPPINGS_KEY);
    await page.getByRole('button', { name: 'Forget this data' }).click();
    await expect.poll(() => page.getByTestId('keep-status').textContent()).toContain('Forgotten');
    expect(await traces(page)).toEqual({ databases: [], storage: [] });
    expect(await page.getByLabel('Keep this data in this browser').isChecked()).toBe(false);
    await page.reload();
    expect(await waitForDemo(page)).toBe(demo);
    expect(await page.getByTestId('loaded-files').textContent()).toBe('demo-extract.csv');
    expect(await traces(page)).toEqual({ databases: [], storage: [] });
    app.expectNoOffMachineRequests();
    app.expectNoErrors();
  });
});

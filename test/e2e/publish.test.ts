/**
 * Publish from the dashboard, in real Chromium against the production build: the button builds the pack
 * for the current filters in the browser, previews it in a sandboxed frame, and downloads it as HTML. The
 * downloaded figures are the query layer's (computed here in Node with the same engine and functions,
 * through the same disclosure rule), no count from 1 to 9 is published, and the file has no script.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import { PUBLIC_RULE, publishTotal, publishedText } from '../../src/disclosure/suppress';
import { latestCompleteMonth } from '../../src/queries/flows';
import { headlineFigures } from '../../src/queries/headline';
import { rollingYear } from '../../src/report/borough/mase';
import { publicationPlan } from '../../src/report/plan';
import { Publisher } from '../../src/report/publish';
import { openDemoDb } from '../helpers/demoDb';
import { openApp } from './app';

let db: DbClient;
beforeAll(async () => {
  db = await openDemoDb();
});
afterAll(() => db?.close());

const unescape = (text: string) => text.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
const smallCounts = (html: string) => [...html.matchAll(/<(?:td|span class="count")>([^<]*)</g)].map((m) => unescape(m[1]))
  .filter((text) => /^\d[\d,]*$/.test(text) && Number(text.replace(/,/g, '')) > 0 && Number(text.replace(/,/g, '')) < 10);

/** Clicks Publish, waits for the preview, downloads the HTML; returns the preview's and the file's text. */
async function publish(query: string, button = 'Publish'): Promise<{ preview: string; file: string }> {
  const app = await openApp({ query });
  try {
    const { page } = app;
    await page.getByTestId('headline-records-value').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: button, exact: true }).click();
    const frame = page.getByTitle('Report preview');
    await frame.waitFor({ timeout: 90_000 });
    const preview = (await frame.getAttribute('srcdoc')) ?? '';
    expect(await frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    expect(await page.frameLocator('iframe[title="Report preview"]').locator('section.slide').count()).toBeGreaterThan(5);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download HTML' }).click()]);
    const file = readFileSync(await download.path(), 'utf8');
    await app.close();
    return { preview, file };
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}

describe('Publish from the dashboard', () => {
  it('previews and downloads the London pack for the current filters: query-layer figures, no count 1–9, no script', async () => {
    const { preview, file } = await publish('fy=2014/15');
    expect(file).toBe(preview);
    expect(file).not.toMatch(/<script/i);
    expect(file).toContain('<title>Child sexual exploitation in London, financial year 2014/15</title>');
    const records = publishTotal((await headlineFigures(db, { fy: '2014/15' })).records, PUBLIC_RULE);
    expect(unescape(file.match(/<div class="big">([\s\S]*?)<\/div>/)![1])).toBe(publishedText(records));
    expect(smallCounts(file)).toEqual([]);
    expect((file.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(16);
  });

  it('publishes the borough pack when one borough is selected, with the flows of the London-wide plan', async () => {
    const { file } = await publish('fy=2014/15&borough=Newham');
    expect(file).toContain('<title>Child sexual exploitation in Newham, financial year 2014/15</title>');
    const plan = await publicationPlan(db, { fy: '2014/15' }, new Publisher(PUBLIC_RULE));
    const total = plan.offence.cells.E09000025;
    expect(unescape(file.match(/<div class="big">([\s\S]*?)<\/div>/)![1])).toBe(publishedText(total));
    expect(file).toMatch(/id="flows-out"/);
    expect(smallCounts(file)).toEqual([]);
  });

  it('gives a borough lead the MASE monthly pack in one click: the latest complete month and the 12 months to it', async () => {
    const { file } = await publish('fy=2014/15&borough=Newham', 'MASE monthly pack');
    const month = await latestCompleteMonth(db);
    expect(file).toContain(`<title>Newham MASE pack`);
    expect(file).toContain(`12 months to ${month}`);
    const records = (await headlineFigures(db, { ...rollingYear(month!), offenceBorough: 'E09000025' })).records;
    const tile = file.split('<div class="tile">').find((part) => part.includes(`<p>Records in the 12 months to ${month}</p>`));
    expect(unescape(tile!.match(/<div class="big">([\s\S]*?)<\/div>/)![1])).toBe(publishedText(publishTotal(records, PUBLIC_RULE)));
    expect(file).toMatch(/id="flows-out"/);
    expect(smallCounts(file)).toEqual([]);
    expect(file).not.toMatch(/<script/i);
  });
});

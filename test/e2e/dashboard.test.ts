/**
 * The dashboard end to end, in real Chromium against the production build: the demo loads, every view
 * renders, the numbers on screen are the query layer's (computed here in Node with the same engine and
 * the same query functions), and the state lives in the URL (deep links, back/forward, reset).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbClient } from '../../src/data/client';
import type { Filters } from '../../src/queries/filters';
import { headlineFigures, type Headline } from '../../src/queries/headline';
import { openDemoDb } from '../helpers/demoDb';
import { openApp, type App } from './app';

const NEWHAM = 'E09000025';
const BARKING = 'E09000002';
/** The default period: the latest complete financial year of the demo extract (it ends 31 Mar 2016). */
const DEFAULT_FY = '2015/16';

/** Every chart frame the dashboard draws (test id `figure-<id>`). */
const FIGURES = [
  'borough-map', 'borough-rates', 'funnel', 'subregions', 'categories-fy', 'categories-month', 'outcomes',
  'online-volume', 'online-categories', 'online-where', 'victims', 'suspect-gender', 'suspect-age', 'relationships',
  'missing-category', 'missing-episodes', 'looked-after', 'missing-categories', 'referrals', 'units',
  'safeguard-prevalence', 'safeguard-count', 'trend',
];

let db: DbClient;
beforeAll(async () => {
  db = await openDemoDb();
});
afterAll(() => db?.close());

const expected = (filters: Filters): Promise<Headline> => headlineFigures(db, filters);
const count = (n: number) => n.toLocaleString('en-GB');
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

/** The five headline values on screen, as text. */
async function headlineOnScreen(page: Page, suffix: 'value' | 'london' = 'value'): Promise<string[]> {
  const ids = ['records', 'victims', 'category1', 'online', 'missing'];
  return Promise.all(ids.map(async (id) => ((await page.getByTestId(`headline-${id}-${suffix}`).textContent()) ?? '').replace(/^London: /, '')));
}

/** The same five values from the query layer, formatted as the dashboard writes them. */
function headlineText(h: Headline): string[] {
  return [count(h.records), count(h.victims), percent(h.category1Records, h.records), count(h.onlineRecords), percent(h.victimsMissing, h.victimsMissingKnown)];
}

/** Waits until the headline shows `filters`' figures (the figures update after the URL). */
async function expectHeadline(page: Page, filters: Filters): Promise<void> {
  const want = headlineText(await expected(filters));
  await expect.poll(() => headlineOnScreen(page), { timeout: 30_000 }).toEqual(want);
}

const search = (page: Page) => new URL(page.url()).search;
const tile = (page: Page, code: string) => page.locator(`[data-testid="figure-borough-map"] .tile-grid [data-code="${code}"]`);

describe('the dashboard on the demo extract', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('loads the demo with a progress line, then labels it synthetic and shows the headline', async () => {
    const { page } = app;
    await page.getByTestId('loading-indicator').or(page.getByTestId('headline-records-value')).first().waitFor();
    await page.getByTestId('headline-records-value').waitFor({ timeout: 60_000 });
    const visibleAfter = Date.now() - app.openedAt;
    // The build's drawing of the opening view gives way to the live dashboard, which the rest of this file drives.
    await page.getByTestId('engine-ready').waitFor({ timeout: 60_000 });
    await page.locator('#prerendered').waitFor({ state: 'detached' });
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])));
    console.info(`[e2e] demo dashboard: headline visible ${visibleAfter} ms after goto; engine ready at ${marks['duckdb:ready']} ms, ` +
      `demo loaded at ${marks['dashboard:data-ready']} ms after navigation start`);
    await expect.poll(() => page.getByTestId('synthetic-label').textContent()).toBe('Synthetic demo data');
    expect(await page.getByText('Not for publication').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('loading-indicator').count()).toBe(0);
    expect(search(page)).toBe(`?fy=${DEFAULT_FY}`);
  });

  it('shows the query layer\'s headline figures for the default year, with the change on the year before', async () => {
    const { page } = app;
    await expectHeadline(page, { fy: DEFAULT_FY });
    const before = await expected({ fy: '2014/15' });
    expect(await page.getByTestId('headline-records').textContent()).toContain(`on FY 2014/15 (${count(before.records)})`);
  });

  it('renders every view: a title that states a finding, and a chart or table', async () => {
    const { page } = app;
    for (const id of FIGURES) {
      const frame = page.getByTestId(`figure-${id}`);
      await frame.locator('svg, table').first().waitFor({ timeout: 30_000 });
      const title = (await frame.locator('h3').textContent()) ?? '';
      expect(title.length, id).toBeGreaterThan(10);
      expect(await frame.locator('.chart-frame__subtitle').textContent(), id).toMatch(/\d/);
    }
    const h = await expected({ fy: DEFAULT_FY });
    expect(await page.getByTestId('figure-categories-fy').locator('h3').textContent()).toMatch(/^7 in 10 flagged records in London were Category 1/);
    expect(await page.getByTestId('figure-categories-fy').locator('.chart-frame__subtitle').textContent())
      .toContain(`${count(h.category1Records)} of ${count(h.records)} records, FY ${DEFAULT_FY}`);
    const caveats = (await page.getByTestId('caveats').textContent()) ?? '';
    expect(caveats).toContain('Flags began in October 2013');
    expect(caveats).toMatch(/Only \d+% of records \([\d,]+ of [\d,]+\) record the suspect's relationship/);
  });

  it('shows a figure as an accessible table with the same numbers, and downloads CSV, SVG and PNG with the caveats', async () => {
    const { page } = app;
    const frame = page.getByTestId('figure-categories-fy');
    await frame.getByRole('button', { name: 'Show as table' }).click();
    const table = frame.getByRole('table');
    await table.waitFor();
    const h = await expected({ fy: DEFAULT_FY });
    const row = table.getByRole('row', { name: new RegExp(`^FY ${DEFAULT_FY.replace('/', '\\/')}`) });
    expect(await row.textContent()).toContain(count(h.category1Records));
    await frame.getByRole('button', { name: 'Show as chart' }).click();
    await frame.locator('svg').first().waitFor();

    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name }).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
    };
    const csv = await save('Download CSV');
    expect(csv.name).toMatch(/^cse-categories-fy-fy-2015-16-london.*\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark, for Excel
    const text = csv.bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('Period,Category 1,Category 2,Category 3,Records,Category 1 share (%)');
    expect(text).toContain(`FY ${DEFAULT_FY},${h.category1Records},`);
    expect(text).toContain('# Caveat: CSE is a flag');
    expect(text).toContain('# Selection: FY 2015/16 · London');
    const svg = await save('Download SVG');
    expect(svg.bytes.toString('utf8')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*Caveat: CSE is a flag/);
    const png = await save('Download PNG');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('filters every view by a borough clicked on the map, and shows London beside it', async () => {
    const { page } = app;
    await page.locator(`.borough-map path[data-code="${BARKING}"]`).dispatchEvent('click');
    await expect.poll(() => search(page)).toBe(`?fy=${DEFAULT_FY}&borough=Barking+and+Dagenham`);
    await expectHeadline(page, { fy: DEFAULT_FY, offenceBorough: BARKING });
    expect(await headlineOnScreen(page, 'london')).toEqual(headlineText(await expected({ fy: DEFAULT_FY })));
    expect(await page.getByLabel('Borough', { exact: true }).inputValue()).toBe('Barking and Dagenham');
    expect(await page.getByTestId('figure-victims').locator('h3').textContent()).toContain('in Barking and Dagenham');
  });

  it('selects a borough from the tile grid with the keyboard, keeping focus on the tile', async () => {
    const { page } = app;
    await tile(page, NEWHAM).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toBe(`?fy=${DEFAULT_FY}&borough=Newham`);
    await expectHeadline(page, { fy: DEFAULT_FY, offenceBorough: NEWHAM });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe(NEWHAM);
    await page.keyboard.press(' ');
    await expect.poll(() => search(page)).toBe(`?fy=${DEFAULT_FY}`);
  });

  it('switches the map to rates per 10,000 children, in the URL too', async () => {
    const { page } = app;
    const map = page.getByTestId('figure-borough-map');
    await map.getByRole('button', { name: 'Rate per 10,000 children' }).click();
    await expect.poll(() => search(page)).toBe(`?fy=${DEFAULT_FY}&measure=rate`);
    await expect.poll(() => map.locator('h3').textContent()).toMatch(/had the highest rate of flagged records \([\d.]+ per 10,000 children\)/);
    expect(await map.textContent()).toContain('ONS mid-year population estimate');
    await map.getByRole('button', { name: 'Counts' }).click();
    await expect.poll(() => search(page)).toBe(`?fy=${DEFAULT_FY}`);
  });

  it('restores the state on back and forward', async () => {
    const { page } = app;
    await page.getByLabel('Financial year').selectOption('2014/15');
    await expect.poll(() => search(page)).toBe('?fy=2014/15');
    await page.getByRole('checkbox', { name: '2 Opportunistic' }).check();
    await expect.poll(() => search(page)).toBe('?fy=2014/15&category=2');
    await expectHeadline(page, { fy: '2014/15', categories: [2] });

    await page.goBack();
    await expect.poll(() => search(page)).toBe('?fy=2014/15');
    await expectHeadline(page, { fy: '2014/15' });
    expect(await page.getByRole('checkbox', { name: '2 Opportunistic' }).isChecked()).toBe(false);
    expect(await page.getByLabel('Financial year').inputValue()).toBe('2014/15');
    await page.goForward();
    await expectHeadline(page, { fy: '2014/15', categories: [2] });
    expect(await page.getByRole('checkbox', { name: '2 Opportunistic' }).isChecked()).toBe(true);
  });

  it('draws the charts far below the screen too, soon after the ones on it, each labelled with its new title', async () => {
    const { page } = app;
    const since = await page.evaluate(() => performance.now());
    await page.getByLabel('Victim gender').selectOption('male');
    await expect.poll(() => search(page)).toBe('?fy=2014/15&category=2&gender=male');
    await expectHeadline(page, { fy: '2014/15', categories: [2], gender: 'male' });
    const drawnAt = (name: string) => page.evaluate(([mark, after]) => performance.getEntriesByName(mark as string, 'mark')
      .find((entry) => entry.startTime > (after as number) && (entry as PerformanceMark).detail?.key.includes('"male"'))?.startTime ?? null, [name, since]);
    await expect.poll(() => drawnAt('cse:all-drawn'), { timeout: 30_000 }).not.toBeNull();
    expect(await drawnAt('cse:all-drawn')).toBeGreaterThanOrEqual((await drawnAt('cse:painted'))!);
    // The trend is the last frame, a page or more below the screen: drawn without being scrolled to.
    expect(await page.evaluate(() => document.querySelector('[data-testid="figure-trend"]')!.getBoundingClientRect().top)).toBeGreaterThan(1800);
    const charts = await page.evaluate(() => [...document.querySelectorAll('#root .chart-frame__chart')].map((host) => ({
      id: host.closest('section')!.id, drawn: host.children.length, label: host.firstElementChild?.getAttribute('aria-label') ?? null,
      title: host.closest('section')!.querySelector('h3')!.textContent,
    })));
    expect(charts.length).toBeGreaterThan(15);
    for (const chart of charts) {
      expect(chart.drawn, chart.id).toBe(1);
      if (chart.label !== null) expect(chart.label, chart.id).toBe(chart.title);
    }
    await page.getByLabel('Victim gender').selectOption('');
    await expect.poll(() => search(page)).toBe('?fy=2014/15&category=2');
  });

  it('shows the newest selection when changes come faster than the figures', async () => {
    const { page } = app;
    const year = page.getByLabel('Financial year');
    await year.selectOption('2013/14');
    await year.selectOption('');
    await year.selectOption('2014/15');
    await expect.poll(() => search(page)).toBe('?fy=2014/15&category=2');
    await expectHeadline(page, { fy: '2014/15', categories: [2] });
    await page.waitForTimeout(500); // any overtaken answer would have landed by now
    await expectHeadline(page, { fy: '2014/15', categories: [2] });
  });

  it('resets every filter to the default view', async () => {
    const { page } = app;
    await page.getByLabel('Victim gender').selectOption('female');
    await expect.poll(() => search(page)).toBe('?fy=2014/15&category=2&gender=female');
    await page.getByRole('button', { name: 'Reset all filters' }).click();
    await expect.poll(() => search(page)).toBe(`?fy=${DEFAULT_FY}`);
    await expectHeadline(page, { fy: DEFAULT_FY });
    expect(await page.getByLabel('Victim gender').inputValue()).toBe('');
    expect(await page.getByRole('checkbox', { name: '2 Opportunistic' }).isChecked()).toBe(false);
  });

  it('says "No records match these filters" for an impossible selection, instead of drawing', async () => {
    const { page } = app;
    await page.getByLabel('From', { exact: true }).fill('2016-03-31');
    await page.getByLabel('Financial year').selectOption('2014/15');
    await expect.poll(() => search(page)).toBe('?fy=2014/15&from=2016-03-31');
    await expect.poll(() => page.getByText('No records match these filters').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(FIGURES.length - 4);
    expect(await page.getByTestId('figure-victims').locator('svg').count()).toBe(0);
    app.expectNoErrors();
  });

  it('takes a full-page screenshot at 1280 wide, and nothing left the machine', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Reset all filters' }).click();
    await expectHeadline(page, { fy: DEFAULT_FY });
    // A tall viewport rather than `fullPage`: Playwright's full-page capture briefly shrinks the viewport to
    // 1×1 px, where the Leaflet map refits to a zero-height box and throws (src/map's fit() has no size guard).
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1280, height });
    await page.screenshot({ path: '/tmp/dashboard.png' });
    await page.setViewportSize({ width: 1280, height: 900 });
    app.expectNoOffMachineRequests();
  });
});

describe('a shared link', () => {
  it('opens ?fy=2014/15&borough=Newham&category=1 with the controls and figures of that state', async () => {
    const app = await openApp({ query: 'fy=2014/15&borough=Newham&category=1' });
    try {
      const { page } = app;
      await page.getByTestId('headline-records-value').waitFor({ timeout: 60_000 });
      await expectHeadline(page, { fy: '2014/15', offenceBorough: NEWHAM, categories: [1] });
      expect(await headlineOnScreen(page, 'london')).toEqual(headlineText(await expected({ fy: '2014/15', categories: [1] })));
      expect(await page.getByLabel('Financial year').inputValue()).toBe('2014/15');
      expect(await page.getByLabel('Borough', { exact: true }).inputValue()).toBe('Newham');
      expect(await page.getByRole('checkbox', { name: '1 At risk' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: '2 Opportunistic' }).isChecked()).toBe(false);
      expect(search(page)).toBe('?fy=2014/15&borough=Newham&category=1');
      expect(await page.getByTestId('selection').textContent()).toContain('FY 2014/15 · Newham');
      app.expectNoErrors();
    } finally {
      await app.close();
    }
  });

  it('reads a borough given by its ONS code, on the home basis, and writes it back by name', async () => {
    const app = await openApp({ query: `fy=2014/15&borough=${NEWHAM}&basis=home` });
    try {
      const { page } = app;
      await page.getByTestId('headline-records-value').waitFor({ timeout: 60_000 });
      await expectHeadline(page, { fy: '2014/15', homeBorough: NEWHAM });
      expect(search(page)).toBe('?fy=2014/15&borough=Newham&basis=home');
      expect(await page.getByLabel('Borough', { exact: true }).inputValue()).toBe('Newham');
    } finally {
      await app.close();
    }
  });
});

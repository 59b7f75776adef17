/**
 * The borough map in real Chromium: a fixture page (test/map/fixture) with only the React map and known
 * figures, bundled by Vite into a temporary folder and served on 127.0.0.1. Checks what a user sees and
 * that nothing is requested off the machine (no tiles, no marker icons from a CDN).
 */
import react from '@vitejs/plugin-react';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOROUGHS } from '../../src/data/reference/boroughs';
import { NO_DATA as NO_DATA_ENTRY } from '../../src/map/legend';
import '../map/fixture/api';
import { BROKEN_OUTLINES } from '../map/boundaryDefects';
import { BLUES, COUNT_SCALE, HOSTILE, HOSTILE_NAME, NO_DATA, RATE_SCALE, ROWS, SUPPRESSED, TOP } from '../map/fixture/data';
import { CHROMIUM_ARGS, isOnMachine } from './app';
import { startStaticServer, type StaticServer } from './server';

const REPO = resolve(import.meta.dirname, '../..');

describe('borough map in Chromium', () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const offMachine: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'borough-map-'));
    await build({
      configFile: false,
      root: join(REPO, 'test/map/fixture'),
      base: './',
      publicDir: join(REPO, 'public'),
      plugins: [react()],
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 2000 },
    });
    server = await startStaticServer(outDir);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
    const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
    await context.route((url) => !isOnMachine(url.href), async (route) => {
      offMachine.push(route.request().url());
      await route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('path[data-code]').nth(32).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  const fills = () =>
    page.$$eval('path[data-code]', (paths) => Object.fromEntries(paths.map((p) => [p.getAttribute('data-code'), p.getAttribute('fill')])));

  /** Moves the mouse to a point where the borough's own path is the topmost element. */
  async function pointAt(code: string) {
    const point = await page.evaluate((code) => {
      const path = document.querySelector(`path[data-code="${code}"]`)!;
      const box = path.getBoundingClientRect();
      const fractions = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9];
      for (const fy of fractions) {
        for (const fx of fractions) {
          const x = box.left + box.width * fx;
          const y = box.top + box.height * fy;
          if (document.elementFromPoint(x, y) === path) return { x, y };
        }
      }
      throw new Error(`No visible point inside ${code}`);
    }, code);
    return point;
  }

  const tooltips = () => page.locator('.leaflet-tooltip');

  /** Hovers a borough from outside the map, once the last tooltip has faded out, and returns its tooltip. */
  async function hover(code: string) {
    await page.mouse.move(1, 1);
    await expect.poll(() => tooltips().count()).toBe(0);
    const { x, y } = await pointAt(code);
    await page.mouse.move(x, y);
    const tooltip = page.locator('.leaflet-tooltip .borough-map__tooltip');
    await tooltip.waitFor();
    return tooltip;
  }

  it('draws the 33 boroughs filled from the scale, no-data and suppressed boroughs hatched grey', async () => {
    const byCode = await fills();
    expect(Object.keys(byCode).sort()).toEqual(BOROUGHS.map((b) => b.code));
    const hatch = byCode[NO_DATA];
    expect(hatch).toMatch(/^url\(#borough-map-no-data-\d+\)$/);
    for (const row of ROWS) {
      const expected = row.rate === null || row.suppressed ? hatch : RATE_SCALE.colour(row.rate);
      expect(byCode[row.code], row.name).toBe(expected);
    }
    // Spelled out, independent of the scale function: 31.2 is in the top class; the hatch is on grey.
    expect(byCode[TOP]).toBe(BLUES[4]);
    expect(byCode[SUPPRESSED]).toBe(hatch);
    const hatchBase = await page.getAttribute(`${hatch.slice(4, -1)} rect`, 'fill');
    expect(hatchBase).toBe(NO_DATA_ENTRY.colour);
    expect(new Set(Object.values(byCode)).size).toBe(6);
    // Every borough is visible except those whose outline in the boundary file is broken (see boundaryDefects.ts).
    const tiny = await page.$$eval('path[data-code]', (paths) =>
      paths.filter((p) => p.getBoundingClientRect().width * p.getBoundingClientRect().height < 100).map((p) => p.getAttribute('data-code')),
    );
    expect(tiny.sort()).toEqual([...BROKEN_OUTLINES]);
  });

  it('shows the legend labels, the attribution and an accessible name and summary', async () => {
    const legend = page.getByTestId('map-legend');
    expect(await legend.locator('.borough-map__legend-title').textContent()).toBe('Rate per 10,000 children');
    expect(await legend.locator('.borough-map__legend-label').allTextContents()).toEqual([
      'Under 5.0', '5.0 to under 10.0', '10.0 to under 15.0', '15.0 to under 20.0', '20.0 and over', 'No data / suppressed',
    ]);
    const swatches = await legend.locator('.borough-map__swatch').evaluateAll((nodes) => nodes.map((n) => getComputedStyle(n).backgroundColor));
    expect(swatches[4]).toBe('rgb(8, 81, 156)'); // #08519c
    const attribution = await page.locator('.leaflet-control-attribution').textContent();
    expect(attribution).toContain('Contains National Statistics data © Crown copyright and database right 2025.');
    expect(attribution).toContain('Contains OS data © Crown copyright and database right 2025.');
    expect(attribution).toContain('ONS mid-year population estimates of children aged 0–17 (mid-2022/23)');

    const canvas = page.getByRole('region', { name: /Map of London boroughs: rate per 10,000 children/ });
    expect(await canvas.count()).toBe(1);
    const summaryId = await canvas.getAttribute('aria-describedby');
    const summary = await page.locator(`#${summaryId}`).textContent();
    expect(summary).toMatch(/^Map of London boroughs.*Highest: Westminster \(31\.2\).*2 boroughs have no figure/);
  });

  it('hovering a borough shows its name, count, rate and rank', async () => {
    const tooltip = await hover(TOP);
    await expect.poll(() => tooltip.textContent()).toContain('Westminster');
    expect(await tooltip.locator('div').allTextContents()).toEqual([
      'Count: 250', 'Rate: 31.2 per 10,000 children (95% CI 29.7–32.7)', 'Rank: 1st of 31',
    ]);
    const suppressed = await hover(SUPPRESSED);
    await expect.poll(() => suppressed.textContent()).toBe('City of LondonSuppressed: too few to show');
  });

  it('shows a borough name carrying markup as text, without running it', async () => {
    const tooltip = await hover(HOSTILE);
    await expect.poll(() => tooltip.locator('strong').textContent()).toBe(HOSTILE_NAME);
    expect(await page.locator('.leaflet-tooltip img').count()).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(server.requests.some((path) => path === '/x')).toBe(false);
  });

  it('clicking selects a borough with a heavy outline; clicking it again clears the selection', async () => {
    const { x, y } = await pointAt(TOP);
    await page.mouse.click(x, y);
    await expect.poll(() => page.evaluate(() => window.__mapFixture?.selections)).toEqual([TOP]);
    await expect.poll(() => page.getAttribute(`path[data-code="${TOP}"]`, 'stroke-width')).toBe('4');
    await page.mouse.click(x, y);
    await expect.poll(() => page.evaluate(() => window.__mapFixture?.selections)).toEqual([TOP, null]);
    await expect.poll(() => page.getAttribute(`path[data-code="${TOP}"]`, 'stroke-width')).not.toBe('4');
    await page.mouse.move(0, 0);
  });

  it('recolours and relabels when the measure changes', async () => {
    await page.evaluate(() => window.__mapFixture?.setMeasure('count'));
    await expect.poll(() => page.getByTestId('map-legend').locator('.borough-map__legend-title').textContent()).toBe('Count');
    const byCode = await fills();
    for (const row of ROWS) {
      const expected = row.count === null ? byCode[NO_DATA] : COUNT_SCALE.colour(row.count);
      expect(byCode[row.code], row.name).toBe(expected);
    }
    await page.evaluate(() => window.__mapFixture?.setMeasure('rate'));
    await expect.poll(() => page.getByTestId('map-legend').locator('.borough-map__legend-title').textContent()).toBe('Rate per 10,000 children');
  });

  it('is reachable by keyboard and lets Tab move on', async () => {
    await page.locator('#before').focus();
    const visited: string[] = [];
    for (let i = 0; i < 10 && visited.at(-1) !== 'after'; i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('class') || ''));
    }
    // The map itself (arrows pan, +/- zoom), then Leaflet's two zoom buttons, then on out of the map.
    expect(visited[0]).toContain('borough-map__canvas');
    expect(visited.slice(1, 3)).toEqual(['leaflet-control-zoom-in', 'leaflet-control-zoom-out']);
    expect(visited.at(-1)).toBe('after');
    expect(visited).toHaveLength(4);
  });

  it('requests nothing off the machine and no marker images, without errors', async () => {
    // For the eye: Westminster selected, Camden's tooltip showing.
    const westminster = await pointAt(TOP);
    await page.mouse.click(westminster.x, westminster.y);
    await hover('E09000007');
    await page.screenshot({ path: '/tmp/map.png' });
    expect(offMachine).toEqual([]);
    expect(errors).toEqual([]);
    expect(server.requests.filter((path) => /\.(png|jpe?g|gif|svg)$/.test(path))).toEqual([]);
    expect(server.requests).toContain('/london-boroughs.geojson');
    expect(server.requests.filter((path) => path === '/london-boroughs.geojson')).toHaveLength(1);
  });
});

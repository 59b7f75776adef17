import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from './app';

describe('start-up in Chromium', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows a loading indicator, then the synthetic-data label and the engine version', async () => {
    const { page } = app;
    // The indicator is in the first render; the engine takes about a second to be ready.
    await page.getByTestId('loading-indicator').or(page.getByTestId('engine-ready')).first().waitFor();
    await page.getByText('Synthetic demo data').waitFor({ timeout: 60_000 });
    const version = (await page.getByTestId('engine-version').textContent()) ?? '';
    expect(version).toMatch(/^v\d+\.\d+\.\d+/);
    expect(await page.getByTestId('loading-indicator').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);

    const timing = await page.evaluate(() => {
      const start = performance.getEntriesByName('duckdb:start')[0];
      const ready = performance.getEntriesByName('duckdb:ready')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return { start: start?.startTime ?? NaN, ready: ready?.startTime ?? NaN, navStart: nav?.startTime ?? 0 };
    });
    console.info(
      `[e2e] engine ${version}: ready ${Math.round(timing.ready)} ms after navigation start ` +
        `(engine start-up ${Math.round(timing.ready - timing.start)} ms); label visible ${Date.now() - app.openedAt} ms after goto`,
    );
    expect(timing.ready).toBeGreaterThan(timing.start);
  });

  it('loads everything from the app itself, without errors', () => {
    app.expectNoOffMachineRequests();
    app.expectNoErrors();
    const fetched = app.server.requests.join('\n');
    expect(fetched).toMatch(/duckdb-(eh|mvp)-[^/]*\.wasm/);
    expect(fetched).toMatch(/duckdb-browser-(eh|mvp)\.worker-[^/]*\.js/);
  });
});

describe('start-up failure in Chromium', () => {
  it('says so in one clear sentence when the engine cannot be downloaded', async () => {
    const app = await openApp({
      failOnPageErrors: false, // the blocked download is reported as an error on purpose
      beforeNavigate: async (page) => {
        await page.route('**/*.wasm', (route) => route.abort('connectionrefused'));
      },
    });
    try {
      const alert = app.page.getByRole('alert');
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.innerText()).toContain('The database engine could not start in this browser');
      expect(await app.page.getByText('Synthetic demo data').count()).toBe(0);
      app.expectNoOffMachineRequests();
    } finally {
      await app.close();
    }
  });

  it('fails rather than waiting forever when the engine worker cannot be loaded', async () => {
    const app = await openApp({
      failOnPageErrors: false,
      beforeNavigate: async (page) => {
        await page.route('**/duckdb-browser-*.worker-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
      },
    });
    try {
      await app.page.getByRole('alert').waitFor({ timeout: 60_000 });
      app.expectNoOffMachineRequests();
    } finally {
      await app.close();
    }
  });
});

describe('the opening figures before the engine is ready', () => {
  it('keeps the drawn opening view on screen while the engine starts, then hands over to the live dashboard with the same figures', async () => {
    const app = await openApp({
      // Hold the engine back, so the page is seen in the state a slow machine or network leaves it in.
      beforeNavigate: async (page) => {
        await page.route('**/*.wasm', async (route) => {
          await new Promise((done) => setTimeout(done, 4000));
          await route.continue();
        });
      },
    });
    try {
      const { page } = app;
      // The build's drawing (build/prerender.ts) is on screen; the app renders unseen beside it.
      await page.waitForTimeout(2000);
      expect(await page.getByTestId('engine-ready').count()).toBe(0);
      expect(await page.locator('#prerendered').isVisible()).toBe(true);
      expect(await page.locator('#root').isVisible()).toBe(false);
      expect(await page.locator('#prerendered .mark--synthetic').textContent()).toBe('Synthetic demo data');
      expect(await page.locator('#prerendered .filter-bar select').first().isDisabled()).toBe(true);
      expect(await page.locator('#prerendered .chart-frame__actions button').first().isDisabled()).toBe(true);
      const drawnHeadline = await page.locator('#prerendered ul.tiles').innerText();

      await page.getByTestId('engine-ready').waitFor({ timeout: 90_000 });
      await page.locator('#prerendered').waitFor({ state: 'detached' });
      await expect.poll(() => page.locator('main').getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
      console.info(`[e2e] engine held back 4 s; live ${Date.now() - app.openedAt} ms after goto`);
      expect(await page.locator('#figures ul.tiles').innerText()).toBe(drawnHeadline);
      expect(await page.locator('.filter-bar select').first().isDisabled()).toBe(false);
    } finally {
      await app.close();
    }
  });

  it('waits for the engine when the link asks for another selection', async () => {
    const app = await openApp({ query: 'fy=2014/15' });
    try {
      expect(await app.page.locator('#prerendered').isVisible()).toBe(false);
      await app.page.getByTestId('engine-ready').waitFor({ timeout: 90_000 });
      await app.page.getByTestId('headline-records-value').waitFor({ timeout: 30_000 });
      expect(await app.page.locator('#prerendered').count()).toBe(0);
      expect(await app.page.getByTestId('selection').textContent()).toContain('2014/15');
    } finally {
      await app.close();
    }
  });
});

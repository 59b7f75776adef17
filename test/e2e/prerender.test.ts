/**
 * The demo's opening view drawn into index.html at build time (build/prerender.ts): the figures are
 * there before any script runs, they are the figures the engine then computes, a link to another view
 * never shows them, and React's copy replaces them without doubling anything in the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './app';

/** Each figure's title, subtitle, lead and footer: the words and numbers a reader takes from the page. */
function frameTexts(page: Page, root: string): Promise<string[]> {
  return page.locator(`${root} section.chart-frame`).evaluateAll((frames) => frames.map((frame) =>
    [...frame.querySelectorAll('.chart-frame__title, .chart-frame__subtitle, .chart-frame__lead, .chart-frame__footer, .tiles')]
      .map((part) => (part.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\n')));
}

/** The ids that appear more than once in the page. */
function doubledIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
  });
}

describe('the prerendered opening view', () => {
  it('is drawn by the HTML alone, with every chart, and equals the live dashboard figure by figure', async () => {
    const still = await openApp({ javaScriptEnabled: false });
    let drawn: string[];
    try {
      const { page } = still;
      expect(await page.locator('#prerendered').isVisible()).toBe(true);
      expect(await page.locator('#prerendered .map-pair__static svg path[data-code]').count()).toBe(33);
      expect(await page.locator('#prerendered .chart-frame__chart svg').count()).toBeGreaterThan(15);
      expect(await page.locator('#prerendered [data-testid]').count()).toBe(0);
      expect(await doubledIds(page)).toEqual([]);
      drawn = await frameTexts(page, '#prerendered');
      expect(drawn.join('\n')).toMatch(/flagged records in London/);
    } finally {
      await still.close();
    }

    const live = await openApp();
    try {
      const { page } = live;
      await page.getByTestId('engine-ready').waitFor({ timeout: 90_000 });
      await expect.poll(() => page.locator('main').getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
      expect(await page.locator('#prerendered').count()).toBe(0);
      expect(await doubledIds(page)).toEqual([]);
      const liveTexts = await frameTexts(page, '#root');
      // The map's frame differs only in the live map's own controls; every other frame is word for word.
      expect(liveTexts.length).toBe(drawn.length);
      expect(liveTexts.filter((_, i) => i !== 1)).toEqual(drawn.filter((_, i) => i !== 1));
      const marks = await page.evaluate(() => ['cse:first-figures', 'cse:views-drawn'].map((name) => performance.getEntriesByName(name).length));
      expect(marks).toEqual([1, 1]);
      live.expectNoErrors();
    } finally {
      await live.close();
    }
  });

  it('is never shown for a link to another view, even before the app has loaded', async () => {
    const app = await openApp({
      query: 'fy=2014/15&borough=Lambeth',
      // Only the page's inline guard runs: the app's own scripts never arrive.
      beforeNavigate: async (page) => {
        await page.route('**/assets/*.js', (route) => route.abort('blockedbyclient'));
      },
      failOnPageErrors: false,
    });
    try {
      expect(await app.page.locator('#prerendered').count()).toBe(1);
      expect(await app.page.locator('#prerendered').isVisible()).toBe(false);
    } finally {
      await app.close();
    }
  });
});

/**
 * Keyboard and small screens, on the built dashboard: every filter, a borough (through the tile map) and
 * a figure's table are reached and used with Tab, arrows, Space and Enter alone, each with a visible
 * focus indicator; and at 200% zoom (a 1280 px screen is 640 CSS px wide) and on a 360 px phone the page
 * never scrolls sideways and its controls stay reachable.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from './app';

const search = (page: Page) => new URL(page.url()).search;

/** Waits for the live dashboard: the engine ready (the opening view is drawn before it, without controls) and the filters shown. */
async function ready(page: Page): Promise<void> {
  await page.getByTestId('engine-ready').waitFor({ timeout: 60_000 });
  await page.getByLabel('Financial year').waitFor({ timeout: 30_000 });
  await page.getByTestId('figure-trend').locator('svg').first().waitFor({ timeout: 30_000 });
}

/** What has focus: its tag, accessible name and whether a focus indicator (outline or shadow) is drawn. */
const focused = (page: Page) => page.evaluate(() => {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  // A date input's calendar button is a stop inside the input's own UA shadow tree: the input does not
  // match :focus there, and the browser draws that button's ring itself.
  const inner = !element.matches(':focus');
  const ring = inner || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
  const label = element.getAttribute('aria-label') ?? ((element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '').trim();
  return { tag: element.tagName.toLowerCase(), label: label.slice(0, 60), code: element.getAttribute('data-code'), ring };
});

/** Presses Tab until `match` has focus (at most `limit` times); every stop on the way must show focus. */
async function tabTo(page: Page, match: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now) continue;
    expect(now.ring, `no visible focus on ${now.tag} "${now.label}"`).toBe(true);
    if (match(now)) return now;
  }
  throw new Error('Not reached with Tab');
}

describe('the dashboard by keyboard alone', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp();
    await ready(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('starts at a visible skip link, then changes the year and a category from the keyboard', async () => {
    const { page } = app;
    expect(await tabTo(page, (f) => f.tag === 'a', 1)).toMatchObject({ label: 'Skip to the figures' });
    await tabTo(page, (f) => f.tag === 'select' && /^Financial year/.test(f.label));
    await page.keyboard.press('ArrowUp'); // a closed <select> changes with the arrow keys
    await expect.poll(() => search(page)).not.toMatch(/fy=2015%2F16|fy=2015\/16/);
    await tabTo(page, (f) => f.tag === 'input' && /^1 At risk/.test(f.label));
    await page.keyboard.press('Space');
    await expect.poll(() => search(page)).toMatch(/category=1/);
  });

  it('selects a borough on the tile map with Enter, and opens a figure as a table', async () => {
    const { page } = app;
    const tile = await tabTo(page, (f) => f.code !== null, 250);
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toMatch(/borough=/);
    expect(tile.label).toMatch(/^[A-Z][a-z].*: /);
    await tabTo(page, (f) => f.tag === 'button' && f.label === 'Show as table');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.chart-frame table').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter'); // focus stays on the toggle, now "Show as chart"
    await expect.poll(() => page.locator('.chart-frame table').count()).toBe(0);
  });
});

/** Sideways overflow of the page, in CSS pixels (0 when nothing scrolls horizontally). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('narrow screens', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ viewport: { width: 640, height: 450 } });
    await ready(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  // One page, narrowed: relayout at a new width is what zooming in does.
  for (const [name, viewport] of [['200% zoom', { width: 640, height: 450 }], ['a 360 px phone', { width: 360, height: 740 }]] as const) {
    it(`at ${name}: no sideways scrolling, and the filters and figures are reachable`, async () => {
      const { page } = app;
      await page.setViewportSize(viewport);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const year = page.getByLabel('Financial year');
      await year.scrollIntoViewIfNeeded();
      const fy = viewport.width === 640 ? '2014/15' : '2013/14';
      await year.selectOption(fy);
      await expect.poll(() => search(page)).toBe(`?fy=${fy}`);
      const frame = page.getByTestId('figure-categories-fy');
      await frame.getByRole('button', { name: 'Show as table' }).click();
      await frame.getByRole('table').waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      // Page elements past the right edge, outside any scrolling or clipping box (a wide table scrolls in its own
      // region; the map clips its panes). Every frame is drawn for the check: frames out of sight skip layout
      // (content-visibility), and Chromium may report their boxes from the width they were last drawn at.
      const wide = await page.evaluate((width) => {
        const frames = [...document.querySelectorAll<HTMLElement>('.chart-frame')];
        for (const frame of frames) frame.style.contentVisibility = 'visible';
        const found = [...document.querySelectorAll('main *')]
          .filter((e) => !(e instanceof SVGElement && e.ownerSVGElement) && e.getBoundingClientRect().right > width + 1)
          .filter((e) => { for (let a = e.parentElement; a; a = a.parentElement) if (/auto|scroll|hidden|clip/.test(getComputedStyle(a).overflowX)) return false; return true; })
          .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class')}`);
        for (const frame of frames) frame.style.contentVisibility = '';
        return found;
      }, viewport.width);
      expect(wide).toEqual([]);
      await frame.getByRole('button', { name: 'Show as chart' }).click();
    });
  }
});

/**
 * Accessibility audits with axe-core (WCAG 2.1 A and AA rules) on the built dashboard, in every state a
 * user meets (start-up, every figure as chart and as table, the validation report, a load error), and on
 * a published London report: no serious or critical violation anywhere.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishLondon, smallExtract, upload } from '../fixtures/hardening';
import { CHROMIUM_ARGS, openApp, type App } from './app';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical violations on the page now, one line each with where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
}

describe('the dashboard', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ query: 'fy=all' });
    await app.page.getByTestId('headline-records-value').waitFor({ timeout: 60_000 });
    await app.page.getByTestId('figure-trend').locator('svg').first().waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has no serious or critical violation with every figure drawn and a validation report open', async () => {
    const { page } = app;
    const withBadRows = `${smallExtract(20)}R99,V1,2014-06-01,9,crime,female,Atlantis\n`;
    await page.getByTestId('extract-input').setInputFiles(upload('month.csv', withBadRows));
    await page.getByTestId('validation-report').waitFor({ timeout: 30_000 });
    await page.getByTestId('figure-trend').locator('svg').first().waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none with every figure shown as a table and a load error on screen', async () => {
    const { page } = app;
    const frames = page.locator('.chart-frame');
    let shown = 0;
    for (let i = 0; i < (await frames.count()); i++) {
      const toggle = frames.nth(i).getByRole('button', { name: 'Show as table' });
      if (!(await toggle.isEnabled())) continue; // an empty figure says so instead
      await toggle.click();
      shown++;
    }
    expect(shown).toBeGreaterThan(10);
    expect(await page.locator('.chart-frame table').count()).toBeGreaterThanOrEqual(shown);
    await page.getByTestId('extract-input').setInputFiles(upload('notes.parquet', 'PAR1 not really'));
    await page.getByTestId('load-error').waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('a published London report', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cse-a11y-report-'));
    expect(await publishLondon('data/demo-extract.csv', dir)).toBe(0);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('has no serious or critical violation', async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`file://${join(dir, 'index.html')}`);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

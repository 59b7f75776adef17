/**
 * The built app under its Content-Security-Policy (a meta tag injected by vite.config.ts at build):
 * the policy is in dist/index.html before anything it governs, and everything the dashboard does
 * (engine worker and wasm, every figure, CSV/Parquet/Excel loads, PNG export) runs without one violation.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetOf } from '../helpers/parquet';
import { cspViolations, recordCspViolations, smallExtract, upload, workbookOf } from '../fixtures/hardening';
import { openApp, type App } from './app';
import { BUILT_APP } from './server';

const html = () => readFileSync(join(BUILT_APP, 'index.html'), 'utf8');

describe('the Content-Security-Policy of the built app', () => {
  it('is a meta tag in dist/index.html, before any script or style, allowing nothing remote', () => {
    const page = html();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page);
    expect(meta).not.toBeNull();
    expect(meta!.index).toBeLessThan(page.search(/<(script|style|link rel="stylesheet")/));
    const directives = Object.fromEntries(meta![1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
    // The one inline script (the prerendered page's guard, build/prerender.ts) is allowed by its hash alone.
    const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([^<]*)<\/script>/g)].map((match) => match[1]);
    expect(inline).toHaveLength(1);
    const hash = `'sha256-${createHash('sha256').update(inline[0]).digest('base64')}'`;
    expect(directives).toMatchObject({
      'default-src': "'self'", 'script-src': `'self' 'wasm-unsafe-eval' ${hash}`, 'worker-src': "'self' blob:", 'connect-src': "'self'",
      'object-src': "'none'", 'base-uri': "'none'", 'form-action': "'none'",
    });
    // No remote origin, no script eval, no inline script allowed wholesale.
    expect(meta![1]).not.toMatch(/https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  });
});

describe('the dashboard under its policy', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp({ query: 'fy=all', beforeNavigate: (_page, context) => recordCspViolations(context) });
    await app.page.getByTestId('headline-records-value').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('starts the engine in its worker and draws every figure, map included', async () => {
    const { page } = app;
    expect(await page.getByTestId('engine-version').textContent()).toMatch(/^v\d/);
    await page.getByTestId('figure-trend').locator('svg').first().waitFor({ timeout: 30_000 });
    await page.locator('.borough-map path[data-code]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.chart-frame svg').count()).toBeGreaterThan(15);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('loads CSV, Parquet and Excel files', async () => {
    const { page } = app;
    const input = page.getByTestId('extract-input');
    const accepted = () => page.getByTestId('rows-accepted').textContent();
    await input.setInputFiles(upload('small.csv', smallExtract(12)));
    await expect.poll(accepted, { timeout: 30_000 }).toBe('12');
    const parquet = await parquetOf(`SELECT 'P' || i AS record_id, 'V' || i AS victim_id, DATE '2014-06-01' AS recorded_date,
      1 AS cse_category, 'crime' AS record_type, 'male' AS victim_gender FROM range(7) t(i)`);
    await input.setInputFiles(upload('small.parquet', parquet, 'application/octet-stream'));
    await expect.poll(accepted, { timeout: 30_000 }).toBe('7');
    const rows = smallExtract(5).trim().split('\n').map((line) => line.split(','));
    await input.setInputFiles(upload('small.xlsx', await workbookOf(rows), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));
    await expect.poll(accepted, { timeout: 30_000 }).toBe('5');
    await expect.poll(() => page.getByTestId('headline-records-value').textContent(), { timeout: 30_000 }).toBe('5');
    expect(await cspViolations(page)).toEqual([]);
  });

  it('exports a PNG, and no policy violation or console error happened at all', async () => {
    const { page } = app;
    const frame = page.getByTestId('figure-categories-fy');
    await frame.locator('svg').first().waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download PNG' }).click()]);
    const png = readFileSync(await download.path());
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(await cspViolations(page)).toEqual([]);
    expect(app.consoleErrors.filter((e) => /Content.Security.Policy|Refused to/i.test(e))).toEqual([]);
    app.expectNoErrors();
  });
});

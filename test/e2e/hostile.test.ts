/**
 * Hostile values: an extract whose file name, column names, ignored free-text columns, ids and rejected
 * values are HTML/script payloads. Loaded in the dashboard (every figure, its table, the map tooltips,
 * the validation report, the rejected-rows download) and published with the report command, nothing
 * runs: no dialog, no console error, no injected element; the payloads show as text. The rejected-rows
 * CSV guards every formula-leading cell.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportCommand } from '../../src/report/command';
import { recordDialogs, upload } from '../fixtures/hardening';
import { CHROMIUM_ARGS, openApp, type App } from './app';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const SVG = '"><svg onload=alert(1)>';
const PAYLOADS = [IMG, SCRIPT, SVG];
const FILE_NAME = `${SVG}${IMG}.csv`;
/** Cells a spreadsheet would run as formulas, each in a rejected row. */
const FORMULAS = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=2'];

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

/** 40 valid records (ids and free text are payloads), then rejected rows carrying payloads and formulas. */
function hostileCsv(): string {
  const header = ['record_id', 'victim_id', 'recorded_date', 'cse_category', 'record_type', 'victim_gender', 'offence_borough', ...PAYLOADS];
  const rows: string[][] = [];
  for (let i = 0; i < 40; i++) {
    const p = PAYLOADS[i % 3];
    rows.push([`${p}#${i}`, `${p}@${i % 25}`, `2014-${String((i % 12) + 1).padStart(2, '0')}-15`, String((i % 3) + 1), 'crime',
      i % 2 ? 'female' : 'male', ['Newham', 'Camden', 'Hackney'][i % 3], IMG, SCRIPT, SVG]);
  }
  PAYLOADS.forEach((p, i) => rows.push([`bad${i}`, 'V1', '2014-06-01', '1', 'crime', 'female', p, p, p, p]));
  FORMULAS.forEach((f, i) => rows.push([`formula${i}`, 'V1', '2014-06-01', '1', f, 'female', 'Newham', '', '', '']));
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\n') + '\n';
}

/**
 * Elements a payload would create if it were ever parsed as HTML (data is only ever shown in the body;
 * the head's one inline script is the page's own guard, allowed by its hash: see csp.test.ts).
 */
const injected = (page: Page) => page.evaluate(() =>
  document.querySelectorAll('img[src="x"], [onerror], [onload], svg[onload], body script:not([src])').length);

/** A point where the borough's own path is the topmost element, or null while the map is not drawn. */
const pointInside = (page: Page, code: string) => page.evaluate((code) => {
  const path = document.querySelector(`.borough-map path[data-code="${code}"]`);
  const box = path?.getBoundingClientRect();
  if (!path || !box || box.width === 0) return null;
  for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) {
    const x = box.left + box.width * f;
    const y = box.top + box.height * f;
    if (document.elementFromPoint(x, y) === path) return { x, y };
  }
  return null;
}, code);

describe('hostile values in the dashboard', () => {
  let app: App;
  let dialogs: string[];
  beforeAll(async () => {
    app = await openApp({ query: 'fy=all', beforeNavigate: async (page) => void (dialogs = recordDialogs(page)) });
    await app.page.getByTestId('headline-records-value').waitFor({ timeout: 60_000 });
    await app.page.getByTestId('extract-input').setInputFiles(upload(FILE_NAME, hostileCsv()));
    await app.page.getByTestId('validation-report').waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the file name, column names and rejected values as text in the validation report', async () => {
    const { page } = app;
    expect(await page.getByTestId('rows-read').textContent()).toBe('49');
    expect(await page.getByTestId('rows-accepted').textContent()).toBe('40');
    expect(await page.locator('#validation-report-title').textContent()).toContain(FILE_NAME);
    const warnings = (await page.getByTestId('load-warnings').textContent()) ?? '';
    for (const p of PAYLOADS) expect(warnings).toContain(p);
    const rows = (await page.getByTestId('rejected-rows').textContent()) ?? '';
    for (const p of PAYLOADS) expect(rows).toContain(p);
    await expect.poll(() => page.getByTestId('headline-records-value').textContent(), { timeout: 30_000 }).toBe('40');
    expect(await page.getByTestId('loaded-files').textContent()).toBe(FILE_NAME);
    expect(await injected(page)).toBe(0);
  });

  it('downloads the rejected rows with every formula-leading cell guarded', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download all rejected rows (CSV)' }).click()]);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    for (const formula of FORMULAS) {
      const cell = `'${formula}`;
      expect(csv).toContain(/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    }
    // No line starts a cell with a formula character outside quotes/apostrophe.
    expect(csv.split('\r\n').flatMap((line) => line.split(',')).filter((cell) => /^[=+\-@\t]/.test(cell))).toEqual([]);
  });

  it('draws every figure, its table and the map tooltips without running anything', async () => {
    const { page } = app;
    await page.getByTestId('figure-trend').locator('svg').first().waitFor({ timeout: 30_000 });
    const frames = page.locator('.chart-frame');
    const count = await frames.count();
    expect(count).toBeGreaterThan(15);
    for (let i = 0; i < count; i++) {
      const toggle = frames.nth(i).getByRole('button', { name: 'Show as table' });
      if (!(await toggle.isEnabled())) continue;
      await toggle.click();
      await frames.nth(i).getByRole('button', { name: 'Show as chart' }).click();
    }
    await page.getByTestId('figure-borough-map').scrollIntoViewIfNeeded();
    // Newham's outline is a known defect of the reference data (test/map/boundaryDefects.ts): Camden, Hackney, Westminster.
    for (const [code, name] of [['E09000007', 'Camden'], ['E09000012', 'Hackney'], ['E09000033', 'Westminster']]) {
      await page.mouse.move(1, 1);
      await expect.poll(() => pointInside(page, code), { timeout: 10_000 }).not.toBeNull();
      const { x, y } = (await pointInside(page, code))!;
      await page.mouse.move(x, y);
      await page.locator('.leaflet-tooltip .borough-map__tooltip', { hasText: name }).waitFor({ timeout: 10_000 });
    }
    await page.getByTestId('figure-categories-fy').locator('svg').first().hover();
    expect(await injected(page)).toBe(0);
  });

  it('names a hostile file that is not an extract as text, and nothing ran at all', async () => {
    const { page } = app;
    const name = `${SCRIPT}.csv`;
    await page.getByTestId('extract-input').setInputFiles(upload(name, `${IMG},${SVG}\n${SCRIPT},x\n`));
    await expect.poll(() => page.evaluate((n) => document.body.innerText.includes(n), name), { timeout: 30_000 }).toBe(true);
    expect(await injected(page)).toBe(0);
    expect(dialogs).toEqual([]);
    app.expectNoErrors();
  });
});

describe('hostile values in published reports', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cse-hostile-'));
    await writeFile(join(dir, FILE_NAME), hostileCsv());
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('escapes them in the figures page and the London pack, where nothing runs', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const input = join(dir, FILE_NAME);
    expect(await reportCommand(['--input', input, '--out', join(dir, 'figures')], '2026-11-24')).toBe(0);
    expect(await reportCommand(['--input', input, '--kind', 'london', '--fy', '2014/15', '--out', join(dir, 'london')], '2026-11-24')).toBe(0);
    vi.restoreAllMocks();
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
    try {
      const page = await browser.newPage();
      const dialogs = recordDialogs(page);
      const messages: string[] = [];
      page.on('console', (message) => messages.push(message.text()));
      for (const pack of ['figures', 'london']) {
        const html = await readFile(join(dir, pack, 'index.html'), 'utf8');
        for (const p of PAYLOADS) expect(html, pack).not.toContain(p);
        expect(html, pack).toContain('&lt;img src=x onerror=alert(1)&gt;'); // the source file name, escaped
        await page.goto(`file://${join(dir, pack, 'index.html')}`);
        expect(await page.evaluate(() => document.body.innerText), pack).toContain(IMG);
        expect(await injected(page), pack).toBe(0);
      }
      expect(dialogs).toEqual([]);
      expect(messages).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

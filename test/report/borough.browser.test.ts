/**
 * The borough and MASE packs in headless Chromium with every network request blocked: they load with no
 * request and no console message, every chart slide draws an SVG, no slide overflows its page, the
 * cover's numbers are figures.json's, and printing gives one A4 landscape page per slide.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { publishedText, type PublishedCell } from '../../src/disclosure/suppress';
import { runReport } from './run';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TABLE_ONLY = ['cover', 'victims', 'caveats', 'method'];

/** A figures.json cell as the pack prints it. */
const asText = (cell: number | { value: null; suppressed: 'primary' | 'secondary' }, minCell: number) =>
  publishedText(typeof cell === 'number' ? { value: cell, suppressed: false } : (cell as PublishedCell), minCell);

describe('borough and MASE packs in a browser', () => {
  it('load offline, draw every chart, fit their slides, match figures.json and print one A4 page per slide', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cse-borough-browser-'));
    const packs = [
      { out: join(dir, 'borough'), args: ['--kind', 'borough', '--borough', 'Barking and Dagenham', '--fy', '2014/15'], minCell: 10, key: 'records' },
      { out: join(dir, 'mase'), args: ['--kind', 'mase', '--borough', 'E09000025', '--month', '2015-06', '--min-cell', '5'], minCell: 5, key: 'new_records' },
    ];
    for (const pack of packs) expect((await runReport(['--input', 'data/demo-extract.csv', ...pack.args, '--out', pack.out])).code).toBe(0);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      for (const pack of packs) {
        const figures = JSON.parse(await readFile(join(pack.out, 'figures.json'), 'utf8'));
        const page = await browser.newPage({ viewport: { width: 1200, height: 850 } });
        const requests: string[] = [];
        const messages: string[] = [];
        await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : (requests.push(route.request().url()), route.abort())));
        page.on('console', (message) => messages.push(message.text()));
        await page.goto(`file://${join(pack.out, 'index.html')}`);
        const slides = await page.evaluate(() => [...document.querySelectorAll('section.slide')].map((s) => ({
          id: s.id, svgs: s.querySelectorAll('svg').length, overflows: s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1 })));
        expect(slides.filter((s) => s.overflows)).toEqual([]);
        expect(slides.filter((s) => !TABLE_ONLY.includes(s.id) && s.svgs === 0)).toEqual([]);
        const big = await page.locator('#cover .big').first().textContent();
        expect(big).toBe(asText(figures[pack.key], pack.minCell));
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
        expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(slides.length);
        expect(requests).toEqual([]);
        expect(messages).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }, 180_000);
});

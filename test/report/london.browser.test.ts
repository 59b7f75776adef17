/**
 * The London pack in headless Chromium with every network request blocked: it loads with no request and
 * no console message, no slide overflows its page, and printing to A4 landscape gives one page per slide.
 * Needs Chromium (CHROMIUM_PATH, or Debian's /usr/bin/chromium, which .ci/run installs).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { reportCommand } from '../../src/report/command';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('the London pack in a browser', () => {
  it('loads offline, fits its slides, and prints one A4 page per slide', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cse-london-browser-'));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await reportCommand(['--input', 'data/demo-extract.csv', '--kind', 'london', '--fy', '2014/15', '--out', dir], '2026-11-24')).toBe(0);
    vi.restoreAllMocks();
    const browser = await chromium.launch({ executablePath: CHROMIUM,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 850 } });
      const requests: string[] = [];
      const messages: string[] = [];
      await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : (requests.push(route.request().url()), route.abort())));
      page.on('console', (message) => messages.push(message.text()));
      await page.goto(`file://${join(dir, 'index.html')}`);
      const slides = await page.evaluate(() => [...document.querySelectorAll('section.slide')]
        .map((s) => ({ id: s.id, overflows: s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1 })));
      expect(slides).toHaveLength(16);
      expect(slides.filter((s) => s.overflows)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(slides.length);
      expect(requests).toEqual([]);
      expect(messages).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

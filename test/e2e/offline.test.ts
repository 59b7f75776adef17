/**
 * Offline: the built app on a machine whose network reaches nothing but the app's own server, and a
 * published London report opened from file:// with the network switched off. Chromium here resolves no
 * host name at all (every name maps to NOTFOUND), and every request that is not to the served origin
 * (or file:// for the report) is aborted and recorded, so any dependency on the network fails the test.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishLondon, smallExtract, upload } from '../fixtures/hardening';
import { CHROMIUM_ARGS } from './app';
import { startStaticServer, type StaticServer } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // No DNS: a request to any named host fails at once, as on a disconnected network.
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
});
afterAll(() => browser?.close());

/** A context that aborts and records every request not accepted by `allowed`, from the page and its workers. */
async function isolatedContext(allowed: (url: string) => boolean) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const blocked: string[] = [];
  const messages: string[] = [];
  await context.route((url) => !allowed(url.href), (route) => (blocked.push(route.request().url()), route.abort('internetdisconnected')));
  context.on('request', (request) => {
    if (!allowed(request.url())) blocked.push(request.url());
  });
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
  });
  return { context, blocked, messages };
}

describe('the dashboard with no network but its own server', () => {
  let server: StaticServer;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startStaticServer();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('shows the headline, then loads a file after the network is switched off', async () => {
    const origin = new URL(server.url).origin;
    const sameOrigin = (url: string) => url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:');
    const isolated = await isolatedContext(sameOrigin);
    context = isolated.context;
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}?fy=all`);
    await page.getByTestId('headline-records-value').waitFor({ timeout: 60_000 });
    await page.locator('.borough-map path[data-code]').first().waitFor({ timeout: 30_000 });
    expect(Number((await page.getByTestId('headline-records-value').textContent())?.replace(/,/g, ''))).toBeGreaterThan(1000);

    // Now nothing at all is reachable, the app's own server included: a local file still loads.
    await context.setOffline(true);
    await page.getByTestId('extract-input').setInputFiles(upload('offline.csv', smallExtract(9)));
    await expect.poll(() => page.getByTestId('headline-records-value').textContent(), { timeout: 30_000 }).toBe('9');
    await page.getByTestId('figure-trend').locator('svg').first().waitFor({ timeout: 30_000 });
    expect(isolated.blocked).toEqual([]);
    expect(errors).toEqual([]);
    expect(isolated.messages).toEqual([]);
  });
});

describe('a published London report, offline from file://', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cse-offline-report-'));
    expect(await publishLondon('data/demo-extract.csv', dir)).toBe(0);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('carries a no-script policy and no script at all', async () => {
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'[^"]*">/);
    expect(html).not.toMatch(/<script|\son\w+=|javascript:/i);
  });

  it('renders every slide and every SVG with the network disabled', async () => {
    const { context, blocked, messages } = await isolatedContext((url) => url.startsWith('file:') || url.startsWith('data:'));
    try {
      await context.setOffline(true);
      const page = await context.newPage();
      await page.goto(`file://${join(dir, 'index.html')}`);
      const svgs = await page.evaluate(() => [...document.querySelectorAll('svg')].map((svg) => {
        const box = svg.getBoundingClientRect();
        return { width: box.width, height: box.height, marks: svg.querySelectorAll('path, rect, circle, line, text').length };
      }));
      expect(svgs.length).toBeGreaterThan(10);
      expect(svgs.filter((s) => s.width < 10 || s.height < 10 || s.marks === 0)).toEqual([]);
      // Every slide in the file is laid out (the pack grows slides over time: count them in the source).
      const slides = (await readFile(join(dir, 'index.html'), 'utf8')).match(/<section class="slide\b/g)?.length ?? 0;
      expect(slides).toBeGreaterThanOrEqual(15);
      const heights = await page.locator('section.slide').evaluateAll((all) => all.map((s) => s.getBoundingClientRect().height));
      expect(heights.filter((h) => h > 100)).toHaveLength(slides);
      expect(blocked).toEqual([]);
      expect(messages).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/**
 * One benchmark page: headless Chromium on the built app, with a small probe installed before the
 * app's own scripts run. Times are read in the page (`performance.now()`, milliseconds since
 * navigation started), never by polling from Node, so the bench's own round-trips do not count.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../test/e2e/server';

/** The flags the brief and the e2e tests use (no GPU, no background traffic). */
export const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** The Chromium the tests use: Debian's, or `$CHROMIUM_PATH`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What the probe records: when the file input changed, when the map and the load report first appeared. */
export interface ProbeTimes {
  changeAt?: number;
  mapDrawnAt?: number;
  reportAt?: number;
  /** The engine is ready: the footer names its version, and the live dashboard is rendered. */
  engineReadyAt?: number;
  /** The page arrived with the build's drawing of the demo's opening view (build/prerender.ts). */
  prerendered?: boolean;
  /** The main thread's long tasks (over 50 ms) so far, as [start, duration] (the Long Tasks API). */
  longTasks?: [number, number][];
}

/**
 * Installed with `addInitScript`. Watches the DOM for the map's borough shapes (Leaflet draws them
 * after fetching the boundaries, outside React's commit, so no app mark covers them) and the load
 * report, and notes when a file input changes. Each watcher stops once it has seen its element. Also
 * keeps the main thread's long tasks, so a load's longest stretch without a paint can be read.
 */
const PROBE = `(() => {
  const times = (globalThis.__benchTimes = {});
  globalThis.__name = globalThis.__name || ((f) => f);
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') times.changeAt = performance.now();
  }, true);
  const watch = (selector, field) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) { times[field] = performance.now(); observer.disconnect(); }
    });
    const start = () => observer.observe(document.documentElement, { childList: true, subtree: true });
    document.documentElement ? start() : addEventListener('DOMContentLoaded', start);
  };
  watch('path.leaflet-interactive', 'mapDrawnAt');
  watch('[data-testid="validation-report"]', 'reportAt');
  watch('[data-testid="engine-ready"]', 'engineReadyAt');
  times.longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) times.longTasks.push([task.startTime, task.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  addEventListener('DOMContentLoaded', () => { times.prerendered = Boolean(document.getElementById('prerendered')); });
})();`;

/** A browser with one page on the built app, and the server's request log. */
export interface BenchPage {
  browser: Browser;
  page: Page;
  server: StaticServer;
  /** Requests the server saw for this page load. */
  requests(): string[];
  close(): Promise<void>;
}

/** Serves `distDir`, launches Chromium and opens the app (cold: new browser, no cache). */
export async function openBenchPage(distDir: string): Promise<BenchPage> {
  const server = await startStaticServer(distDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE });
  await page.goto(server.url, { waitUntil: 'commit' });
  return {
    browser,
    page,
    server,
    requests: () => [...server.requests],
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** The probe's times so far. */
export function probeTimes(page: Page): Promise<ProbeTimes> {
  return page.evaluate('globalThis.__benchTimes') as Promise<ProbeTimes>;
}

/** The start time of the first mark called `name` (waits for it, up to `timeoutMs`). */
export async function markTime(page: Page, name: string, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime,
    name,
    { timeout: timeoutMs, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until the probe has recorded `field`, and returns it. */
export async function probeTime(page: Page, field: Exclude<keyof ProbeTimes, 'prerendered' | 'longTasks'>, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction((name) => (globalThis as unknown as { __benchTimes: ProbeTimes }).__benchTimes[name as keyof ProbeTimes], field, { timeout: timeoutMs, polling: 100 });
  return (await handle.jsonValue()) as number;
}

/** The start time of the first `cse:painted` mark taken after `since` (waits for it). */
export async function paintedAfter(page: Page, since: number, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    (after) => performance.getEntriesByName('cse:painted', 'mark').find((mark) => mark.startTime > after)?.startTime,
    since,
    { timeout: timeoutMs, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}
